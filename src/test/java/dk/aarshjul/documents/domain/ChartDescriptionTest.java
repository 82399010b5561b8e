package dk.aarshjul.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.documents.adapter.render.TemplateDocumentRendererTest;
import dk.aarshjul.goals.domain.GoalStatus;
import dk.aarshjul.indicators.domain.Unit;
import dk.aarshjul.shared.ReportingPeriod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartDescriptionTest {

  @Test
  void aShareGoalTellsItsDevelopmentItsTargetAndEachBenchmarkAgainstTheMunicipality() {
    GoalReport share = TemplateDocumentRendererTest.aTaarnbyReport().goals().get(1);

    assertThat(ChartDescription.of(share)).isEqualTo(
        "Tårnby er faldet fra 2,9 % i 1. kvartal 2024 til 2,4 % i 1. kvartal 2026, og målet er 2,2 % senest 31. december 2026. "
            + "Til sammenligning i 1. kvartal 2026: Region Hovedstaden 3,6 % (over Tårnby), Hele landet 3,1 % (over Tårnby).");
  }

  @Test
  void anIndexedCountGoalTellsItInTheIndexOfTheChartWithTheTargetInFullTimePersons() {
    GoalReport count = TemplateDocumentRendererTest.aTaarnbyReport().goals().get(0);

    assertThat(ChartDescription.of(count)).isEqualTo(
        "Tårnby er faldet fra indeks 100 i 1. kvartal 2024 til indeks 94,7 i 1. kvartal 2026, og målet er 690 fuldtidspersoner "
            + "senest 31. december 2026 (indeks 93,1). Til sammenligning i 1. kvartal 2026: Hele landet indeks 98 (over Tårnby).");
  }

  @Test
  void aRisingSeriesWithoutTargetOrBenchmarksIsOneSentence() {
    GoalReport goal = goal(figure(Unit.FULL_TIME_PERSONS, null), series("Tårnby", "700", "725.5", "742"));

    assertThat(ChartDescription.of(goal)).isEqualTo("Tårnby er steget fra 700 fuldtidspersoner i 2024 til 742 fuldtidspersoner i 2026.");
  }

  @Test
  void aSeriesWithOnePointTellsThatFigureAndTheTarget() {
    GoalReport goal = goal(figure(Unit.PERCENT, new GoalFigure.Target(new BigDecimal("11.4"), "Mål: mindst 11,4 % senest 31. december 2027")),
        series("Tårnby", null, null, "10.25"));

    assertThat(ChartDescription.of(goal)).isEqualTo("Tårnby var på 10,3 % i 2026, og målet er mindst 11,4 % senest 31. december 2027.");
  }

  @Test
  void aRankGoalWhoseChartHasNoTargetLineSaysItsTargetInWords() {
    GoalReport goal = goal("blandt den bedste halvdel af landets kommuner (lavest er bedst), senest 31. december 2027", figure(Unit.PERCENT, null),
        series("Tårnby", "1.0", "0.95", "0.9"), series("Hele landet", "1.1", "1.0", "1.0"));

    assertThat(ChartDescription.of(goal)).isEqualTo("Tårnby er faldet fra 1,0 % i 2024 til 0,9 % i 2026, og målet er blandt den bedste "
        + "halvdel af landets kommuner (lavest er bedst), senest 31. december 2027. Til sammenligning i 2026: Hele landet 1,0 % (over Tårnby).");
  }

  @Test
  void anUnchangedFigureAndABenchmarkOnLevelOrWithoutFigure() {
    GoalReport goal = goal(figure(Unit.WEEKS, null), series("Ishøj", "12", "13", "12"), series("Hele landet", "11", "12", "12"),
        series("Region Hovedstaden", "10", "11", null));

    assertThat(ChartDescription.of(goal)).isEqualTo("Ishøj er uændret på 12 uger fra 2024 til 2026. "
        + "Til sammenligning i 2026: Hele landet 12 uger (på niveau med Ishøj), Region Hovedstaden ikke oplyst.");
  }

  @Test
  void aMunicipalityWithoutFiguresIsComparedAtTheBenchmarksLatestPeriod() {
    GoalReport goal = goal(figure(Unit.PERCENT, null), series("Tårnby", null, null, null), series("Hele landet", "3.1", "3.0", null));

    assertThat(ChartDescription.of(goal)).isEqualTo("Tårnby har endnu ingen tal. Til sammenligning i 2025: Hele landet 3,0 %.");
  }

  @Test
  void aReportStoredWithoutItsUnitShowsPlainDanishNumbers() {
    GoalReport goal = goal(figure(null, null), series("Tårnby", "2.95", null, "1234.5"));

    assertThat(ChartDescription.of(goal)).isEqualTo("Tårnby er steget fra 3 i 2024 til 1.234,5 i 2026.");
  }

  private static GoalFigure figure(Unit unit, GoalFigure.Target target) {
    return new GoalFigure(unit, "Akse", null, List.of(), target, "2026", List.of());
  }

  /** A series over 2024, 2025 and 2026; null where a year has no figure. */
  private static Series series(String name, String... values) {
    List<Series.Point> points = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      points.add(new Series.Point(ReportingPeriod.year(2024 + i), values[i] == null ? null : new BigDecimal(values[i])));
    }
    return new Series(name, points);
  }

  private static GoalReport goal(GoalFigure figure, Series... chart) {
    return goal("–", figure, chart);
  }

  /** @param target the goal's target in words, "–" for none */
  private static GoalReport goal(String target, GoalFigure figure, Series... chart) {
    return new GoalReport("1.1", "Fokus", "Mål", "Indikator", target, "udgangspunkt", "seneste", ReportingPeriod.year(2026), "–", GoalStatus.ON_TRACK, "",
        Arrays.asList(chart), figure);
  }
}
