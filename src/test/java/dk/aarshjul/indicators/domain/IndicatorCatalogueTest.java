package dk.aarshjul.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.aarshjul.testing.Catalogues;
import java.io.StringReader;
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
  void everySourceIsForACatalogueIndicator() throws Exception {
    SourceCatalogue sources;
    try (var in = getClass().getResourceAsStream("/indicators/sources.csv")) {
      sources = SourceCatalogue.fromCsv(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    assertThat(sources.all()).allSatisfy(s -> assertThat(Catalogues.INDICATORS.find(s.indicatorCode())).as(s.indicatorCode()).isPresent());
  }
}
