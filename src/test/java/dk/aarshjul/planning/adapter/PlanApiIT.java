package dk.aarshjul.planning.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.testing.AarshjulIntegrationTest;
import dk.aarshjul.testing.Api;
import dk.aarshjul.testing.CycleDriver;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Reading and editing a plan through the API, with every version kept. */
@AarshjulIntegrationTest
class PlanApiIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired ManagementService management;
  Api api;
  CycleDriver broendby;

  @BeforeEach
  void setUp() {
    api = Api.at(port);
    broendby = new CycleDriver(api, management, "broendby");
  }

  @Test
  void anEditAfterTheRecommendationIsANewVersionAndTheRecommendedOneStaysReadable() throws Exception {
    // a year whose year before Brøndby adopts in no test: after an adopted plan, the draft's first version is its copy
    String instance = broendby.start(2066);
    String planId = broendby.planId(instance);
    broendby.complete("planner", instance, "userTask_draftPlan",
        CycleDriver.draft(2066, "Sygedagpenge reduceres fra 741 til 690"));
    broendby.complete("planner", instance, "userTask_requestConsultation", Map.of(
        "consultationBodies", Map.of("type", "Json", "value", "[\"social-partners\"]"),
        "consultationDeadline", Map.of("value", LocalDate.now().plusDays(10).toString())));
    broendby.complete("social-partners", instance, "userTask_consultationResponse", Map.of("responseText", Map.of("value", "Ingen bemærkninger")));
    broendby.complete("planner", instance, "userTask_revisePlan",
        CycleDriver.draft(2066, "Sygedagpenge reduceres fra 741 til 690"));
    broendby.complete("committee", instance, "userTask_committeeRecommendation",
        Map.of("committeeDecision", Map.of("value", "approve")));

    Api.Response whileAtTheCouncil = api.as("broendby.planner").put("/api/plans/" + planId + "/content", body(2066, 680));
    assertThat(whileAtTheCouncil.status()).isEqualTo(409);
    assertThat(whileAtTheCouncil.json().path("detail").asText())
        .isEqualTo("Planen kan ikke ændres, når den er til behandling i kommunalbestyrelsen; kun et udkast eller en plan under revision kan ændres");

    broendby.complete("secretariat", instance, "userTask_councilAdoption",
        Map.of("councilDecision", Map.of("value", "sendBack"), "councilRemarks", Map.of("value", "Målet skal være mere ambitiøst")));
    Api.Response edited = api.as("broendby.planner").put("/api/plans/" + planId + "/content", body(2066, 680));

    assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
    assertThat(edited.json().path("version").asInt()).isEqualTo(3);
    assertThat(edited.json().path("createdBy").asText()).isEqualTo("broendby.planner");
    JsonNode versions = api.as("broendby.committee").get("/api/plans/" + planId + "/versions").json();
    assertThat(versions).extracting(v -> v.path("version").asInt()).containsExactly(1, 2, 3);
    JsonNode recommended = api.as("broendby.committee").get("/api/plans/" + planId + "/versions/2").json();
    assertThat(recommended.path("focusAreas").get(0).path("goals").get(0).path("targetValue").asInt()).isEqualTo(690);
    JsonNode current = api.as("broendby.committee").get("/api/plans/" + planId).json();
    assertThat(current.path("focusAreas").get(0).path("goals").get(0).path("targetValue").asInt()).isEqualTo(680);
    JsonNode changes = api.as("broendby.committee").get("/api/plans/" + planId + "/versions/3/changes").json();
    assertThat(changes).hasSize(1);
    assertThat(changes.get(0).path("what").asText()).isEqualTo("målværdi 690 → 680");
  }

  @Test
  void anInvalidEditIsRejectedFieldByFieldAndChangesNothing() {
    String planId = broendby.planId(broendby.start(2091));
    Map<String, Object> invalid = Map.of("focusAreas", List.of(Map.of("title", "Unge", "targetGroups", List.of("youth"),
        "goals", List.of(Map.of("kind", "absolute-level", "text", "Flere i job", "indicatorCode", "andel-flygtninge-job-uddannelse",
            "targetGroup", "refugees", "targetValue", 133, "bound", "at-least", "deadline", "2091-12-31")))));

    Api.Response rejected = api.as("broendby.planner").put("/api/plans/" + planId + "/content", invalid);

    assertThat(rejected.status()).isEqualTo(400);
    assertThat(rejected.contentType()).startsWith("application/problem+json");
    JsonNode error = rejected.json().path("errors").get(0);
    assertThat(error.path("field").asText()).isEqualTo("focusAreas[0].goals[0].targetValue");
    assertThat(error.path("label").asText() + ": " + error.path("message").asText())
        .isEqualTo("Fokusområde 1, mål 1, Målværdi: skal være et tal mellem 0 og 100 for en andel");
    assertThat(api.as("broendby.planner").get("/api/plans/" + planId + "/versions").json()).isEmpty();
    assertThat(api.as("broendby.planner").postRaw("/api/plans/" + planId + "/content", "{").status()).isGreaterThanOrEqualTo(400);
  }

  @Test
  void everyPlanEndpointChecksTheCaller() {
    String planId = broendby.planId(broendby.start(2092));
    assertThat(api.as("broendby.planner").put("/api/plans/" + planId + "/content", body(2092, 700)).status()).isEqualTo(200);

    for (String path : List.of("/api/plans/" + planId, "/api/plans/" + planId + "/versions",
        "/api/plans/" + planId + "/versions/1", "/api/plans/" + planId + "/versions/1/changes")) {
      assertThat(api.anonymous().get(path).status()).as("anonymous %s", path).isEqualTo(401);
      assertThat(api.as("ishoej.planner").get(path).status()).as("other municipality %s", path).isEqualTo(404);
      assertThat(api.as("broendby.committee").get(path).status()).as("own committee %s", path).isEqualTo(200);
    }
    assertThat(api.anonymous().put("/api/plans/" + planId + "/content", body(2092, 650)).status()).isEqualTo(401);
    assertThat(api.as("ishoej.planner").put("/api/plans/" + planId + "/content", body(2092, 650)).status()).isEqualTo(404);
    assertThat(api.as("broendby.committee").put("/api/plans/" + planId + "/content", body(2092, 650)).status()).isEqualTo(403);
    assertThat(api.as("broendby.planner").get("/api/plans/" + planId + "/versions/9").status()).isEqualTo(404);
    assertThat(api.as("broendby.planner").get("/api/plans/" + planId + "/versions").json()).hasSize(1);
  }

  /** The draft of a plan for the year, with another target. */
  private static Map<String, Object> body(int year, int target) {
    try {
      String draft = (String) ((Map<?, ?>) CycleDriver.draft(year, "Sygedagpenge reduceres fra 741 til 690").get("focusAreas")).get("value");
      List<?> areas = JSON.readValue(draft.replace("\"targetValue\": 690", "\"targetValue\": " + target), List.class);
      return Map.of("focusAreas", areas);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
