package dk.aarshjul.planning.application;

/** Starts the annual plan cycle for one municipality. */
public interface PlanCycleStarter {

  void startCycle(String tenantId, int planYear);
}
