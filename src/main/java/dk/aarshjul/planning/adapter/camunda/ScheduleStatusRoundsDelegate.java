package dk.aarshjul.planning.adapter.camunda;

import dk.aarshjul.planning.domain.PlanPeriod;
import dk.aarshjul.planning.domain.Quarter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** One status round per quarter of the plan period: four for a one-year plan, twenty for 2019-2023. */
@Component
class ScheduleStatusRoundsDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    PlanPeriod period = new PlanPeriod(
        ProcessValues.integer(execution.getVariable(AnnualPlanCycle.Var.FIRST_YEAR), AnnualPlanCycle.Var.FIRST_YEAR),
        ProcessValues.integer(execution.getVariable(AnnualPlanCycle.Var.LAST_YEAR), AnnualPlanCycle.Var.LAST_YEAR));
    execution.setVariable(PlanFollowUp.Var.QUARTERS,
        ProcessValues.jsonList(period.quarters().stream().map(Quarter::toString).toList()));
  }
}
