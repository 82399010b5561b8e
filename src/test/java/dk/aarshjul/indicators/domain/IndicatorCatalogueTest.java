package dk.aarshjul.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.aarshjul.testing.Catalogues;
import dk.aarshjul.shared.ReportingPeriod;
import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IndicatorCatalogueTest {

  @Test
  void coversTheBenefitGroupsTheSeedPlansUse() {
    for (String code : new String[] {"fuldtidspersoner-i-alt", "fuldtidspersoner-a-dagpenge", "fuldtidspersoner-kontanthjaelp",
        "fuldtidspersoner-uddannelseshjaelp", "fuldtidspersoner-sygedagpenge", "fuldtidspersoner-jobafklaring",
        "fuldtidspersoner-ledighedsydelse", "fuldtidspersoner-ressourceforloeb", "fuldtidspersoner-fleksjob",
        "pct-arbejdsstyrken-i-alt", "ledighed-saesonkorrigeret", "beskaeftigelse-efter-virksomhedsrettet-tilbud"}) {
      assertThat(Catalogues.INDICATORS.find(code)).as(code).isPresent();
    }
  }

  @Test
  void theOperatorAddsIndicatorsWithoutRebuildingButCannotRedefineOne() {
    IndicatorCatalogue extra = IndicatorCatalogue.fromCsv(new StringReader(
        "code;name;unit\nantal-jobsamtaler;Afholdte jobsamtaler;COUNT\n"));
    IndicatorCatalogue merged = Catalogues.INDICATORS.with(extra);
    assertThat(merged.find("antal-jobsamtaler")).get().extracting(Indicator::unit).isEqualTo(Unit.COUNT);
    assertThat(merged.find("fuldtidspersoner-i-alt")).isPresent();

    IndicatorCatalogue clash = IndicatorCatalogue.fromCsv(new StringReader("code;name;unit\nfuldtidspersoner-i-alt;x;COUNT\n"));
    assertThatThrownBy(() -> Catalogues.INDICATORS.with(clash)).hasMessageContaining("fuldtidspersoner-i-alt");
  }

  @Test
  void aQuotedNameKeepsItsSemicolonAndAnOperatorsFileMayLeaveTheDataBreakOut() {
    IndicatorCatalogue extra = IndicatorCatalogue.fromCsv(new StringReader(
        "code;name;unit\nantal-samtaler;\"Jobsamtaler; afholdte, i alt\";COUNT\n"));
    assertThat(extra.find("antal-samtaler")).get().satisfies(indicator -> {
      assertThat(indicator.name()).isEqualTo("Jobsamtaler; afholdte, i alt");
      assertThat(indicator.dataBreak()).isNull();
    });
    assertThatThrownBy(() -> IndicatorCatalogue.fromCsv(new StringReader("code;name;unit\nantal-samtaler;Samtaler\n")))
        .hasMessage("Expected 3 fields: antal-samtaler;Samtaler");
  }

  @Test
  void theKontanthjaelpIndicatorsBreakAtTheReformOfJuly2025AndNoOtherDoes() {
    LocalDate reform = LocalDate.of(2025, 7, 1);
    assertThat(Catalogues.INDICATORS.all()).allSatisfy(indicator -> assertThat(indicator.dataBreak()).as(indicator.code())
        .isEqualTo(indicator.code().contains("kontanthjaelp") ? reform : null));
    Indicator kontanthjaelp = Catalogues.INDICATORS.find("fuldtidspersoner-kontanthjaelp").orElseThrow();
    assertThat(kontanthjaelp.breaksBetween(ReportingPeriod.of("2025Q2"), ReportingPeriod.of("2025Q3"))).isTrue();
    assertThat(kontanthjaelp.breaksBetween(ReportingPeriod.of("2024"), ReportingPeriod.of("2025M07"))).isTrue();
    assertThat(kontanthjaelp.breaksBetween(ReportingPeriod.of("2025Q1"), ReportingPeriod.of("2025Q2"))).isFalse();
    assertThat(kontanthjaelp.breaksBetween(ReportingPeriod.of("2025Q3"), ReportingPeriod.of("2026Q1"))).isFalse();
    assertThat(Catalogues.INDICATORS.find("fuldtidspersoner-i-alt").orElseThrow()
        .breaksBetween(ReportingPeriod.of("2025Q2"), ReportingPeriod.of("2025Q3"))).isFalse();
  }

  @Test
  void everySourceIsForACatalogueIndicator() throws Exception {
    SourceCatalogue sources;
    try (var in = getClass().getResourceAsStream("/indicators/sources.csv")) {
      sources = SourceCatalogue.fromCsv(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    assertThat(sources.all()).allSatisfy(s -> assertThat(Catalogues.INDICATORS.find(s.indicatorCode())).as(s.indicatorCode()).isPresent());
  }
}
