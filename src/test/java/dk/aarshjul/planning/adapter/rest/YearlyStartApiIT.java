package dk.aarshjul.planning.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.aarshjul.testing.AarshjulIntegrationTest;
import dk.aarshjul.testing.Api;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A municipality's yearly start through the API: read by its users, set by its planners and the operator, refused
 * with a Danish problem naming the field, and another municipality's answered like an unknown one.
 */
@AarshjulIntegrationTest
class YearlyStartApiIT {

  static final String BROENDBY = "/api/municipalities/broendby/yearly-start";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void theMunicipalitysUsersReadItAndItsPlannersAndTheOperatorSetIt() {
    Api api = Api.at(port);
    JsonNode standard = api.as("broendby.committee").get(BROENDBY).json();
    assertThat(standard.path("startDay").asInt()).isEqualTo(1);
    assertThat(standard.path("startMonth").asInt()).isEqualTo(6);
    assertThat(standard.path("reviseMultiYearPlans").asBoolean()).isFalse();
    assertThat(standard.path("today").path("description").asText()).isNotBlank();

    assertThat(api.as("broendby.committee").put(BROENDBY, Map.of("startDay", 1, "startMonth", 5)).status())
        .as("only planners and the operator set it").isEqualTo(403);
    try {
      Api.Response set = api.as("broendby.planner").put(BROENDBY, Map.of("startDay", 20, "startMonth", 5, "reviseMultiYearPlans", true));
      assertThat(set.status()).as(set.toString()).isEqualTo(200);
      JsonNode read = api.as("broendby.committee").get(BROENDBY).json();
      assertThat(read.path("startDay").asInt()).isEqualTo(20);
      assertThat(read.path("startMonth").asInt()).isEqualTo(5);
      assertThat(read.path("reviseMultiYearPlans").asBoolean()).isTrue();
      assertThat(read.path("nextStart").asText()).endsWith("-05-20");

      assertThat(api.as("operator").put(BROENDBY, Map.of("startDay", 2, "startMonth", 6)).status()).isEqualTo(200);
      assertThat(api.as("broendby.planner").get(BROENDBY).json().path("startDay").asInt()).isEqualTo(2);
    } finally {
      api.as("operator").put(BROENDBY, Map.of("startDay", 1, "startMonth", 6));
    }
  }

  /**
   * Running the yearly start now is the operator's: every role of a municipality and the publisher are refused, and
   * nothing starts. (The operator's own run starts the coming year for every municipality whose day has passed, so
   * it is tested on a database of its own: YearlyStartPostgresIT, and across two nodes in TwoNodesIT.)
   */
  @Test
  void onlyTheOperatorRunsTheYearlyStartNow() {
    Api api = Api.at(port);
    List<Map<String, Object>> before = plansAndCycles();
    for (String user : List.of("taarnby.planner", "taarnby.committee", "taarnby.secretariat", "taarnby.disability-council",
        "ishoej.planner", "vordingborg.committee", "publisher")) {
      Api.Response run = api.as(user).post("/api/yearly-starts", Map.of());
      assertThat(run.status()).as(user + ": " + run).isEqualTo(403);
    }
    assertThat(api.anonymous().post("/api/yearly-starts", Map.of()).status()).isEqualTo(401);
    assertThat(plansAndCycles()).as("no plan registered, no cycle started").isEqualTo(before);
  }

  private List<Map<String, Object>> plansAndCycles() {
    return jdbc.sql("select (select count(*) from plan) as plans,"
        + " (select count(*) from act_ru_execution where parent_id_ is null) as instances").query().listOfRows();
  }

  @Test
  void anotherMunicipalitysStartIsLikeAnUnknownOneForReadingAndWritingAndStaysAsItWas() {
    Api api = Api.at(port);
    JsonNode before = api.as("vordingborg.planner").get("/api/municipalities/vordingborg/yearly-start").json();

    Api.Response read = api.as("taarnby.planner").get("/api/municipalities/vordingborg/yearly-start");
    Api.Response write = api.as("taarnby.planner").put("/api/municipalities/vordingborg/yearly-start",
        Map.of("startDay", 1, "startMonth", 2));

    assertThat(read.status()).isEqualTo(404);
    assertThat(write.status()).isEqualTo(404);
    assertThat(write.json().path("detail").asText()).isEqualTo("Ukendt kommune: vordingborg");
    assertThat(api.as("taarnby.planner").get("/api/municipalities/ingensteds/yearly-start").json().path("detail").asText())
        .isEqualTo("Ukendt kommune: ingensteds");
    assertThat(api.as("operator").get("/api/municipalities/koebenhavn/yearly-start").status())
        .as("a municipality not onboarded has no yearly start").isEqualTo(404);
    assertThat(api.as("vordingborg.planner").get("/api/municipalities/vordingborg/yearly-start").json()).isEqualTo(before);
  }

  @Test
  void badInputIsADanishProblemNamingTheFieldAndChangesNothing() {
    Api api = Api.at(port);
    JsonNode before = api.as("broendby.planner").get(BROENDBY).json();

    assertField(api.as("broendby.planner").put(BROENDBY, Map.of("startDay", 1, "startMonth", 10)), "startMonth",
        "den årlige start skal ligge senest 30. september, så kommunalbestyrelsen kan nå at vedtage planen inden 31. december");
    assertField(api.as("broendby.planner").put(BROENDBY, Map.of("startDay", 31, "startMonth", 6)), "startDay",
        "den 31. findes ikke i måned 6");
    assertField(api.as("broendby.planner").put(BROENDBY, Map.of("startDay", 1, "startMonth", 13)), "startMonth",
        "skal være en måned fra 1 til 12");
    Map<String, Object> noDay = new HashMap<>();
    noDay.put("startMonth", 6);
    assertField(api.as("broendby.planner").put(BROENDBY, noDay), "startDay", "skal udfyldes");
    Api.Response text = api.as("broendby.planner").put(BROENDBY, Map.of("startDay", "første", "startMonth", 6));
    assertThat(text.status()).isEqualTo(400);
    assertThat(text.json().path("errors").get(0).path("field").asText()).isEqualTo("startDay");
    Api.Response empty = api.as("broendby.planner").postRaw(BROENDBY, "");
    assertThat(empty.status()).as("a POST is not the way").isIn(400, 405);

    assertThat(api.as("broendby.planner").get(BROENDBY).json()).isEqualTo(before);
  }

  private static void assertField(Api.Response response, String field, String message) {
    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().path("errors").get(0).path("field").asText()).isEqualTo(field);
    assertThat(response.json().path("errors").get(0).path("message").asText()).isEqualTo(message);
  }
}
