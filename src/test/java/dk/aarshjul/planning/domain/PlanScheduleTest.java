package dk.aarshjul.planning.domain;

import dk.aarshjul.shared.Quarter;
import dk.aarshjul.shared.PlanPeriod;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanScheduleTest {

  private final PlanPeriod plan2027 = PlanPeriod.ofYear(2027);

  @Test
  void theCouncilAdoptsByTheThirtyFirstOfDecemberBeforeThePlanYear() {
    assertThat(PlanSchedule.adoptionDeadline(plan2027)).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(PlanSchedule.committeeDeadline(plan2027)).isEqualTo(LocalDate.of(2026, 12, 1));
  }

  @Test
  void aDraftStartedEarlyIsDueFirstOfSeptemberAndALateOneGetsTwoWeeks() {
    assertThat(PlanSchedule.draftDeadline(plan2027, LocalDate.of(2026, 3, 1))).isEqualTo(LocalDate.of(2026, 9, 1));
    assertThat(PlanSchedule.draftDeadline(plan2027, LocalDate.of(2026, 11, 23))).isEqualTo(LocalDate.of(2026, 12, 7));
  }

  @Test
  void remindersComeBeforeTheDeadline() {
    LocalDate due = LocalDate.of(2026, 12, 31);
    assertThat(PlanSchedule.reminder(due)).isBefore(due);
    assertThat(PlanSchedule.consultationReminder(due)).isEqualTo(LocalDate.of(2026, 12, 28));
  }

  @Test
  void aQuartersRoundOpensTheDayAfterTheQuarterEnds() {
    assertThat(PlanSchedule.statusRoundStart(Quarter.parse("2027Q1"))).isEqualTo(LocalDate.of(2027, 4, 1));
    assertThat(PlanSchedule.statusRoundStart(Quarter.parse("2027Q4"))).isEqualTo(LocalDate.of(2028, 1, 1));
  }

  @Test
  void aCommitteeTaskCreatedTheDayBeforeItsDeadlineGetsTenWorkingDaysAndAFollowUpInBetween() {
    LocalDate created = LocalDate.of(2026, 11, 30);
    LocalDate planned = PlanSchedule.committeeDeadline(plan2027);

    PlanSchedule.TaskDates dates = PlanSchedule.forTask(planned, PlanSchedule.reminder(planned), created,
        PlanSchedule.DECIDING_BODY_WORKING_DAYS);

    assertThat(dates.due()).isEqualTo(LocalDate.of(2026, 12, 14));
    assertThat(dates.followUp()).isEqualTo(LocalDate.of(2026, 12, 7));
  }

  @Test
  void aTaskCreatedInGoodTimeKeepsItsPlannedDates() {
    LocalDate planned = PlanSchedule.committeeDeadline(plan2027);

    PlanSchedule.TaskDates dates = PlanSchedule.forTask(planned, PlanSchedule.reminder(planned),
        LocalDate.of(2026, 10, 1), PlanSchedule.DECIDING_BODY_WORKING_DAYS);

    assertThat(dates).isEqualTo(new PlanSchedule.TaskDates(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 11, 24)));
  }

  @Test
  void aBindingDeadlineStaysAndTheFollowUpMovesBetweenCreationAndDeadline() {
    LocalDate deadline = LocalDate.of(2026, 12, 11);

    PlanSchedule.TaskDates dates = PlanSchedule.forTask(deadline, PlanSchedule.consultationReminder(deadline),
        LocalDate.of(2026, 12, 9), 0);

    assertThat(dates).isEqualTo(new PlanSchedule.TaskDates(deadline, LocalDate.of(2026, 12, 10)));
    assertThat(PlanSchedule.forTask(deadline, deadline.minusDays(3), deadline.minusDays(1), 0).followUp())
        .as("no day lies between").isNull();
  }

  /** The rules hold for a task created on any day of six years, however its planned dates lie. */
  @Test
  void everyTaskGetsWorkingTimeAndAFollowUpBetweenCreationAndDueDate() {
    List<String> broken = new ArrayList<>();
    for (LocalDate created = LocalDate.of(2025, 1, 1); created.isBefore(LocalDate.of(2031, 1, 1)); created = created.plusDays(1)) {
      for (int firstYear = created.getYear(); firstYear <= created.getYear() + 2; firstYear++) {
        PlanPeriod period = PlanPeriod.ofYear(firstYear);
        LocalDate draft = PlanSchedule.draftDeadline(period, created);
        check(broken, created, "committee", PlanSchedule.committeeDeadline(period), PlanSchedule.DECIDING_BODY_WORKING_DAYS);
        check(broken, created, "council", PlanSchedule.adoptionDeadline(period), PlanSchedule.DECIDING_BODY_WORKING_DAYS);
        check(broken, created, "draft", draft, PlanSchedule.TASK_WORKING_DAYS);
        check(broken, created, "revision", PlanSchedule.revisionDeadline(created, created), PlanSchedule.TASK_WORKING_DAYS);
        check(broken, created, "status", PlanSchedule.statusDeadline(created.minusDays(firstYear - created.getYear())),
            PlanSchedule.TASK_WORKING_DAYS);
      }
      for (int daysLeft = 0; daysLeft < 20; daysLeft++) {
        LocalDate deadline = created.plusDays(daysLeft);
        PlanSchedule.TaskDates dates = PlanSchedule.forTask(deadline, PlanSchedule.consultationReminder(deadline), created, 0);
        if (!dates.due().equals(deadline) || dates.followUp() != null
            && !(dates.followUp().isAfter(created) && dates.followUp().isBefore(deadline))) {
          broken.add("consultation created " + created + " due " + deadline + ": " + dates);
        }
        if (daysLeft >= 2 && dates.followUp() == null) {
          broken.add("consultation created " + created + " due " + deadline + " has no follow-up");
        }
      }
    }
    assertThat(broken).isEmpty();
  }

  private static void check(List<String> broken, LocalDate created, String task, LocalDate planned, int minimum) {
    PlanSchedule.TaskDates dates = PlanSchedule.forTask(planned, PlanSchedule.reminder(planned), created, minimum);
    String what = task + " created " + created + ", planned " + planned + ": " + dates;
    if (WorkingDays.between(created, dates.due()) < minimum) {
      broken.add(what + " has fewer than " + minimum + " working days");
    }
    if (dates.due().isBefore(planned)) {
      broken.add(what + " is due before it was planned");
    }
    if (WorkingDays.between(created, planned) >= minimum && !dates.due().equals(planned)) {
      broken.add(what + " moved a due date that left enough time");
    }
    if (dates.followUp() == null || !dates.followUp().isAfter(created) || !dates.followUp().isBefore(dates.due())
        || !WorkingDays.isWorkingDay(dates.followUp())) {
      broken.add(what + " has no working-day follow-up between creation and due date");
    }
  }
}
