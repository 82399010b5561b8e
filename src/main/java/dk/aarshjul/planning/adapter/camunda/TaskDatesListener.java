package dk.aarshjul.planning.adapter.camunda;

import static dk.aarshjul.planning.adapter.camunda.ProcessValues.endOf;

import dk.aarshjul.AarshjulApplication;
import dk.aarshjul.planning.domain.PlanSchedule;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Gives a task, when it is created, the dates {@link PlanSchedule#forTask} allows: the due date and
 * follow-up date the BPMN planned, unless the task came too late for them. The last create listener of
 * every user task.
 */
@Component
class TaskDatesListener implements TaskListener {

  private static final Set<String> DECIDING_BODIES = Set.of(
      AnnualPlanCycle.COMMITTEE_RECOMMENDATION, AnnualPlanCycle.COUNCIL_ADOPTION, StatusRound.COMMITTEE_ORIENTATION);
  /** The consultation's deadline is the one the planner announced; the timer ends the task then. */
  private static final Set<String> BINDING_DEADLINES = Set.of(AnnualPlanCycle.CONSULTATION_RESPONSE);

  private final Clock clock;

  TaskDatesListener(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    PlanSchedule.TaskDates dates = PlanSchedule.forTask(day(task.getDueDate()), day(task.getFollowUpDate()),
        LocalDate.now(clock), minimumWorkingDays(task.getTaskDefinitionKey()));
    task.setDueDate(dates.due() == null ? null : endOf(dates.due()));
    task.setFollowUpDate(dates.followUp() == null ? null : endOf(dates.followUp()));
  }

  static int minimumWorkingDays(String taskKey) {
    if (BINDING_DEADLINES.contains(taskKey)) {
      return 0;
    }
    return DECIDING_BODIES.contains(taskKey) ? PlanSchedule.DECIDING_BODY_WORKING_DAYS : PlanSchedule.TASK_WORKING_DAYS;
  }

  private static LocalDate day(Date date) {
    return date == null ? null : date.toInstant().atZone(AarshjulApplication.DANISH_TIME).toLocalDate();
  }
}
