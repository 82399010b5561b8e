package dk.aarshjul.planning.application;

import dk.aarshjul.shared.Quarter;
import dk.aarshjul.shared.TenantId;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The status rounds an adopted plan has had, as the plan shows them. The follow-up feature keeps the rounds
 * and answers this port; planning does not know how rounds run.
 */
public interface StatusRoundHistory {

  List<Round> rounds(String planId, TenantId tenantId);

  /** @param statusText the planner's overall status, null until written */
  record Round(Quarter quarter, boolean onDemand, String statusText, OffsetDateTime writtenAt, String writtenBy) {}
}
