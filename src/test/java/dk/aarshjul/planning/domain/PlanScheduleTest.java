package dk.aarshjul.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
}
