package dk.aarshjul.indicators.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.aarshjul.indicators.application.SourcePull;
import dk.aarshjul.shared.Area;
import dk.aarshjul.indicators.domain.IndicatorValue;
import dk.aarshjul.indicators.domain.PeriodType;
import dk.aarshjul.indicators.domain.SourceSelection;
import dk.aarshjul.shared.ReportingPeriod;
import dk.aarshjul.testing.Catalogues;
import dk.aarshjul.tools.OfflineFiguresGenerator;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled offline figures: complete, consistent with the seed plans, and exactly what the generator makes. */
class OfflineFiguresTest {

  final OfflineFigures offline = new OfflineFigures(Catalogues.MUNICIPALITIES);

  static SourceSelection selection(String code) {
    return new SourceSelection(code, SourceSelection.Source.JOBINDSATS, "t", "m", PeriodType.QUARTERS);
  }

  BigDecimal value(String code, Area area, String period) {
    return offline.fetch(List.of(selection(code)), List.of(ReportingPeriod.of(period))).values().stream()
        .filter(v -> v.area().equals(area)).findFirst().orElseThrow().value();
  }

  @Test
  void everyAreaHasEveryQuarterFrom2016To2026() {
    SourcePull first = offline.fetch(List.of(selection("fuldtidspersoner-sygedagpenge")), List.of(ReportingPeriod.of("2016Q1")));
    SourcePull last = offline.fetch(List.of(selection("fuldtidspersoner-sygedagpenge")), List.of(ReportingPeriod.of("2026Q4")));
    assertThat(first.values()).hasSize(98 + 5 + 1);
    assertThat(last.values()).hasSize(98 + 5 + 1);
    assertThat(first.values()).filteredOn(v -> v.area().type() == Area.Type.REGION).hasSize(5);
    assertThat(offline.fetch(List.of(selection("ledighed-saesonkorrigeret")), List.of(ReportingPeriod.of("2026M07"))).values()).hasSize(104);
  }

  @Test
  void theFiguresAgreeWithWhatTheSeedPlansQuote() {
    assertThat(value("pct-arbejdsstyrken-a-dagpenge", Area.COUNTRY, "2019Q2")).isEqualByComparingTo("2.8");
    assertThat(value("pct-arbejdsstyrken-a-dagpenge", Area.region("084"), "2019Q2")).isBetween(new BigDecimal("2.9"), new BigDecimal("3.2"));
    assertThat(value("pct-arbejdsstyrken-a-dagpenge", Area.municipality("183"), "2019Q2"))
        .isGreaterThan(value("pct-arbejdsstyrken-a-dagpenge", Area.COUNTRY, "2019Q2"));
    BigDecimal ishoejVallensbaek = value("fuldtidspersoner-a-dagpenge", Area.municipality("183"), "2016Q1")
        .add(value("fuldtidspersoner-a-dagpenge", Area.municipality("187"), "2016Q1"));
    assertThat(ishoejVallensbaek).as("741 in 2015, 690 aimed at for 2017").isBetween(new BigDecimal("690"), new BigDecimal("820"));
    BigDecimal supported = value("fuldtidspersoner-i-alt", Area.municipality("183"), "2018Q3")
        .add(value("fuldtidspersoner-i-alt", Area.municipality("187"), "2018Q3"));
    assertThat(supported).as("2.503 in August 2018").isBetween(new BigDecimal("2300"), new BigDecimal("2700"));
  }

  @Test
  void aRegionIsTheSumOfItsMunicipalitiesAndSmallFiguresAreSuppressed() {
    List<IndicatorValue> values = offline.fetch(List.of(selection("fuldtidspersoner-fleksjob")), List.of(ReportingPeriod.of("2022Q3"))).values();
    BigDecimal capital = values.stream().filter(v -> v.area().equals(Area.region("084"))).findFirst().orElseThrow().value();
    BigDecimal sum = values.stream().filter(v -> v.area().type() == Area.Type.MUNICIPALITY && v.value() != null)
        .filter(v -> Catalogues.MUNICIPALITIES.byDstCode(v.area().code()).orElseThrow().regionDstCode().equals("084"))
        .map(IndicatorValue::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(capital.subtract(sum).abs()).as("rounding only").isLessThan(new BigDecimal("30"));
    assertThat(value("fuldtidspersoner-ledighedsydelse", Area.municipality("825"), "2022Q3")).as("Læsø, too few").isNull();
  }

  @Test
  void aQuotedFieldIsReadWithItsSeparatorAndABrokenRowIsRefusedAsBefore() {
    var figures = OfflineFigures.read(new StringReader("indikator;område;periode;værdi\n\"ny;indikator\";185;2026Q1;\"2,5\"\n"));
    assertThat(figures.get(new OfflineFigures.Series("ny;indikator", ReportingPeriod.of("2026Q1"))))
        .containsExactly(Map.entry("185", new BigDecimal("2.5")));
    assertThatThrownBy(() -> OfflineFigures.read(new StringReader("indikator;område;periode;værdi\nny;185;2026Q1\n")))
        .hasMessage("Expected 4 fields: ny;185;2026Q1");
  }

  @Test
  void theBundledFileIsExactlyWhatTheGeneratorMakes(@TempDir Path dir) throws Exception {
    Path generated = dir.resolve("figures.csv");
    OfflineFiguresGenerator.main(new String[] {generated.toString()});
    assertThat(Files.mismatch(generated, Path.of("src/main/resources/indicators/offline/figures.csv"))).isEqualTo(-1L);
  }
}
