package dk.aarshjul.followup.adapter.camunda;

import dk.aarshjul.engine.PlanVariables;
import dk.aarshjul.engine.ProcessValues;
import dk.aarshjul.shared.PlanPeriod;
import dk.aarshjul.shared.Quarter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * One status round per quarter of the plan period: four for a one-year plan, twenty for 2019-2023. An
 * imported plan's follow-up schedules the quarters from its import on; earlier ones are run on request.
 */
@Component
public class ScheduleStatusRoundsDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    PlanPeriod period = new PlanPeriod(
        ProcessValues.integer(execution.getVariable(PlanVariables.FIRST_YEAR), PlanVariables.FIRST_YEAR),
        ProcessValues.integer(execution.getVariable(PlanVariables.LAST_YEAR), PlanVariables.LAST_YEAR));
    Object from = execution.getVariable(PlanFollowUp.Var.FOLLOW_FROM);
    Quarter first = from == null ? null : Quarter.parse(ProcessValues.string(from));
    execution.setVariable(PlanFollowUp.Var.QUARTERS, ProcessValues.jsonList(period.quarters().stream()
        .filter(quarter -> first == null || quarter.compareTo(first) >= 0)
        .map(Quarter::toString).toList()));
  }
}
