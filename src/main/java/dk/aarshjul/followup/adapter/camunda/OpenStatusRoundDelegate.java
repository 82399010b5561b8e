package dk.aarshjul.followup.adapter.camunda;

import dk.aarshjul.engine.PlanVariables;
import dk.aarshjul.engine.ProcessValues;
import static dk.aarshjul.engine.ProcessValues.endOf;

import dk.aarshjul.planning.application.PlanService;
import dk.aarshjul.followup.application.StatusRoundRepository.Claim;
import dk.aarshjul.followup.application.StatusRoundService;
import dk.aarshjul.planning.domain.PlanSchedule;
import dk.aarshjul.shared.Quarter;
import dk.aarshjul.tenancy.domain.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Opens the plan's round for the quarter and gives the planner a month to review it. A quarter has one
 * round: if another instance already has it, this one is marked {@code alreadyRun} and ends.
 */
@Component
class OpenStatusRoundDelegate implements JavaDelegate {

  private final StatusRoundService rounds;
  private final PlanService plans;
  private final Clock clock;

  OpenStatusRoundDelegate(StatusRoundService rounds, PlanService plans, Clock clock) {
    this.rounds = rounds;
    this.plans = plans;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Quarter quarter = Quarter.parse(ProcessValues.string(execution.getVariable(StatusRound.Var.QUARTER)));
    boolean onDemand = Boolean.TRUE.equals(execution.getVariable(StatusRound.Var.ON_DEMAND));
    Claim claim = rounds.open(ProcessValues.string(execution.getVariable(PlanVariables.PLAN_ID)),
        ProcessValues.tenant(execution), quarter, onDemand, execution.getProcessInstanceId());
    execution.setVariable(StatusRound.Var.ROUND_ID, claim.roundId());
    execution.setVariable(StatusRound.Var.ALREADY_RUN, !claim.owner());
    if (!claim.owner()) {
      return;
    }
    LocalDate due = PlanSchedule.statusDeadline(LocalDate.now(clock));
    execution.setVariable(StatusRound.Var.QUARTER_LABEL, (onDemand ? "ekstra status, " : "") + quarter.danishLabel());
    execution.setVariable(StatusRound.Var.STATUS_DUE, endOf(due));
    execution.setVariable(StatusRound.Var.STATUS_REMINDER, endOf(PlanSchedule.reminder(due)));
    LocalDate orientationDue = PlanSchedule.statusDeadline(due);
    execution.setVariable(StatusRound.Var.ORIENTATION_DUE, endOf(orientationDue));
    execution.setVariable(StatusRound.Var.ORIENTATION_REMINDER, endOf(PlanSchedule.reminder(orientationDue)));
    List<String> committees = plans.decidingMunicipalities(ProcessValues.tenant(execution)).stream().map(Role.COMMITTEE::groupId).toList();
    execution.setVariable(StatusRound.Var.COMMITTEE_GROUPS, ProcessValues.jsonList(committees));
  }
}
