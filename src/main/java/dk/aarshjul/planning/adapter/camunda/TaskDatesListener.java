package dk.aarshjul.planning.adapter.camunda;

import dk.aarshjul.engine.ProcessValues;
import static dk.aarshjul.engine.ProcessValues.endOf;

import dk.aarshjul.planning.domain.PlanSchedule;
import dk.aarshjul.tenancy.application.ConsultationBodies;
import dk.aarshjul.tenancy.domain.StaffGroup;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import dk.aarshjul.tenancy.domain.Role;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Gives a task, when it is created, the dates {@link PlanSchedule#forTask} allows: the due date and
 * follow-up date the BPMN planned, unless the task came too late for them. The last create listener of
 * every user task.
 */
@Component
public class TaskDatesListener implements TaskListener {

  /** A committee's or a council's task (its secretariat's) goes on a meeting's agenda. */
  private static final Set<Role> DECIDING_BODIES = Set.of(Role.COMMITTEE, Role.SECRETARIAT);

  private final Clock clock;
  private final ConsultationBodies bodies;

  public TaskDatesListener(Clock clock, ConsultationBodies bodies) {
    this.clock = clock;
    this.bodies = bodies;
  }

  @Override
  public void notify(DelegateTask task) {
    PlanSchedule.TaskDates dates = PlanSchedule.forTask(ProcessValues.dayOf(task.getDueDate()), ProcessValues.dayOf(task.getFollowUpDate()),
        LocalDate.now(clock), minimumWorkingDays(candidateGroups(task)));
    task.setDueDate(dates.due() == null ? null : endOf(dates.due()));
    task.setFollowUpDate(dates.followUp() == null ? null : endOf(dates.followUp()));
  }

  /**
   * The least working days a task gets, by who takes it: a consultation body's deadline is the one the
   * planner announced (the timer ends the task then), a deciding body needs a meeting.
   */
  int minimumWorkingDays(Collection<String> candidateGroups) {
    List<StaffGroup> groups = candidateGroups.stream().map(bodies::staffGroup).flatMap(Optional::stream).toList();
    if (groups.stream().anyMatch(StaffGroup.OfBody.class::isInstance)) {
      return 0;
    }
    boolean deciding = groups.stream()
        .anyMatch(group -> group instanceof StaffGroup.OfRole ofRole && DECIDING_BODIES.contains(ofRole.role()));
    return deciding ? PlanSchedule.DECIDING_BODY_WORKING_DAYS : PlanSchedule.TASK_WORKING_DAYS;
  }

  private static List<String> candidateGroups(DelegateTask task) {
    return task.getCandidates().stream().map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
  }

}
