package dk.aarshjul.planning.application;

import dk.aarshjul.planning.domain.PlanPeriod;

/** Starts the annual plan cycle for one municipality. */
public interface PlanCycleStarter {

  void startCycle(String tenantId, int planYear);

  /** Starts a cycle for a plan period, as the calling user; returns the process instance's id. */
  String startCycle(String tenantId, PlanPeriod period, String title);
}
