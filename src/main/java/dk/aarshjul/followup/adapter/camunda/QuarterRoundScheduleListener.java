package dk.aarshjul.followup.adapter.camunda;

import dk.aarshjul.engine.ProcessValues;
import dk.aarshjul.planning.domain.PlanSchedule;
import dk.aarshjul.shared.Quarter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Each quarter's round waits until the morning after the quarter has ended. */
@Component
public class QuarterRoundScheduleListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    Quarter quarter = Quarter.parse(ProcessValues.string(execution.getVariable(PlanFollowUp.Var.QUARTER)));
    execution.setVariableLocal(PlanFollowUp.Var.ROUND_STARTS_AT,
        ProcessValues.morningOf(PlanSchedule.statusRoundStart(quarter)));
  }
}
