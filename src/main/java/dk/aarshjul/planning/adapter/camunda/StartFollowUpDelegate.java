package dk.aarshjul.planning.adapter.camunda;

import static dk.aarshjul.planning.adapter.camunda.AnnualPlanCycle.Var;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** The adopted plan's quarterly follow-up starts as its own process, once per plan. */
@Component
class StartFollowUpDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    String planId = ProcessValues.string(execution.getVariable(Var.PLAN_ID));
    boolean running = runtime.createProcessInstanceQuery()
        .processDefinitionKey(PlanFollowUp.PROCESS_KEY)
        .processInstanceBusinessKey(planId)
        .tenantIdIn(execution.getTenantId())
        .count() > 0;
    if (running) {
      return;
    }
    runtime.createProcessInstanceByKey(PlanFollowUp.PROCESS_KEY)
        .businessKey(planId)
        .setVariables(Variables.createVariables()
            .putValue(Var.TENANT, execution.getTenantId())
            .putValue(Var.PLAN_ID, planId)
            .putValue(Var.PLAN_TITLE, execution.getVariable(Var.PLAN_TITLE))
            .putValue(Var.FIRST_YEAR, execution.getVariable(Var.FIRST_YEAR))
            .putValue(Var.LAST_YEAR, execution.getVariable(Var.LAST_YEAR))
            .putValue(Var.PLANNER_GROUP, execution.getVariable(Var.PLANNER_GROUP)))
        .execute();
  }
}
