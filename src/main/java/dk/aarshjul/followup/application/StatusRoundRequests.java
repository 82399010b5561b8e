package dk.aarshjul.followup.application;

import dk.aarshjul.shared.Quarter;
import dk.aarshjul.shared.TenantId;

/** Asks a running follow-up for an extra status round, e.g. before a committee meeting. */
public interface StatusRoundRequests {

  /** @return false if the plan has no running follow-up */
  boolean request(String planId, TenantId tenantId, Quarter quarter);
}
