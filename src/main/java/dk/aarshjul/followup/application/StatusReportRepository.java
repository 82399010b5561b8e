package dk.aarshjul.followup.application;

import dk.aarshjul.documents.domain.StatusReport;
import dk.aarshjul.shared.TenantId;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

/** A round's assessment, kept as assessed, and the planner's commentary per goal. */
public interface StatusReportRepository {

  /** Stores the assessment unless the round has one already; returns whether it stored it. */
  boolean insertIfAbsent(String roundId, TenantId tenantId, StatusReport report);

  Optional<StatusReport> find(String roundId, TenantId tenantId);

  /** The round's assessment once its report is final, else empty. */
  Optional<StatusReport> findFinal(String roundId, TenantId tenantId);

  /** Replaces the round's commentary with the given one (empty texts remove a goal's). */
  void saveCommentary(String roundId, TenantId tenantId, Map<String, String> commentary, String author, OffsetDateTime at);

  Map<String, String> commentary(String roundId, TenantId tenantId);

  /** Marks the report final; false if it already was. */
  boolean finalise(String roundId, TenantId tenantId, String actor, OffsetDateTime at);
}
