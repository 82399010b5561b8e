package dk.aarshjul.planning.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.aarshjul.indicators.application.IndicatorStore;
import dk.aarshjul.shared.Area;
import dk.aarshjul.shared.ReportingPeriod;
import dk.aarshjul.testing.AarshjulIntegrationTest;
import dk.aarshjul.testing.Api;
import dk.aarshjul.testing.CycleDriver;
import dk.aarshjul.testing.Jobs;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Ishøj and Vallensbæk plan together (the demo's cooperation "ishoej-vallensbaek"): staff of both work on
 * the plan, both councils must adopt it, and Brøndby sees nothing of it.
 */
@AarshjulIntegrationTest
class JointPlanIT {

  static final String JOINT = "ishoej-vallensbaek";

  @LocalServerPort int port;
  @Autowired ManagementService management;
  @Autowired IndicatorStore indicators;

  @Test
  void bothCouncilsMustAdoptAndAThirdMunicipalitySeesNothing() {
    Api api = Api.at(port);
    Api.Response started = api.as("ishoej.planner").post("/api/plans",
        Map.of("tenantId", JOINT, "firstYear", 2096, "title", "Fælles beskæftigelsesplan 2096"));
    assertThat(started.status()).as(started.toString()).isEqualTo(201);
    assertThat(started.location()).isEqualTo("/api/plans/" + started.json().path("id").asText());
    String instance = started.json().path("processInstanceId").asText();
    Jobs.runDue(management);
    CycleDriver ishoej = new CycleDriver(api, management, "ishoej");
    CycleDriver vallensbaek = new CycleDriver(api, management, "vallensbaek");
    String planId = vallensbaek.planId(instance);
    assertThat(started.json().path("id").asText()).as("the id answered is the cycle's plan").isEqualTo(planId);

    JsonNode plan = api.as("vallensbaek.planner").get("/api/plans/" + planId).json();
    assertThat(plan.path("municipality").asText()).isEqualTo(JOINT);
    assertThat(plan.path("title").asText()).isEqualTo("Fælles beskæftigelsesplan 2096");
    vallensbaek.complete("planner", instance, "userTask_draftPlan",
        CycleDriver.draft(2096, "Færre sygemeldte i begge kommuner"));
    ishoej.complete("planner", instance, "userTask_requestConsultation", Map.of(
        "consultationBodies", Map.of("type", "Json", "value", "[\"ishoej:disability-council\", \"vallensbaek:social-partners\"]"),
        "consultationDeadline", Map.of("value", LocalDate.now().plusDays(20).toString())));
    ishoej.complete("disability-council", instance, "userTask_consultationResponse", Map.of("responseText", Map.of("value", "Ingen bemærkninger")));
    vallensbaek.complete("social-partners", instance, "userTask_consultationResponse", Map.of("responseText", Map.of("value", "Husk de små virksomheder")));
    ishoej.complete("planner", instance, "userTask_revisePlan", draftWithOpenBaseline());
    JsonNode goal = api.as("ishoej.planner").get("/api/plans/" + planId).json().path("focusAreas").get(0).path("goals").get(0);
    assertThat(goal.path("baselineValue").decimalValue())
        .as("a baseline the revision left open is filled with both municipalities' persons together")
        .isEqualByComparingTo(figure("183").add(figure("187")));
    ishoej.complete("committee", instance, "userTask_committeeRecommendation",
        Map.of("committeeDecision", Map.of("value", "approve")));
    vallensbaek.complete("committee", instance, "userTask_committeeRecommendation",
        Map.of("committeeDecision", Map.of("value", "approve")));

    ishoej.complete("secretariat", instance, "userTask_councilAdoption",
        Map.of("councilDecision", Map.of("value", "approve")));
    assertThat(api.as("ishoej.planner").get("/api/plans/" + planId).json().path("status").asText())
        .as("one council is not enough").isEqualTo("AWAITING_COUNCIL");
    assertNothingVisibleTo(api.as("broendby.planner"), planId, instance);

    vallensbaek.complete("secretariat", instance, "userTask_councilAdoption",
        Map.of("councilDecision", Map.of("value", "approve")));
    JsonNode adopted = api.as("ishoej.planner").get("/api/plans/" + planId).json();
    assertThat(adopted.path("status").asText()).isEqualTo("ADOPTED");
    assertThat(adopted.path("decisions")).extracting(d -> d.path("body").asText() + "/" + d.path("municipality").asText())
        .containsExactly("COMMITTEE/ishoej", "COMMITTEE/vallensbaek", "COUNCIL/ishoej", "COUNCIL/vallensbaek");
    assertThat(adopted.path("consultations")).extracting(c -> c.path("bodyName").asText())
        .containsExactlyInAnyOrder("Handicaprådet, Ishøj", "De lokale arbejdsmarkedsparter, Vallensbæk");
    assertNothingVisibleTo(api.as("broendby.planner"), planId, instance);

    for (String planner : List.of("vallensbaek.planner", "ishoej.planner")) {
      Api.Response round = api.as(planner).post("/api/plans/" + planId + "/status-rounds", Map.of("quarter", "2096Q1"));
      assertThat(round.status()).as("%s asks for the joint plan's round: %s", planner, round).isEqualTo(202);
    }
    assertThat(api.as("broendby.planner").post("/api/plans/" + planId + "/status-rounds", Map.of("quarter", "2096Q1")).status())
        .isEqualTo(404);
  }

  @Test
  void theCooperationsPlannersEditTheJointPlanAndAskForItsStatusRounds() {
    Api api = Api.at(port);
    Api.Response started = api.as("vallensbaek.planner").post("/api/plans", Map.of("tenantId", JOINT, "firstYear", 2098));
    assertThat(started.status()).as(started.toString()).isEqualTo(201);
    assertThat(started.location()).isEqualTo("/api/plans/" + started.json().path("id").asText());
    String instance = started.json().path("processInstanceId").asText();
    Jobs.runDue(management);
    String planId = new CycleDriver(api, management, "ishoej").planId(instance);
    assertThat(started.json().path("id").asText()).as("the id answered is the cycle's plan").isEqualTo(planId);
    Map<String, Object> content = Map.of("focusAreas", List.of(Map.of("title", "Sygedagpenge", "targetGroups", List.of("sickness-benefit"),
        "goals", List.of(Map.of("kind", "absolute-level", "text", "Højst 700 på sygedagpenge", "indicatorCode", "fuldtidspersoner-sygedagpenge",
            "targetGroup", "sickness-benefit", "targetValue", 700, "bound", "at-most", "deadline", "2098-12-31")))));

    for (String planner : List.of("ishoej.planner", "vallensbaek.planner")) {
      Api.Response saved = api.as(planner).put("/api/plans/" + planId + "/content", content);
      assertThat(saved.status()).as("%s: %s", planner, saved).isEqualTo(200);
    }
    assertThat(api.as("ishoej.planner").get("/api/plans/" + planId).json().path("version").asInt())
        .as("each planner's save is a version").isEqualTo(2);
    assertThat(api.as("ishoej.committee").put("/api/plans/" + planId + "/content", content).status()).isEqualTo(403);
    assertThat(api.as("broendby.planner").put("/api/plans/" + planId + "/content", content).status()).isEqualTo(404);
    assertThat(api.as("ishoej.planner").get("/api/plans/" + planId).json().path("version").asInt())
        .as("the refused saves changed nothing").isEqualTo(2);

    for (String planner : List.of("ishoej.planner", "vallensbaek.planner")) {
      Api.Response round = api.as(planner).post("/api/plans/" + planId + "/status-rounds", Map.of("quarter", "2098Q1"));
      assertThat(round.status()).as("%s may ask (the plan is not adopted yet): %s", planner, round).isEqualTo(409);
    }
    assertThat(api.as("vallensbaek.committee").post("/api/plans/" + planId + "/status-rounds", Map.of("quarter", "2098Q1")).status())
        .isEqualTo(403);
    assertThat(api.as("broendby.planner").post("/api/plans/" + planId + "/status-rounds", Map.of("quarter", "2098Q1")).status())
        .isEqualTo(404);
  }

  @Test
  void onlyTheCooperationsPlannersStartAJointPlan() {
    Api api = Api.at(port);
    Map<String, Object> start = Map.of("tenantId", JOINT, "firstYear", 2097);
    assertThat(api.as("broendby.planner").post("/api/plans", start).status()).isEqualTo(400);
    assertThat(api.as("ishoej.committee").post("/api/plans", start).status()).isEqualTo(403);
    assertThat(api.anonymous().post("/api/plans", start).status()).isEqualTo(401);
    Api.Response badYears = api.as("ishoej.planner").post("/api/plans", Map.of("tenantId", JOINT, "firstYear", 2097, "lastYear", 2090));
    assertThat(badYears.status()).isEqualTo(400);
  }

  private static Map<String, Object> draftWithOpenBaseline() {
    String draft = ((String) ((Map<?, ?>) CycleDriver.draft(2096, "Færre sygemeldte i begge kommuner").get("focusAreas")).get("value"))
        .replace("\"baselineValue\": 741, \"baselinePeriod\": \"2094\"", "\"baselinePeriod\": \"2025Q2\"");
    assertThat(draft).doesNotContain("baselineValue");
    return Map.of("focusAreas", Map.of("type", "Json", "value", draft));
  }

  private BigDecimal figure(String dstCode) {
    return indicators.find("fuldtidspersoner-sygedagpenge", Area.municipality(dstCode), ReportingPeriod.of("2025Q2")).orElseThrow().value().value();
  }

  private static void assertNothingVisibleTo(Api outsider, String planId, String instance) {
    assertThat(outsider.get("/api/plans").json()).extracting(p -> p.path("id").asText()).doesNotContain(planId);
    for (String path : List.of("/api/plans/" + planId, "/api/plans/" + planId + "/versions",
        "/api/plans/" + planId + "/versions/1", "/api/plans/" + planId + "/versions/1/changes")) {
      assertThat(outsider.get(path).status()).as(path).isEqualTo(404);
    }
    for (String path : List.of("/engine-rest/task?processInstanceId=" + instance,
        "/engine-rest/history/process-instance?processInstanceId=" + instance,
        "/engine-rest/history/task?processInstanceId=" + instance)) {
      assertThat(outsider.get(path).json()).as(path).isEmpty();
    }
  }
}
