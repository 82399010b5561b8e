package dk.aarshjul.planning.adapter.camunda;

import static dk.aarshjul.planning.adapter.camunda.AnnualPlanCycle.Var;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The adopted plan's quarterly follow-up starts as its own process, once per plan, with a round for every
 * quarter of the period (an imported plan's follow-up starts from the quarter of its import, see
 * {@link CamundaFollowUps}).
 */
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
        .setVariables(CamundaFollowUps.variables(execution.getTenantId(), planId,
            execution.getVariable(Var.PLAN_TITLE), execution.getVariable(Var.FIRST_YEAR),
            execution.getVariable(Var.LAST_YEAR), execution.getVariable(Var.PLANNER_GROUP)))
        .execute();
  }
}
