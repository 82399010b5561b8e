package dk.aarshjul.goals.domain;

import static dk.aarshjul.goals.domain.GoalStatus.AT_RISK;
import static dk.aarshjul.goals.domain.GoalStatus.NOT_MEASURABLE;
import static dk.aarshjul.goals.domain.GoalStatus.OFF_TRACK;
import static dk.aarshjul.goals.domain.GoalStatus.ON_TRACK;
import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.goals.domain.kinds.AbsoluteLevel;
import dk.aarshjul.goals.domain.kinds.BaselineToTarget;
import dk.aarshjul.goals.domain.kinds.CountedActivity;
import dk.aarshjul.goals.domain.kinds.DirectionOnly;
import dk.aarshjul.goals.domain.kinds.GapToBenchmark;
import dk.aarshjul.goals.domain.kinds.NotWorseThan;
import dk.aarshjul.goals.domain.kinds.Rank;
import dk.aarshjul.goals.domain.kinds.RelativeChange;
import dk.aarshjul.goals.domain.kinds.RelativeToBenchmark;
import dk.aarshjul.goals.domain.kinds.ShareOfPopulation;
import dk.aarshjul.indicators.domain.Ranking;
import dk.aarshjul.shared.ReportingPeriod;
import dk.aarshjul.testing.ExamplePlanFiles;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The status rule of every goal kind, with the seed plans' goals, and the edge cases. */
class StatusRulesTest {

  static Goal seed(String plan, GoalKind kind, int nth) {
    return ExamplePlanFiles.content(plan).focusAreas().stream().flatMap(a -> a.goals().stream())
        .filter(g -> g.kind() == kind).skip(nth).findFirst().orElseThrow();
  }

  static Assessment assess(Goal goal, String asOf, QuarterFigures figures) {
    return StatusRules.assess(goal, LocalDate.parse(asOf), figures);
  }

  static QuarterFigures latest(String period, String value) {
    return QuarterFigures.latest(Figure.of(ReportingPeriod.of(period), value));
  }

  @Test
  void progressIsJudgedAgainstThePathToTheTarget() {
    Goal aDagpenge = seed("vallensbaek-2017", BaselineToTarget.KIND, 0); // 741 (2015) -> 690 by 2017
    assertThat(assess(aDagpenge, "2016-12-31", latest("2016Q4", "700")).status()).isEqualTo(ON_TRACK);
    assertThat(assess(aDagpenge, "2016-12-31", latest("2016Q4", "730")).status()).isEqualTo(AT_RISK);
    assertThat(assess(aDagpenge, "2016-12-31", latest("2016Q4", "760")).status()).isEqualTo(OFF_TRACK);
    assertThat(assess(aDagpenge, "2016-12-31", latest("2016Q4", "700")).reason())
        .isEqualTo("700 fuldtidspersoner i 4. kvartal 2016 mod målet 690 fuldtidspersoner i 2017; forventet 715,5 fuldtidspersoner på dette tidspunkt.");
  }

  @Test
  void theSentenceReadsLikeTheStatusReports() {
    Goal partial = new Goal("Andelen af delvise raskmeldinger øges", "andel-delvise-raskmeldinger",
        dk.aarshjul.indicators.domain.Unit.PERCENT, new dk.aarshjul.goals.domain.TargetGroup("sickness-benefit"),
        new Measurement(new BigDecimal("11.1"), ReportingPeriod.parse("2019Q2").orElseThrow()),
        new BaselineToTarget(new BigDecimal("11.4")), LocalDate.of(2020, 12, 31), java.util.List.of(), java.util.List.of());
    Assessment assessment = assess(partial, "2020-06-30", latest("2020Q2", "11.2"));
    assertThat(assessment.reason()).isEqualTo("11,2 % i 2. kvartal 2020 mod målet 11,4 % i 2020; forventet 11,3 % på dette tidspunkt.");
    assertThat(assessment.status()).isEqualTo(AT_RISK);
  }

  @Test
  void aTargetAlreadyMetIsOnTrack() {
    Goal aDagpenge = seed("vallensbaek-2017", BaselineToTarget.KIND, 0);
    assertThat(assess(aDagpenge, "2016-03-31", latest("2016Q1", "685")))
        .isEqualTo(new Assessment(ON_TRACK, "685 fuldtidspersoner i 1. kvartal 2016 mod målet 690 fuldtidspersoner i 2017; målet er nået."));
  }

  @Test
  void noFigureASuppressedFigureAndADataBreakAreNotMeasurable() {
    Goal aDagpenge = seed("vallensbaek-2017", BaselineToTarget.KIND, 0);
    assertThat(assess(aDagpenge, "2016-12-31", QuarterFigures.nothingYet()).status()).isEqualTo(NOT_MEASURABLE);
    assertThat(assess(aDagpenge, "2016-12-31", QuarterFigures.latest(Figure.notGiven(ReportingPeriod.of("2016Q4")))).reason())
        .isEqualTo("Tallet for 4. kvartal 2016 er ikke oplyst.");
    assertThat(assess(aDagpenge, "2016-12-31", latest("2016Q4", "700").withDataBreak()).status()).isEqualTo(NOT_MEASURABLE);
  }

  @Test
  void aFigureFromBeforeTheBaselineCannotShowTheDevelopment() {
    Goal aDagpenge = seed("vallensbaek-2017", BaselineToTarget.KIND, 0); // 741 (2015) -> 690 by 2017
    assertThat(assess(aDagpenge, "2016-12-31", latest("2014Q4", "600")))
        .as("a figure of 2014 below the target says nothing of the plan's years")
        .isEqualTo(new Assessment(NOT_MEASURABLE, "Det seneste tal er fra 4. kvartal 2014, før udgangspunktet i 2015, og kan ikke vise udviklingen fra det."));
    assertThat(assess(aDagpenge, "2016-12-31", latest("2015Q1", "700")).status())
        .as("a quarter inside the baseline's year is comparable").isEqualTo(ON_TRACK);
  }

  @Test
  void aBaselineEqualToTheTargetMeansHoldingTheLevel() {
    Goal hold = seed("vallensbaek-2017", BaselineToTarget.KIND, 0);
    hold = new Goal(hold.text(), hold.indicatorCode(), hold.unit(), hold.targetGroup(), hold.baseline(),
        new BaselineToTarget(new BigDecimal("741")), hold.deadline(), hold.nationalGoals(), hold.benchmarks());
    assertThat(assess(hold, "2016-12-31", latest("2016Q4", "741")).status()).isEqualTo(ON_TRACK);
    assertThat(assess(hold, "2016-12-31", latest("2016Q4", "745")).status()).isEqualTo(AT_RISK);
  }

  @Test
  void relativeChangeFollowsThePathToTheChangedBaseline() {
    Goal longTerm = seed("vallensbaek-2017", RelativeChange.KIND, 0); // 169 (2015) -10 % by 2017 = 152,1
    assertThat(assess(longTerm, "2017-12-31", latest("2017Q4", "150")).status()).isEqualTo(ON_TRACK);
    assertThat(assess(longTerm, "2017-12-31", latest("2017Q4", "170")).status()).isEqualTo(OFF_TRACK);
  }

  @Test
  void aLevelOrShareIsJudgedAgainstItsBound() {
    Goal activityReady = seed("vallensbaek-2020", AbsoluteLevel.KIND, 2); // at least 10 %, no baseline
    assertThat(assess(activityReady, "2020-06-30", latest("2020Q2", "12")).status()).isEqualTo(ON_TRACK);
    assertThat(assess(activityReady, "2020-06-30", latest("2020Q2", "9.7")).status()).isEqualTo(AT_RISK);
    assertThat(assess(activityReady, "2020-06-30", latest("2020Q2", "8")).status()).isEqualTo(OFF_TRACK);
    Goal sick = seed("vallensbaek-2017", ShareOfPopulation.KIND, 0); // at most 2,3 %
    assertThat(assess(sick, "2017-06-30", latest("2017Q2", "2.2")).status()).isEqualTo(ON_TRACK);
    assertThat(assess(sick, "2017-06-30", latest("2017Q2", "2.4")).status()).isEqualTo(AT_RISK);
    assertThat(assess(sick, "2017-06-30", latest("2017Q2", "2.6")).reason())
        .isEqualTo("2,6 % i 2. kvartal 2017 mod målet højst 2,3 % i 2017.");
  }

  @Test
  void notWorseThanComparesWithTheReferencePeriod() {
    Goal youth = seed("vallensbaek-2020", NotWorseThan.KIND, 0); // not above 2019
    assertThat(assess(youth, "2020-09-30", latest("2020Q3", "118").withReference(Figure.of(ReportingPeriod.of("2019"), "120"))).status()).isEqualTo(ON_TRACK);
    assertThat(assess(youth, "2020-09-30", latest("2020Q3", "121").withReference(Figure.of(ReportingPeriod.of("2019"), "120"))).status()).isEqualTo(AT_RISK);
    assertThat(assess(youth, "2020-09-30", latest("2020Q3", "140").withReference(Figure.of(ReportingPeriod.of("2019"), "120"))).status()).isEqualTo(OFF_TRACK);
    assertThat(assess(youth, "2020-09-30", latest("2020Q3", "118")).status()).isEqualTo(NOT_MEASURABLE);
  }

  @Test
  void theGapToTheBenchmarkFollowsItsPath() {
    Goal gap = seed("vallensbaek-2020", GapToBenchmark.KIND, 0); // 3,9 vs 2,8: reduce 0,5 points by 2020
    Assessment closing = assess(gap, "2020-06-30", latest("2020Q2", "3.5").withBenchmark(Figure.of(ReportingPeriod.of("2020Q2"), "2.8")));
    assertThat(closing.status()).isEqualTo(ON_TRACK);
    assertThat(closing.reason()).isEqualTo("Forskellen er 0,7 procentpoint i 2. kvartal 2020 mod målet 0,6 (udgangspunkt 1,1).");
    assertThat(assess(gap, "2020-06-30", latest("2020Q2", "4.2").withBenchmark(Figure.of(ReportingPeriod.of("2020Q2"), "2.8"))).status())
        .isEqualTo(OFF_TRACK);
    assertThat(assess(gap, "2020-06-30", latest("2020Q2", "3.5")).status()).isEqualTo(NOT_MEASURABLE);
  }

  @Test
  void aRankGoalUsesTheRankAmongAllMunicipalities() {
    Goal youth = seed("taarnby-2019-2023", Rank.KIND, 0); // best third
    assertThat(assess(youth, "2021-12-31", latest("2021Q4", "1.1").withRank(new Ranking(30, 98))).reason())
        .isEqualTo("Nr. 30 af 98 kommuner; målet er de bedste 33 (den bedste tredjedel).");
    assertThat(assess(youth, "2021-12-31", latest("2021Q4", "1.1").withRank(new Ranking(30, 98))).status()).isEqualTo(ON_TRACK);
    assertThat(assess(youth, "2021-12-31", latest("2021Q4", "1.4").withRank(new Ranking(40, 98))).status()).isEqualTo(AT_RISK);
    assertThat(assess(youth, "2021-12-31", latest("2021Q4", "2.4").withRank(new Ranking(70, 98))).status()).isEqualTo(OFF_TRACK);
    assertThat(assess(youth, "2021-12-31", latest("2021Q4", "2.4")).status()).isEqualTo(NOT_MEASURABLE);
  }

  @Test
  void aGoalRelativeToABenchmarkKeepsItsMargin() {
    Goal markedlyBelow = seed("taarnby-2019-2023", RelativeToBenchmark.KIND, 1); // 0,5 points under the country
    assertThat(assess(markedlyBelow, "2023-12-31", latest("2023Q4", "2.0").withBenchmark(Figure.of(ReportingPeriod.of("2023Q4"), "2.8"))).status()).isEqualTo(ON_TRACK);
    assertThat(assess(markedlyBelow, "2023-12-31", latest("2023Q4", "2.5").withBenchmark(Figure.of(ReportingPeriod.of("2023Q4"), "2.8"))).status()).isEqualTo(AT_RISK);
    assertThat(assess(markedlyBelow, "2023-12-31", latest("2023Q4", "3.0").withBenchmark(Figure.of(ReportingPeriod.of("2023Q4"), "2.8"))).status()).isEqualTo(OFF_TRACK);
    Goal atLevel = seed("taarnby-2019-2023", RelativeToBenchmark.KIND, 0); // sick leave at the country's level
    assertThat(assess(atLevel, "2021-12-31", latest("2021Q4", "10").withBenchmark(Figure.of(ReportingPeriod.of("2021Q4"), "10.3"))).status()).isEqualTo(ON_TRACK);
  }

  @Test
  void aDirectionGoalComparesWithWhereItStarted() {
    Goal rising = seed("taarnby-2019-2023", DirectionOnly.KIND, 0); // partial recoveries rising from 2018
    assertThat(assess(rising, "2020-12-31", latest("2020Q4", "120").withReference(Figure.of(ReportingPeriod.of("2018"), "100"))).status()).isEqualTo(ON_TRACK);
    assertThat(assess(rising, "2020-12-31", latest("2020Q4", "100").withReference(Figure.of(ReportingPeriod.of("2018"), "100"))).status()).isEqualTo(AT_RISK);
    assertThat(assess(rising, "2020-12-31", latest("2020Q4", "90").withReference(Figure.of(ReportingPeriod.of("2018"), "100"))).status()).isEqualTo(OFF_TRACK);
  }

  @Test
  void aCountedActivityUsesWhatStaffEnteredForThePartOfTheYearPassed() {
    Goal campaigns = seed("vallensbaek-2017", CountedActivity.KIND, 0); // two a year
    assertThat(assess(campaigns, "2017-06-30", latest("2017", "1")).status()).isEqualTo(ON_TRACK);
    assertThat(assess(campaigns, "2017-06-30", latest("2017", "0")).status()).isEqualTo(AT_RISK);
    assertThat(assess(campaigns, "2017-12-31", latest("2017", "0")).reason())
        .isEqualTo("0 kampagner blandt lokale virksomheder mod målet 2; forventet 2 på dette tidspunkt.");
    assertThat(assess(campaigns, "2017-12-31", latest("2017", "0")).status()).isEqualTo(OFF_TRACK);
    assertThat(assess(campaigns, "2017-12-31", QuarterFigures.nothingYet()).status()).isEqualTo(NOT_MEASURABLE);
  }
}
