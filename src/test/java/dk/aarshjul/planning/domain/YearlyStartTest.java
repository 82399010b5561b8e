package dk.aarshjul.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.aarshjul.shared.PlanPeriod;
import dk.aarshjul.shared.TenantId;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the yearly start does for a municipality on a day, by its setting and the plans that cover the coming year. */
class YearlyStartTest {

  static final YearlyStartSetting REVISE = new YearlyStartSetting(MonthDay.of(6, 1), true);

  @Test
  void beforeItsDayNothingStartsFromItOnTheComingYearsPlan() {
    assertThat(YearlyStart.decide(LocalDate.of(2026, 5, 31), YearlyStartSetting.DEFAULT, List.of()).outcome())
        .isEqualTo(YearlyStart.Outcome.NOT_DUE);
    YearlyStart onTheDay = YearlyStart.decide(LocalDate.of(2026, 6, 1), YearlyStartSetting.DEFAULT, List.of());
    assertThat(onTheDay.outcome()).isEqualTo(YearlyStart.Outcome.NEW_PLAN);
    assertThat(onTheDay.period()).isEqualTo(PlanPeriod.ofYear(2027));
    YearlyStart later = YearlyStart.decide(LocalDate.of(2026, 11, 20), YearlyStartSetting.DEFAULT, List.of());
    assertThat(later.outcome()).as("a day missed is made up later in the year").isEqualTo(YearlyStart.Outcome.NEW_PLAN);
    assertThat(later.planYear()).isEqualTo(2027);
  }

  @Test
  void aPlanForTheYearAdoptedOrUnderWayStopsIt() {
    assertThat(YearlyStart.decide(LocalDate.of(2026, 6, 2), REVISE, List.of(plan(2027, 2027, PlanStatus.DRAFT))).outcome())
        .isEqualTo(YearlyStart.Outcome.PLAN_EXISTS);
    assertThat(YearlyStart.decide(LocalDate.of(2026, 6, 2), REVISE, List.of(plan(2027, 2028, PlanStatus.ADOPTED))).outcome())
        .isEqualTo(YearlyStart.Outcome.PLAN_EXISTS);
    assertThat(YearlyStart.decide(LocalDate.of(2026, 6, 2), REVISE, List.of(plan(2025, 2028, PlanStatus.AWAITING_COUNCIL))).outcome())
        .as("a multi-year plan still on its way to adoption is the year's plan under way").isEqualTo(YearlyStart.Outcome.PLAN_EXISTS);
  }

  @Test
  void anAdoptedMultiYearPlanStandsOrIsRevisedForItsRemainingYearsAsTheMunicipalityChose() {
    Plan taarnby = plan(2019, 2023, PlanStatus.ADOPTED);
    assertThat(YearlyStart.decide(LocalDate.of(2020, 6, 2), YearlyStartSetting.DEFAULT, List.of(taarnby)).outcome())
        .isEqualTo(YearlyStart.Outcome.MULTI_YEAR_PLAN_STANDS);

    YearlyStart revision = YearlyStart.decide(LocalDate.of(2020, 6, 2), REVISE, List.of(taarnby));
    assertThat(revision.outcome()).isEqualTo(YearlyStart.Outcome.REVISION);
    assertThat(revision.period()).isEqualTo(new PlanPeriod(2021, 2023));
    assertThat(revision.revised()).isEqualTo(taarnby);

    Plan revised2021 = plan(2021, 2023, PlanStatus.ADOPTED);
    YearlyStart next = YearlyStart.decide(LocalDate.of(2021, 6, 2), REVISE, List.of(taarnby, revised2021));
    assertThat(next.revised()).as("the latest revision is revised next").isEqualTo(revised2021);
    assertThat(next.period()).isEqualTo(new PlanPeriod(2022, 2023));
  }

  @Test
  void theStartDayIsAtTheLatestTheThirtiethOfSeptember() {
    assertThat(new YearlyStartSetting(MonthDay.of(9, 30), false).startIn(2026)).isEqualTo(LocalDate.of(2026, 9, 30));
    assertThatThrownBy(() -> new YearlyStartSetting(MonthDay.of(10, 1), false)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new YearlyStartSetting(MonthDay.of(2, 29), false).startIn(2027)).isEqualTo(LocalDate.of(2027, 2, 28));
  }

  static Plan plan(int first, int last, PlanStatus status) {
    return new Plan("plan-" + first + "-" + last, TenantId.of("taarnby"), "Plan", new PlanPeriod(first, last), null, status, 1,
        OffsetDateTime.parse("2018-06-01T09:00:00+02:00"), "taarnby.planner",
        status == PlanStatus.ADOPTED ? OffsetDateTime.parse("2018-12-12T19:00:00+01:00") : null);
  }
}
