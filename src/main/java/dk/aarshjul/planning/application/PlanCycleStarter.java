package dk.aarshjul.planning.application;

import dk.aarshjul.planning.domain.Plan;
import dk.aarshjul.shared.TenantId;

/** Starts the annual plan cycle for one municipality. */
public interface PlanCycleStarter {

  void startCycle(TenantId tenantId, int planYear);

  /** Starts the cycle of a plan just registered, as the calling user; returns the process instance's id. */
  String startCycle(Plan registered);
}
