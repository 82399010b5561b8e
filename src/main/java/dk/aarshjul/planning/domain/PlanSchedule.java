package dk.aarshjul.planning.domain;

import dk.aarshjul.shared.Quarter;
import dk.aarshjul.shared.PlanPeriod;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The deadlines of the cycle. The council adopts the plan by 31 December before its first year; the
 * committee recommends a month before; drafts and revisions get at least two weeks.
 *
 * <p>Deadlines are planned when the cycle starts, but a task is often created later than planned (a draft
 * finished late, a plan sent back). When its task is created, {@link #forTask} gives every task working
 * time before its due date and a follow-up date between its creation and its due date.
 */
public final class PlanSchedule {

  /** Calendar days a draft or revision gets at least, planned when the cycle starts. */
  static final int MIN_DRAFTING_DAYS = 14;
  static final int REMINDER_DAYS = 7;
  static final int CONSULTATION_REMINDER_DAYS = 3;
  static final int REVISION_DAYS_AFTER_CONSULTATION = 14;
  static final int STATUS_ROUND_DAYS = 30;

  /** A committee or council needs time to put the plan on a meeting's agenda. */
  public static final int DECIDING_BODY_WORKING_DAYS = 10;
  /** The least time any other task gets, when its planned due date has passed or is too near. */
  public static final int TASK_WORKING_DAYS = 5;

  private PlanSchedule() {}

  /**
   * When a task is due and when Tasklist reminds of it.
   *
   * @param followUp never on or before the day the task was created, always before its due date; none when
   *     a task is due the day after it was created (only a task whose deadline is binding, such as a
   *     consultation's, can be that tight)
   */
  public record TaskDates(LocalDate due, LocalDate followUp) {}

  /**
   * The dates of a task created on {@code created}.
   *
   * @param plannedDue the due date the schedule planned (null: none planned)
   * @param plannedFollowUp the follow-up date the schedule planned (null: none planned); kept when it lies
   *     between creation and due date
   * @param minimumWorkingDays the working days the task gets at least; 0 keeps a binding due date as planned
   */
  public static TaskDates forTask(LocalDate plannedDue, LocalDate plannedFollowUp, LocalDate created,
      int minimumWorkingDays) {
    LocalDate due = plannedDue;
    if (minimumWorkingDays > 0) {
      LocalDate earliest = WorkingDays.after(created, minimumWorkingDays);
      due = due == null || due.isBefore(earliest) ? earliest : due;
    }
    if (due == null) {
      return new TaskDates(null, null);
    }
    LocalDate followUp = plannedFollowUp == null ? reminder(due) : plannedFollowUp;
    followUp = WorkingDays.onOrBefore(followUp);
    if (!followUp.isAfter(created) || !followUp.isBefore(due)) {
      followUp = halfway(created, due);
    }
    return new TaskDates(due, followUp);
  }

  /** A working day halfway between creation and due date, or any day between them, or none. */
  private static LocalDate halfway(LocalDate created, LocalDate due) {
    long days = ChronoUnit.DAYS.between(created, due);
    if (days < 2) {
      return null;
    }
    LocalDate middle = created.plusDays(days / 2);
    LocalDate working = WorkingDays.onOrBefore(middle);
    return working.isAfter(created) ? working : middle;
  }

  public static LocalDate adoptionDeadline(PlanPeriod period) {
    return LocalDate.of(period.firstYear() - 1, 12, 31);
  }

  public static LocalDate committeeDeadline(PlanPeriod period) {
    return adoptionDeadline(period).minusDays(30);
  }

  public static LocalDate draftDeadline(PlanPeriod period, LocalDate today) {
    return atLeastTwoWeeksFrom(LocalDate.of(period.firstYear() - 1, 9, 1), today);
  }

  public static LocalDate revisionDeadline(LocalDate consultationDeadline, LocalDate today) {
    return atLeastTwoWeeksFrom(consultationDeadline.plusDays(REVISION_DAYS_AFTER_CONSULTATION), today);
  }

  /** The follow-up date Tasklist shows as a reminder ahead of a due date. */
  public static LocalDate reminder(LocalDate due) {
    return due.minusDays(REMINDER_DAYS);
  }

  public static LocalDate consultationReminder(LocalDate consultationDeadline) {
    return consultationDeadline.minusDays(CONSULTATION_REMINDER_DAYS);
  }

  /** A quarter's status round opens the day after the quarter ends. */
  public static LocalDate statusRoundStart(Quarter quarter) {
    return quarter.lastDay().plusDays(1);
  }

  public static LocalDate statusDeadline(LocalDate roundStart) {
    return roundStart.plusDays(STATUS_ROUND_DAYS);
  }

  private static LocalDate atLeastTwoWeeksFrom(LocalDate planned, LocalDate today) {
    LocalDate earliest = today.plusDays(MIN_DRAFTING_DAYS);
    return planned.isBefore(earliest) ? earliest : planned;
  }
}
