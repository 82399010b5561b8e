package dk.aarshjul.planning.adapter.camunda;

import dk.aarshjul.planning.application.StatusRoundService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Stores the planner's status for the round. */
@Component
class StatusWrittenListener implements TaskListener {

  private final StatusRoundService rounds;
  private final QuarterStatusForm form;

  StatusWrittenListener(StatusRoundService rounds, QuarterStatusForm form) {
    this.rounds = rounds;
    this.form = form;
  }

  @Override
  public void notify(DelegateTask task) {
    rounds.writeStatus(ProcessValues.string(task.getVariable(StatusRound.Var.ROUND_ID)), task.getTenantId(),
        form.read(task), Actors.completing(task));
  }
}
