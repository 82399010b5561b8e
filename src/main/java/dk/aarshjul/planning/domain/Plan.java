package dk.aarshjul.planning.domain;

import java.time.OffsetDateTime;

/** A municipality's employment plan for a period, as it stands now. */
public record Plan(
    String id,
    String tenantId,
    String title,
    PlanPeriod period,
    Integer nationalGoalsYear,
    PlanStatus status,
    int currentVersion,
    OffsetDateTime createdAt,
    String createdBy,
    OffsetDateTime adoptedAt) {}
