package dk.aarshjul.planning.application;

import dk.aarshjul.planning.domain.Plan;
import dk.aarshjul.shared.PlanPeriod;
import dk.aarshjul.shared.TenantId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new plan and its annual cycle, started through the API: the plan is registered at once, so the caller
 * gets its id and can read it, and the cycle begins with it. Both or neither.
 */
@Service
@Transactional
public class PlanCycleService {

  private final PlanService plans;
  private final PlanCycleStarter starter;

  PlanCycleService(PlanService plans, PlanCycleStarter starter) {
    this.plans = plans;
    this.starter = starter;
  }

  public record Started(Plan plan, String processInstanceId) {}

  public Started start(TenantId tenantId, PlanPeriod period, String title, String createdBy) {
    Plan plan = plans.register(tenantId, period, title, plans.ownerName(tenantId), createdBy);
    return new Started(plan, starter.startCycle(plan));
  }
}
