package dk.aarshjul.planning.application;

import java.time.OffsetDateTime;

/** One saved version of a plan's content: who saved it, and when. */
public record PlanVersion(int version, OffsetDateTime createdAt, String createdBy) {}
