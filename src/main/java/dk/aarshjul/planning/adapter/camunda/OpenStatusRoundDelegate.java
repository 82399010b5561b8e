package dk.aarshjul.planning.adapter.camunda;

import static dk.aarshjul.planning.adapter.camunda.ProcessValues.endOf;

import dk.aarshjul.planning.application.StatusRoundService;
import dk.aarshjul.planning.domain.PlanSchedule;
import dk.aarshjul.planning.domain.Quarter;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Opens a status round for a quarter and gives the planner a month to write the status. */
@Component
class OpenStatusRoundDelegate implements JavaDelegate {

  private final StatusRoundService rounds;
  private final Clock clock;

  OpenStatusRoundDelegate(StatusRoundService rounds, Clock clock) {
    this.rounds = rounds;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Quarter quarter = Quarter.parse(ProcessValues.string(execution.getVariable(StatusRound.Var.QUARTER)));
    boolean onDemand = Boolean.TRUE.equals(execution.getVariable(StatusRound.Var.ON_DEMAND));
    String roundId = rounds.open(ProcessValues.string(execution.getVariable(AnnualPlanCycle.Var.PLAN_ID)),
        execution.getTenantId(), quarter, onDemand);
    LocalDate due = PlanSchedule.statusDeadline(LocalDate.now(clock));
    execution.setVariable(StatusRound.Var.ROUND_ID, roundId);
    execution.setVariable(StatusRound.Var.QUARTER_LABEL, (onDemand ? "ekstra status, " : "") + quarter.danishLabel());
    execution.setVariable(StatusRound.Var.STATUS_DUE, endOf(due));
    execution.setVariable(StatusRound.Var.STATUS_REMINDER, endOf(PlanSchedule.reminder(due)));
  }
}
