package dk.aarshjul.wheel.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StepStateTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
  static final LocalDate PAST = LocalDate.of(2026, 11, 19);
  static final LocalDate FUTURE = LocalDate.of(2026, 12, 31);

  @Test
  void anOpenTaskIsRunningUntilItsDeadlineHasPassed() {
    assertThat(StepState.of(true, false, true, false, FUTURE, TODAY)).isEqualTo(StepState.RUNNING);
    assertThat(StepState.of(true, false, true, false, TODAY, TODAY)).as("due today is not late yet").isEqualTo(StepState.RUNNING);
    assertThat(StepState.of(true, false, true, false, PAST, TODAY)).isEqualTo(StepState.LATE);
    assertThat(StepState.of(true, false, true, false, null, TODAY)).isEqualTo(StepState.RUNNING);
  }

  @Test
  void aStepNotReachedIsLateOnceItsDeadlineHasPassedInARunningCycleOnly() {
    assertThat(StepState.of(false, false, true, false, PAST, TODAY)).isEqualTo(StepState.LATE);
    assertThat(StepState.of(false, false, true, false, FUTURE, TODAY)).isEqualTo(StepState.NOT_STARTED);
    assertThat(StepState.of(false, false, false, false, PAST, TODAY)).isEqualTo(StepState.NOT_STARTED);
  }

  @Test
  void anEndedStepIsDoneAndOneTheCyclePassedOverIsNotUsed() {
    assertThat(StepState.of(false, true, true, false, PAST, TODAY)).isEqualTo(StepState.DONE);
    assertThat(StepState.of(false, false, true, true, PAST, TODAY)).isEqualTo(StepState.SKIPPED);
  }

  @Test
  void aLateStepCountsItsDays() {
    WheelStep late = new WheelStep(WheelStep.Kind.CYCLE, "1", "Høring", null, PAST, StepState.LATE, TODAY, null, null);
    assertThat(late.daysOverdue()).isEqualTo(12);
    assertThat(late.title()).isEqualTo("Høring – frist 19. november 2026 – forsinket 12 dage");
    WheelStep oneDay = new WheelStep(WheelStep.Kind.CYCLE, "1", "Høring", null, TODAY.minusDays(1), StepState.LATE, TODAY, null, null);
    assertThat(oneDay.stateText()).isEqualTo("forsinket 1 dag");
  }
}
