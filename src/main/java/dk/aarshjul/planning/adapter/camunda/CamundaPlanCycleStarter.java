package dk.aarshjul.planning.adapter.camunda;

import dk.aarshjul.planning.application.PlanCycleStarter;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

@Component
class CamundaPlanCycleStarter implements PlanCycleStarter {

  private final RuntimeService runtime;

  CamundaPlanCycleStarter(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @Override
  public void startCycle(String tenantId, int planYear) {
    runtime.createProcessInstanceByKey(AnnualPlanCycle.PROCESS_KEY)
        .setVariables(Variables.createVariables()
            .putValue(AnnualPlanCycle.Var.TENANT, tenantId)
            .putValue(AnnualPlanCycle.Var.FIRST_YEAR, planYear)
            .putValue(AnnualPlanCycle.Var.LAST_YEAR, planYear))
        .execute();
  }
}
