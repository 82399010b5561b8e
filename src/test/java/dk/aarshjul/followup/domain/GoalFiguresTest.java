package dk.aarshjul.followup.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.documents.domain.GoalFigure;
import dk.aarshjul.documents.domain.Series;
import dk.aarshjul.goals.domain.Benchmark;
import dk.aarshjul.goals.domain.Goal;
import dk.aarshjul.goals.domain.Measurement;
import dk.aarshjul.goals.domain.TargetGroup;
import dk.aarshjul.goals.domain.kinds.BaselineToTarget;
import dk.aarshjul.indicators.domain.Unit;
import dk.aarshjul.shared.PeriodNames;
import dk.aarshjul.shared.ReportingPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A goal's chart compares like with like, draws the planned path, and states each difference in Danish. */
class GoalFiguresTest {

  static NavigableMap<ReportingPeriod, BigDecimal> series(String... periodsAndValues) {
    NavigableMap<ReportingPeriod, BigDecimal> series = new TreeMap<>();
    for (int i = 0; i < periodsAndValues.length; i += 2) {
      series.put(ReportingPeriod.of(periodsAndValues[i]), new BigDecimal(periodsAndValues[i + 1]));
    }
    return series;
  }

  static Goal aShareGoal() {
    return new Goal("Færre unge på uddannelseshjælp", "pct-arbejdsstyrken-uddannelseshjaelp", Unit.PERCENT, new TargetGroup("youth"),
        new Measurement(new BigDecimal("3.0"), ReportingPeriod.parse("2021Q1").orElseThrow()), new BaselineToTarget(new BigDecimal("2.0")),
        LocalDate.of(2022, 12, 31), List.of(), List.of(Benchmark.region("084")));
  }

  static Goal aCountGoal() {
    return new Goal("Færre på sygedagpenge", "fuldtidspersoner-sygedagpenge", Unit.FULL_TIME_PERSONS, new TargetGroup("sickness-benefit"),
        new Measurement(new BigDecimal("400"), ReportingPeriod.parse("2021Q1").orElseThrow()), new BaselineToTarget(new BigDecimal("360")),
        LocalDate.of(2022, 12, 31), List.of(), List.of(Benchmark.country()));
  }

  @Test
  void sharesAreComparedAsTheyAreWithTheDifferenceInPercentagePoints() {
    Map<String, Map<ReportingPeriod, BigDecimal>> benchmarks = new LinkedHashMap<>();
    benchmarks.put("Region Hovedstaden", series("2021Q1", "3.1", "2021Q2", "3.4", "2021Q3", "3.6"));
    GoalFigures.Built built = GoalFigures.build(aShareGoal(), "Tårnby", series("2021Q1", "3.0", "2021Q2", "2.6", "2021Q3", "2.4"), benchmarks);

    assertThat(built.figure().axisLabel()).isEqualTo("Procent");
    assertThat(built.figure().indexed()).isFalse();
    assertThat(built.chart()).extracting(Series::name).containsExactly("Tårnby", "Region Hovedstaden");
    assertThat(built.chart().get(1).points().get(2).value()).isEqualByComparingTo("3.6");
    assertThat(built.figure().sentences()).containsExactly("Tårnby ligger 1,2 procentpoint under Region Hovedstaden i 3. kvartal 2021.");
    assertThat(built.figure().areas()).extracting(GoalFigure.AreaFigure::value).containsExactly("2,4 %", "3,6 %");
  }

  @Test
  void theChartRunsOnToTheDeadlineWithThePlannedPathFromTheBaselineToTheTarget() {
    GoalFigures.Built built = GoalFigures.build(aShareGoal(), "Tårnby", series("2021Q1", "3.0", "2021Q2", "2.6", "2021Q3", "2.4"), Map.of());

    List<Series.Point> path = built.figure().path();
    assertThat(path).extracting(point -> point.period().toString())
        .containsExactly("2021Q1", "2021Q2", "2021Q3", "2021Q4", "2022Q1", "2022Q2", "2022Q3", "2022Q4");
    assertThat(path.get(0).value()).isEqualByComparingTo("3.0");
    assertThat(path.get(7).value()).isEqualByComparingTo("2.0");
    assertThat(path.get(3).value().doubleValue()).isBetween(2.5, 2.7);
    assertThat(built.chart().get(0).points()).hasSize(8);
    assertThat(built.chart().get(0).points().get(7).value()).as("no figure yet for the future").isNull();
    assertThat(built.figure().target().label()).isEqualTo("Mål: 2,0 % senest 31. december 2022");
  }

  @Test
  void countsBesideTheCountryAreAnIndexOfTheFirstPeriodNeverRawCountsSideBySide() {
    Map<String, Map<ReportingPeriod, BigDecimal>> benchmarks = new LinkedHashMap<>();
    benchmarks.put("hele landet", series("2021Q1", "50000", "2021Q2", "49000", "2021Q3", "51000"));
    GoalFigures.Built built = GoalFigures.build(aCountGoal(), "Tårnby", series("2021Q1", "400", "2021Q2", "380", "2021Q3", "378"), benchmarks);

    GoalFigure figure = built.figure();
    assertThat(figure.axisLabel()).isEqualTo("Indeks (1. kvartal 2021 = 100)");
    assertThat(built.chart()).extracting(Series::name).containsExactly("Tårnby", "Hele landet");
    assertThat(built.chart().get(0).points().get(2).value()).isEqualByComparingTo("94.5");
    assertThat(built.chart().get(1).points().get(2).value()).isEqualByComparingTo("102");
    assertThat(figure.target().value()).as("the target in the same scale").isEqualByComparingTo("90");
    assertThat(figure.target().label()).isEqualTo("Mål: 360 fuldtidspersoner senest 31. december 2022");
    assertThat(figure.areas()).extracting(GoalFigure.AreaFigure::name, GoalFigure.AreaFigure::value, GoalFigure.AreaFigure::index)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Tårnby", "378 fuldtidspersoner", "94,5"),
            org.assertj.core.groups.Tuple.tuple("Hele landet", "51.000 fuldtidspersoner", "102,0"));
    assertThat(figure.sentences()).containsExactly(
        "Fra 1. kvartal 2021 til 3. kvartal 2021 er Tårnby faldet 5,5 %, hele landet steget 2,0 %.");
  }

  @Test
  void theIndexIsOfTheBaselineWhereTheChartShowsItSoThePathStartsAtHundred() {
    Goal goal = aCountGoal().withBaseline(new Measurement(new BigDecimal("380"), ReportingPeriod.parse("2021Q2").orElseThrow()));
    GoalFigures.Built built = GoalFigures.build(goal, "Tårnby", series("2021Q1", "400", "2021Q2", "380", "2021Q3", "378"),
        Map.of("hele landet", series("2021Q1", "50000", "2021Q2", "49000", "2021Q3", "51000")));
    assertThat(built.figure().axisLabel()).isEqualTo("Indeks (2. kvartal 2021 = 100)");
    assertThat(built.figure().path().get(1).value()).isEqualByComparingTo("100");
    assertThat(built.figure().path().get(0).value()).as("before the baseline there is no path").isNull();
  }

  @Test
  void aCountWithoutBenchmarkIsShownInItsOwnUnit() {
    GoalFigures.Built built = GoalFigures.build(aCountGoal(), "Tårnby", series("2021Q1", "400", "2021Q2", "380"), Map.of());
    assertThat(built.figure().axisLabel()).isEqualTo("Fuldtidspersoner");
    assertThat(built.figure().target().value()).isEqualByComparingTo("360");
    assertThat(built.chart().get(0).points().get(1).value()).isEqualByComparingTo("380");
  }

  @Test
  void periodsAreNamedTheDanishWay() {
    assertThat(PeriodNames.danish(ReportingPeriod.of("2021Q3"))).isEqualTo("3. kvartal 2021");
    assertThat(PeriodNames.danish(ReportingPeriod.of("2022M06"))).isEqualTo("juni 2022");
    assertThat(PeriodNames.danish(ReportingPeriod.of("2021"))).isEqualTo("2021");
    assertThat(PeriodNames.tick(ReportingPeriod.of("2021Q3"))).isEqualTo("2021K3");
    assertThat(PeriodNames.tick(ReportingPeriod.of("2022M06"))).isEqualTo("jun 2022");
    assertThat(PeriodNames.tick(ReportingPeriod.of("2021"))).isEqualTo("2021");
  }
}
