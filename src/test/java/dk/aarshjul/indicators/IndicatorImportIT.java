package dk.aarshjul.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.indicators.application.IndicatorStore;
import dk.aarshjul.shared.Area;
import dk.aarshjul.shared.ReportingPeriod;
import dk.aarshjul.testing.AarshjulIntegrationTest;
import dk.aarshjul.testing.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Importing figures over HTTP: for one's own municipality only, line-numbered errors, nothing half-stored. */
@AarshjulIntegrationTest
class IndicatorImportIT {

  static final String CSV = "text/csv";

  @LocalServerPort int port;
  @Autowired IndicatorStore store;

  @Test
  void aPlannerImportsFiguresForTheirOwnMunicipality() {
    Api.Response imported = Api.at(port).as("taarnby.planner").postText("/api/indicators/import",
        "indikator;område;periode;værdi\noptalt-aktivitet;185;2026;2\n", CSV);
    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    assertThat(imported.json().path("added").asInt()).isEqualTo(1);
    assertThat(store.find("optalt-aktivitet", Area.municipality("185"), ReportingPeriod.of("2026"))).get()
        .satisfies(stored -> assertThat(stored.value().value()).isEqualByComparingTo("2"));
  }

  @Test
  void aBadFileIsRejectedLineByLineAndStoresNothing() {
    Api.Response rejected = Api.at(port).as("ishoej.planner").postText("/api/indicators/import",
        "indikator;område;periode;værdi\noptalt-aktivitet;183;2025;3\noptalt-aktivitet;185;2025;1\n", CSV);
    assertThat(rejected.status()).isEqualTo(400);
    assertThat(rejected.json().path("errors").get(0).path("label").asText() + ": "
        + rejected.json().path("errors").get(0).path("message").asText())
        .isEqualTo("Linje 3, område: du kan ikke indberette tal for området '185'");
    assertThat(rejected.json().path("errors").get(0).path("field").asText()).isEqualTo("linje 3: område");
    assertThat(store.find("optalt-aktivitet", Area.municipality("183"), ReportingPeriod.of("2025"))).isEmpty();
  }

  @Test
  void onlyPlannersAndTheOperatorImport() {
    String csv = "indikator;område;periode;værdi\noptalt-aktivitet;390;2024;1\n";
    assertThat(Api.at(port).anonymous().postText("/api/indicators/import", csv, CSV).status()).isEqualTo(401);
    assertThat(Api.at(port).as("vordingborg.committee").postText("/api/indicators/import", csv, CSV).status()).isEqualTo(403);
    assertThat(Api.at(port).as("operator").postText("/api/indicators/import", csv, CSV).status()).isEqualTo(200);
  }
}
