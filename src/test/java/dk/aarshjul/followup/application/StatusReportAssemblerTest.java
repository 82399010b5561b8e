package dk.aarshjul.followup.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dk.aarshjul.documents.domain.GoalReport;
import dk.aarshjul.goals.application.BenchmarkNames;
import dk.aarshjul.goals.domain.Goal;
import dk.aarshjul.goals.domain.GoalStatus;
import dk.aarshjul.goals.domain.Measurement;
import dk.aarshjul.goals.domain.TargetGroup;
import dk.aarshjul.goals.domain.kinds.DirectionOnly;
import dk.aarshjul.goals.domain.kinds.Rank;
import dk.aarshjul.indicators.application.AreaFigures;
import dk.aarshjul.indicators.application.BenchmarkService;
import dk.aarshjul.indicators.application.IndicatorStore;
import dk.aarshjul.indicators.domain.IndicatorValue;
import dk.aarshjul.indicators.domain.Ranking;
import dk.aarshjul.indicators.domain.Unit;
import dk.aarshjul.planning.domain.FocusArea;
import dk.aarshjul.planning.domain.PlanContent;
import dk.aarshjul.shared.Area;
import dk.aarshjul.shared.Quarter;
import dk.aarshjul.shared.ReportingPeriod;
import dk.aarshjul.testing.Catalogues;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A goal's report from the stored figures: the latest figure up to the quarter, its reference, its rank. */
class StatusReportAssemblerTest {

  private static final String INDICATOR = "fuldtidspersoner-sygedagpenge";
  private static final Area TAARNBY = Area.municipality("185");

  private final IndicatorStore store = mock(IndicatorStore.class);
  private final StatusReportAssembler assembler = new StatusReportAssembler(
      new AreaFigures(store, Catalogues.INDICATORS, Catalogues.SOURCES), store,
      new BenchmarkService(store, Catalogues.MUNICIPALITIES), Catalogues.INDICATORS, new BenchmarkNames(Catalogues.MUNICIPALITIES));

  @Test
  void aYearAgainstAQuarterlySeriesIsTheSameQuarterOfThatYearAndLaterQuartersAreLeftOut() {
    storedQuarters("2025Q1", "700", "2025Q2", "690", "2025Q3", "650", "2025Q4", "661", "2026Q1", "640", "2026Q2", "700", "2026Q3", "600");
    Goal fewer = goal(new DirectionOnly(DirectionOnly.Direction.DECREASING), new Measurement(null, ReportingPeriod.of("2025")));

    GoalReport report = assemble(fewer, new Quarter(2026, 2));

    assertThat(report.latestPeriod()).isEqualTo(ReportingPeriod.of("2026Q2"));
    assertThat(report.status()).isEqualTo(GoalStatus.OFF_TRACK);
    assertThat(report.reason()).isEqualTo("700 fuldtidspersoner i 2. kvartal 2026 mod 690 fuldtidspersoner i 2. kvartal 2025;"
        + " udviklingen går den forkerte vej.");
    assertThat(report.chart().get(0).points()).extracting(point -> point.period().toString())
        .containsExactly("2025Q1", "2025Q2", "2025Q3", "2025Q4", "2026Q1", "2026Q2");
  }

  @Test
  void aRankIsAmongTheMunicipalitiesFiguresOfTheLatestPeriod() {
    storedQuarters("2026Q1", "300", "2026Q2", "280");
    when(store.values(INDICATOR, ReportingPeriod.of("2026Q2"))).thenReturn(List.of(
        new IndicatorValue(INDICATOR, TAARNBY, ReportingPeriod.of("2026Q2"), new BigDecimal("280")),
        new IndicatorValue(INDICATOR, Area.municipality("183"), ReportingPeriod.of("2026Q2"), new BigDecimal("250")),
        new IndicatorValue(INDICATOR, Area.municipality("153"), ReportingPeriod.of("2026Q2"), new BigDecimal("400")),
        new IndicatorValue(INDICATOR, Area.COUNTRY, ReportingPeriod.of("2026Q2"), new BigDecimal("60000"))));
    Goal bestHalf = goal(new Rank(1, 2, Ranking.Better.LOWER), null);

    GoalReport report = assemble(bestHalf, new Quarter(2026, 2));

    assertThat(report.reason()).isEqualTo("Nr. 2 af 3 kommuner; målet er de bedste 2 (den bedste halvdel).");
    assertThat(report.status()).isEqualTo(GoalStatus.ON_TRACK);
  }

  private GoalReport assemble(Goal goal, Quarter quarter) {
    PlanContent content = new PlanContent(List.of(new FocusArea("Sygedagpenge", null, List.of(new TargetGroup("sickness-benefit")),
        List.of(), List.of(goal))));
    return assembler.assemble("p1", "Beskæftigelsesplan 2026", content,
        List.of(Catalogues.MUNICIPALITIES.byDstCode(TAARNBY.code()).orElseThrow()), quarter, OffsetDateTime.now()).goals().get(0);
  }

  private static Goal goal(dk.aarshjul.goals.domain.GoalTarget target, Measurement baseline) {
    return new Goal("Færre på sygedagpenge", INDICATOR, Unit.FULL_TIME_PERSONS, new TargetGroup("sickness-benefit"), baseline, target,
        LocalDate.of(2026, 12, 31), List.of(), List.of());
  }

  private void storedQuarters(String... periodsAndValues) {
    List<IndicatorValue> series = new ArrayList<>();
    for (int i = 0; i < periodsAndValues.length; i += 2) {
      series.add(new IndicatorValue(INDICATOR, TAARNBY, ReportingPeriod.of(periodsAndValues[i]), new BigDecimal(periodsAndValues[i + 1])));
    }
    when(store.series(eq(INDICATOR), anyCollection())).thenReturn(series);
    when(store.find(anyString(), any(Area.class), any(ReportingPeriod.class))).thenReturn(Optional.empty());
  }
}
