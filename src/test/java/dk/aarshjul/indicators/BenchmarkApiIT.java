package dk.aarshjul.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.aarshjul.indicators.application.IndicatorStore;
import dk.aarshjul.indicators.application.SourcePull;
import dk.aarshjul.shared.Area;
import dk.aarshjul.indicators.domain.IndicatorValue;
import dk.aarshjul.shared.ReportingPeriod;
import dk.aarshjul.testing.AarshjulIntegrationTest;
import dk.aarshjul.testing.Api;
import dk.aarshjul.testing.Catalogues;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A municipality against its region, the country, named municipalities and all 98, for its own staff only. */
@AarshjulIntegrationTest
class BenchmarkApiIT {

  static final String INDICATOR = "pct-arbejdsstyrken-sygedagpenge";
  static final ReportingPeriod PERIOD = ReportingPeriod.of("2031Q1");
  static final String PATH = "/api/indicators/" + INDICATOR + "/benchmarks?period=" + PERIOD;

  @LocalServerPort int port;
  @Autowired IndicatorStore store;

  /** Every municipality gets its code ÷ 100 (Brøndby 153 → 1,53 %), Ishøj's is suppressed. */
  @BeforeEach
  void storeAQuarter() {
    List<IndicatorValue> values = new ArrayList<>();
    Catalogues.MUNICIPALITIES.all().forEach(m -> values.add(new IndicatorValue(INDICATOR, Area.municipality(m.dstCode()), PERIOD,
        m.dstCode().equals("183") ? null : new BigDecimal(m.dstCode()).movePointLeft(2))));
    values.add(new IndicatorValue(INDICATOR, Area.region("084"), PERIOD, new BigDecimal("2.9")));
    values.add(new IndicatorValue(INDICATOR, Area.COUNTRY, PERIOD, new BigDecimal("3.1")));
    store.store(new SourcePull("test", "benchmark fixture", "{}", values));
  }

  @Test
  void aPlannerSeesTheirMunicipalityAgainstRegionCountryNamedMunicipalitiesAndTheRank() {
    JsonNode found = Api.at(port).as("taarnby.planner").get(PATH + "&compare=153,183").json();

    assertThat(found.path("indicatorName").asText()).isEqualTo("Sygedagpengemodtagere i pct. af arbejdsstyrken");
    assertThat(found.path("municipality").path("name").asText()).isEqualTo("Tårnby");
    assertThat(found.path("municipality").path("text").asText()).isEqualTo("1,9 %");
    assertThat(found.path("region").path("name").asText()).isEqualTo("Region Hovedstaden");
    assertThat(found.path("region").path("text").asText()).isEqualTo("2,9 %");
    assertThat(found.path("country").path("text").asText()).isEqualTo("3,1 %");
    assertThat(found.path("comparisons")).extracting(c -> c.path("name").asText() + " " + c.path("text").asText())
        .containsExactly("Brøndby 1,5 %", "Ishøj ikke oplyst");
    assertThat(found.path("comparisons").get(1).path("value").isNull()).as("suppressed is not 0").isTrue();
    long lowerCodes = Catalogues.MUNICIPALITIES.all().stream()
        .filter(m -> !m.dstCode().equals("183") && Integer.parseInt(m.dstCode()) < 185).count();
    assertThat(found.path("rank").path("rank").asInt()).isEqualTo(lowerCodes + 1);
    assertThat(found.path("rank").path("of").asInt()).as("the suppressed one is not ranked").isEqualTo(97);
  }

  @Test
  void aJointPlansStaffSeeEachMembersFigures() {
    JsonNode vallensbaek = Api.at(port).as("ishoej.planner").get(PATH + "&municipality=187").json();
    assertThat(vallensbaek.path("municipality").path("text").asText()).isEqualTo("1,9 %");
    JsonNode ishoej = Api.at(port).as("ishoej.planner").get(PATH).json();
    assertThat(ishoej.path("municipality").path("text").asText()).isEqualTo("ikke oplyst");
    assertThat(ishoej.path("rank").isNull()).isTrue();
  }

  @Test
  void anotherMunicipalityIsNotFoundAndBadInputGetsAClearError() {
    Api api = Api.at(port);
    assertThat(api.anonymous().get(PATH).status()).isEqualTo(401);
    assertThat(api.as("broendby.planner").get(PATH + "&municipality=185").status()).isEqualTo(404);
    assertThat(api.as("operator").get(PATH + "&municipality=185").status()).isEqualTo(200);
    assertThat(api.as("taarnby.planner").get("/api/indicators/findes-ikke/benchmarks?period=2025").status()).isEqualTo(404);
    Api.Response badPeriod = api.as("taarnby.planner").get("/api/indicators/" + INDICATOR + "/benchmarks?period=2025K2");
    assertThat(badPeriod.status()).isEqualTo(400);
    assertThat(badPeriod.json().path("detail").asText()).contains("Periode: skal være et år, et kvartal eller en måned");
    Api.Response badComparison = api.as("taarnby.planner").get(PATH + "&compare=999");
    assertThat(badComparison.status()).isEqualTo(400);
    assertThat(badComparison.json().path("detail").asText()).contains("ukendt kommunekode 999");
  }
}
