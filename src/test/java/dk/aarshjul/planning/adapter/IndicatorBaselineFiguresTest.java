package dk.aarshjul.planning.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import dk.aarshjul.indicators.application.AreaFigures;
import dk.aarshjul.indicators.application.IndicatorPullService;
import dk.aarshjul.indicators.application.IndicatorStore;
import dk.aarshjul.indicators.application.IndicatorStore.Stored;
import dk.aarshjul.shared.Area;
import dk.aarshjul.indicators.domain.IndicatorValue;
import dk.aarshjul.planning.application.BaselineFigures.Wanted;
import dk.aarshjul.shared.ReportingPeriod;
import dk.aarshjul.testing.Catalogues;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IndicatorBaselineFiguresTest {

  static final String TAARNBY = "185";
  static final String ISHOEJ = "183";
  static final String VALLENSBAEK = "187";

  /** code;area;period → value; a key with a null value is a suppressed figure. */
  final Map<String, BigDecimal> stored = new HashMap<>();
  final IndicatorStore store = mock(IndicatorStore.class);
  final IndicatorPullService pulls = mock(IndicatorPullService.class);
  final IndicatorBaselineFigures figures = new IndicatorBaselineFigures(pulls, new AreaFigures(store, Catalogues.INDICATORS, Catalogues.SOURCES));

  @BeforeEach
  void storeAnswersFromTheMap() {
    when(store.find(any(), any(), any())).thenAnswer(call -> find(call.getArgument(0), call.getArgument(1), call.getArgument(2)));
  }

  @Test
  void everyWantedFigureIsAskedForOnceAndWhatTheStoreThenHoldsIsFound() {
    put("stored", TAARNBY, "2024", "12.5");
    when(pulls.pullAbsent(any(), anyList())).thenAnswer(call -> {
      Map<String, List<ReportingPeriod>> periodsByCode = call.getArgument(0);
      periodsByCode.forEach((code, periods) -> {
        if (!code.equals("stored")) {
          put(code, TAARNBY, periods.get(0).toString(), code.equals("suppressed") ? null : "10");
        }
      });
      return null;
    });

    Map<Wanted, BigDecimal> found = figures.figures(List.of(
        new Wanted("a", ReportingPeriod.of("2025Q2")), new Wanted("b", ReportingPeriod.of("2025Q2")), new Wanted("a", ReportingPeriod.of("2025Q2")),
        new Wanted("suppressed", ReportingPeriod.of("2025Q2")), new Wanted("c", ReportingPeriod.of("2024")), new Wanted("stored", ReportingPeriod.of("2024"))), List.of(TAARNBY));

    verify(pulls).pullAbsent(Map.of("a", List.of(ReportingPeriod.of("2025Q2")), "b", List.of(ReportingPeriod.of("2025Q2")), "suppressed", List.of(ReportingPeriod.of("2025Q2")),
        "c", List.of(ReportingPeriod.of("2024")), "stored", List.of(ReportingPeriod.of("2024"))), List.of(Area.municipality(TAARNBY)));
    verifyNoMoreInteractions(pulls);
    assertThat(found).as("a suppressed figure is left open, not 0").containsOnly(
        Map.entry(new Wanted("a", ReportingPeriod.of("2025Q2")), BigDecimal.TEN),
        Map.entry(new Wanted("b", ReportingPeriod.of("2025Q2")), BigDecimal.TEN),
        Map.entry(new Wanted("c", ReportingPeriod.of("2024")), BigDecimal.TEN),
        Map.entry(new Wanted("stored", ReportingPeriod.of("2024")), new BigDecimal("12.5")));
  }

  @Test
  void aJointPlansFullTimePersonsAreTheMembersTogetherAndItsShareIsWeightedByTheirLabourForces() {
    // Ishøj: 600 persons = 6.0 % of 10,000; Vallensbæk: 150 persons = 2.5 % of 6,000 → 750 of 16,000 = 4.7 %
    put("fuldtidspersoner-sygedagpenge", ISHOEJ, "2024Q4", "600");
    put("fuldtidspersoner-sygedagpenge", VALLENSBAEK, "2024Q4", "150");
    put("pct-arbejdsstyrken-sygedagpenge", ISHOEJ, "2024Q4", "6.0");
    put("pct-arbejdsstyrken-sygedagpenge", VALLENSBAEK, "2024Q4", "2.5");

    Map<Wanted, BigDecimal> found = figures.figures(List.of(
        new Wanted("fuldtidspersoner-sygedagpenge", ReportingPeriod.of("2024Q4")), new Wanted("pct-arbejdsstyrken-sygedagpenge", ReportingPeriod.of("2024Q4"))),
        List.of(ISHOEJ, VALLENSBAEK));

    assertThat(found).containsOnly(
        Map.entry(new Wanted("fuldtidspersoner-sygedagpenge", ReportingPeriod.of("2024Q4")), new BigDecimal("750")),
        Map.entry(new Wanted("pct-arbejdsstyrken-sygedagpenge", ReportingPeriod.of("2024Q4")), new BigDecimal("4.7")));
  }

  @Test
  void aJointFigureIsLeftOpenWhenAMembersFigureIsSuppressedOrTheShareCannotBeCombined() {
    put("fuldtidspersoner-ledighedsydelse", ISHOEJ, "2024Q4", "40");
    put("fuldtidspersoner-ledighedsydelse", VALLENSBAEK, "2024Q4", null);
    put("ledighed-saesonkorrigeret", ISHOEJ, "2024M12", "3.1");
    put("ledighed-saesonkorrigeret", VALLENSBAEK, "2024M12", "2.2");

    Map<Wanted, BigDecimal> found = figures.figures(List.of(
        new Wanted("fuldtidspersoner-ledighedsydelse", ReportingPeriod.of("2024Q4")), new Wanted("ledighed-saesonkorrigeret", ReportingPeriod.of("2024M12"))),
        List.of(ISHOEJ, VALLENSBAEK));

    assertThat(found).isEmpty();
  }

  @Test
  void aJointShareIsPulledTogetherWithThePersonsItIsWeightedBy() {
    figures.figures(List.of(new Wanted("pct-arbejdsstyrken-kontanthjaelp", ReportingPeriod.of("2025Q1"))), List.of(ISHOEJ, VALLENSBAEK));

    verify(pulls).pullAbsent(Map.of("pct-arbejdsstyrken-kontanthjaelp", List.of(ReportingPeriod.of("2025Q1")), "fuldtidspersoner-kontanthjaelp",
        List.of(ReportingPeriod.of("2025Q1"))), List.of(Area.municipality(ISHOEJ), Area.municipality(VALLENSBAEK)));
  }

  @Test
  void aYearOfAQuarterlyTableIsPulledAsItsFourQuartersAndIsTheirAverage() {
    put("fuldtidspersoner-sygedagpenge", TAARNBY, "2025Q1", "700");
    put("fuldtidspersoner-sygedagpenge", TAARNBY, "2025Q2", "690");
    put("fuldtidspersoner-sygedagpenge", TAARNBY, "2025Q3", "650");
    put("fuldtidspersoner-sygedagpenge", TAARNBY, "2025Q4", "661");

    Map<Wanted, BigDecimal> found = figures.figures(List.of(new Wanted("fuldtidspersoner-sygedagpenge", ReportingPeriod.of("2025"))), List.of(TAARNBY));

    verify(pulls).pullAbsent(Map.of("fuldtidspersoner-sygedagpenge", List.of(ReportingPeriod.of("2025Q1"), ReportingPeriod.of("2025Q2"), ReportingPeriod.of("2025Q3"), ReportingPeriod.of("2025Q4"))),
        List.of(Area.municipality(TAARNBY)));
    assertThat(found).as("(700 + 690 + 650 + 661) / 4 = 675.25, whole persons as the source gives them")
        .containsOnly(Map.entry(new Wanted("fuldtidspersoner-sygedagpenge", ReportingPeriod.of("2025")), new BigDecimal("675")));
  }

  @Test
  void aQuarterAndAYearOfAMonthlyTableAreTheAverageOfTheirMonthsAndAMonthIsItself() {
    for (int month = 1; month <= 12; month++) {
      put("ledighed-saesonkorrigeret", TAARNBY, String.format("2025M%02d", month), month <= 3 ? "3.0" : "2.0");
    }
    put("ledighed-saesonkorrigeret", TAARNBY, "2025M02", "3.3");

    Map<Wanted, BigDecimal> found = figures.figures(List.of(new Wanted("ledighed-saesonkorrigeret", ReportingPeriod.of("2025Q1")),
        new Wanted("ledighed-saesonkorrigeret", ReportingPeriod.of("2025")), new Wanted("ledighed-saesonkorrigeret", ReportingPeriod.of("2025M02"))), List.of(TAARNBY));

    assertThat(found).containsOnly(
        Map.entry(new Wanted("ledighed-saesonkorrigeret", ReportingPeriod.of("2025Q1")), new BigDecimal("3.1")),
        Map.entry(new Wanted("ledighed-saesonkorrigeret", ReportingPeriod.of("2025")), new BigDecimal("2.3")),
        Map.entry(new Wanted("ledighed-saesonkorrigeret", ReportingPeriod.of("2025M02")), new BigDecimal("3.3")));
  }

  @Test
  void aYearWithAQuarterMissingAndAMonthOfAQuarterlyTableAreLeftOpen() {
    put("fuldtidspersoner-sygedagpenge", TAARNBY, "2026Q1", "700");
    put("fuldtidspersoner-sygedagpenge", TAARNBY, "2026Q2", "690");

    Map<Wanted, BigDecimal> found = figures.figures(List.of(new Wanted("fuldtidspersoner-sygedagpenge", ReportingPeriod.of("2026")),
        new Wanted("fuldtidspersoner-sygedagpenge", ReportingPeriod.of("2026M02"))), List.of(TAARNBY));

    assertThat(found).isEmpty();
  }

  @Test
  void aJointPlansYearIsTheMembersTogetherQuarterByQuarterThenAveraged() {
    for (int q = 1; q <= 4; q++) {
      put("fuldtidspersoner-sygedagpenge", ISHOEJ, "2024Q" + q, "600");
      put("fuldtidspersoner-sygedagpenge", VALLENSBAEK, "2024Q" + q, q == 4 ? "170" : "150");
    }

    Map<Wanted, BigDecimal> found = figures.figures(List.of(new Wanted("fuldtidspersoner-sygedagpenge", ReportingPeriod.of("2024"))),
        List.of(ISHOEJ, VALLENSBAEK));

    assertThat(found).containsOnly(Map.entry(new Wanted("fuldtidspersoner-sygedagpenge", ReportingPeriod.of("2024")), new BigDecimal("755")));
  }

  private void put(String code, String area, String period, String value) {
    stored.put(code + ";" + area + ";" + period, value == null ? null : new BigDecimal(value));
  }

  private Optional<Stored> find(String code, Area area, ReportingPeriod period) {
    String key = code + ";" + area.code() + ";" + period;
    return stored.containsKey(key)
        ? Optional.of(new Stored(new IndicatorValue(code, area, period, stored.get(key)), "test", OffsetDateTime.now(), "r"))
        : Optional.empty();
  }
}
