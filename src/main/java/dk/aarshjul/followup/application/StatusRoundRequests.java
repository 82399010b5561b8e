package dk.aarshjul.followup.application;

import dk.aarshjul.shared.Quarter;

/** Asks a running follow-up for an extra status round, e.g. before a committee meeting. */
public interface StatusRoundRequests {

  /** @return false if the plan has no running follow-up */
  boolean request(String planId, String tenantId, Quarter quarter);
}
