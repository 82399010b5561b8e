package dk.aarshjul.planning.domain;

import dk.aarshjul.shared.Quarter;
import dk.aarshjul.shared.PlanPeriod;
import dk.aarshjul.shared.ReportingPeriod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlanPeriodTest {

  @Test
  void aOneYearPlanHasFourQuarters() {
    assertThat(PlanPeriod.ofYear(2027).quarters()).extracting(Quarter::toString)
        .containsExactly("2027Q1", "2027Q2", "2027Q3", "2027Q4");
  }

  @Test
  void taarnbysPlanForTwentyNineteenToTwentyTwentyThreeHasTwentyQuarters() {
    var quarters = new PlanPeriod(2019, 2023).quarters();
    assertThat(quarters).hasSize(20);
    assertThat(quarters.get(0)).hasToString("2019Q1");
    assertThat(quarters.get(19)).hasToString("2023Q4");
    assertThat(quarters).isSorted();
  }

  @Test
  void rejectsAPeriodThatEndsBeforeItBeginsOrIsTooLong() {
    assertThatThrownBy(() -> new PlanPeriod(2027, 2026)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PlanPeriod(2020, 2026)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void quarterKnowsItsDays() {
    Quarter q = Quarter.parse("2019Q3");
    assertThat(q.firstDay()).isEqualTo(LocalDate.of(2019, 7, 1));
    assertThat(q.lastDay()).isEqualTo(LocalDate.of(2019, 9, 30));
    assertThat(Quarter.containing(LocalDate.of(2027, 1, 15)).previous()).hasToString("2026Q4");
    assertThat(q.danishLabel()).isEqualTo("3. kvartal 2019");
  }

  @Test
  void reportingPeriodsAreYearsQuartersOrMonths() {
    assertThat(ReportingPeriod.parse("2019")).get().hasToString("2019");
    assertThat(ReportingPeriod.parse("2019Q3").orElseThrow().lastDay()).isEqualTo(LocalDate.of(2019, 9, 30));
    assertThat(ReportingPeriod.parse("2019M02").orElseThrow().lastDay()).isEqualTo(LocalDate.of(2019, 2, 28));
    assertThat(ReportingPeriod.parse("2019Q5")).isEmpty();
    assertThat(ReportingPeriod.parse("2019M13")).isEmpty();
    assertThat(ReportingPeriod.parse("19")).isEmpty();
  }
}
