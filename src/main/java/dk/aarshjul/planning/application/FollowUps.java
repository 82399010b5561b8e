package dk.aarshjul.planning.application;

import dk.aarshjul.planning.domain.Plan;
import dk.aarshjul.shared.Quarter;

/** The quarterly follow-up of adopted plans, as a running process per plan. */
public interface FollowUps {

  /**
   * Starts the plan's follow-up unless one is running. It schedules a round for every quarter of the plan
   * period from {@code from} on (all quarters when null); earlier quarters get a round only on request.
   */
  void start(Plan plan, Quarter from);
}
