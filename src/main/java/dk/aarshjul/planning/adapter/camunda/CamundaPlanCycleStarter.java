package dk.aarshjul.planning.adapter.camunda;

import dk.aarshjul.planning.application.PlanCycleStarter;
import dk.aarshjul.planning.domain.Plan;
import dk.aarshjul.shared.TenantId;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Starts each plan's cycle on the version of the annual cycle that holds for its first year. */
@Component
class CamundaPlanCycleStarter implements PlanCycleStarter {

  private final RuntimeService runtime;
  private final IdentityService identity;
  private final CycleDefinitions definitions;

  CamundaPlanCycleStarter(RuntimeService runtime, IdentityService identity, CycleDefinitions definitions) {
    this.runtime = runtime;
    this.identity = identity;
    this.definitions = definitions;
  }

  @Override
  public String startCycle(Plan registered) {
    return runtime.createProcessInstanceById(definitions.forPlan(registered.tenantId(), registered.period().firstYear()).getId())
        .businessKey(registered.id())
        .setVariables(Variables.createVariables()
            .putValue(AnnualPlanCycle.Var.TENANT, registered.tenantId().value())
            .putValue(AnnualPlanCycle.Var.PLAN_ID, registered.id())
            .putValue(AnnualPlanCycle.Var.FIRST_YEAR, registered.period().firstYear())
            .putValue(AnnualPlanCycle.Var.LAST_YEAR, registered.period().lastYear())
            .putValue(AnnualPlanCycle.Var.PLAN_TITLE, registered.title())
            .putValue(AnnualPlanCycle.Var.INITIATOR, runtimeUser()))
        .execute()
        .getId();
  }

  private String runtimeUser() {
    var authentication = identity.getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }

  @Override
  public void startCycle(TenantId tenantId, int planYear) {
    runtime.createProcessInstanceById(definitions.forPlan(tenantId, planYear).getId())
        .setVariables(Variables.createVariables()
            .putValue(AnnualPlanCycle.Var.TENANT, tenantId.value())
            .putValue(AnnualPlanCycle.Var.FIRST_YEAR, planYear)
            .putValue(AnnualPlanCycle.Var.LAST_YEAR, planYear))
        .execute();
  }
}
