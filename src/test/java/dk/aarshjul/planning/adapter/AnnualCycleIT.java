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
import java.util.Map;
import dk.aarshjul.planning.adapter.camunda.AnnualPlanCycle;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The cycle end to end through HTTP, each step by the user whose role it is, on the embedded database. */
@AarshjulIntegrationTest
class AnnualCycleIT {

  @LocalServerPort int port;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired IndicatorStore indicators;
  Api api;

  @BeforeEach
  void setUp() {
    api = Api.at(port);
  }

  @Test
  void aPlanGoesFromDraftToAdoptionAndIntoFollowUp() {
    CycleDriver taarnby = new CycleDriver(api, management, "taarnby");
    String planId = taarnby.runToAdoption(2040);

    taarnby.assertAdopted(planId, 2040);
    // the engine kept what the forms submitted and not what they only showed (FormDisplayHistory): the plan as
    // the planner's editor submitted it, not as the committee's and council's forms showed it
    assertThat(history.createHistoricVariableInstanceQuery().tenantIdIn("taarnby").variableName("focusAreas").list())
        .isNotEmpty().allSatisfy(variable -> assertThat(history.createHistoricTaskInstanceQuery().taskId(variable.getTaskId())
            .singleResult().getTaskDefinitionKey()).isIn("userTask_draftPlan", "userTask_revisePlan"));
    assertThat(history.createHistoricVariableInstanceQuery().tenantIdIn("taarnby")
        .variableNameIn("benchmarkOptions", "nationalGoalOptions", "planDocumentLinks", "planChanges", "consultationSummary").count())
        .isZero();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("planFollowUp")
        .processInstanceBusinessKey(planId).tenantIdIn("taarnby").count()).isEqualTo(1);

    Api.Response requested = api.as("taarnby.planner").post("/api/plans/" + planId + "/status-rounds", Map.of("quarter", "2026Q1"));
    assertThat(requested.status()).as(requested.toString()).isEqualTo(202);
    Jobs.runDue(management);
    JsonNode extra = api.as("taarnby.planner").get("/engine-rest/task?taskDefinitionKey=userTask_reviewReport"
        + "&processInstanceBusinessKey=" + planId).json();
    assertThat(extra).hasSize(1);
    String taskId = extra.get(0).path("id").asText();
    assertThat(api.as("taarnby.planner").get("/engine-rest/task/" + taskId + "/form-variables").json()
        .path("quarterLabel").path("value").asText()).isEqualTo("ekstra status, 1. kvartal 2026");
    assertThat(indicators.find("fuldtidspersoner-sygedagpenge", Area.municipality("185"), ReportingPeriod.of("2026Q1")))
        .as("the round pulled the quarter's figures first").isPresent();
    Api.Response written = api.as("taarnby.planner").post("/engine-rest/task/" + taskId + "/submit-form",
        Map.of("variables", Map.of("statusText", Map.of("value", "Sygedagpenge: 701 fuldtidspersoner, på vej mod målet"))));
    assertThat(written.status()).isEqualTo(204);
    JsonNode rounds = api.as("taarnby.planner").get("/api/plans/" + planId).json().path("statusRounds");
    assertThat(rounds).hasSize(1);
    assertThat(rounds.get(0).path("onDemand").asBoolean()).isTrue();
    assertThat(rounds.get(0).path("writtenBy").asText()).isEqualTo("taarnby.planner");
  }

  @Test
  void anInvalidDraftIsRejectedInDanishAndTheTaskStaysOpen() {
    CycleDriver ishoej = new CycleDriver(api, management, "ishoej");
    String instance = ishoej.start(2041);
    String taskId = ishoej.task("planner", instance, "userTask_draftPlan").path("id").asText();

    Api.Response rejected = ishoej.submit("planner", taskId, Map.of("focusAreas", Map.of("type", "Json", "value",
        "[{\"title\": \"Unge\", \"targetGroups\": [\"youth\"], \"goals\": [{\"kind\": \"baseline-to-target\", \"targetGroup\": \"youth\", \"text\": \"Flere unge i job\","
            + " \"indicatorCode\": \"fuldtidspersoner-i-alt\", \"baselineValue\": 10, \"baselinePeriod\": \"2039\","
            + " \"targetValue\": \"ti\", \"deadline\": \"2041-12-31\"}]}]")));

    assertThat(rejected.status()).isEqualTo(400);
    assertThat(rejected.json().path("message").asText()).contains("Fokusområde 1, mål 1, Målværdi: skal være et tal");
    JsonNode stillOpen = ishoej.task("planner", instance, "userTask_draftPlan");
    assertThat(stillOpen.path("id").asText()).isEqualTo(taskId);
    String planId = ishoej.planId(instance);
    assertThat(api.as("ishoej.planner").get("/api/plans/" + planId).json().path("version").asInt()).isZero();
  }

  @Test
  void aCommitteeThatSentThePlanBackSeesWhatChangedInTheRevision() {
    CycleDriver taarnby = new CycleDriver(api, management, "taarnby");
    String instance = taarnby.start(2043);
    taarnby.complete("planner", instance, "userTask_draftPlan",
        CycleDriver.draft(2043, "Sygedagpenge reduceres fra 741 til 690"));
    taarnby.complete("planner", instance, "userTask_requestConsultation", Map.of(
        "consultationBodies", Map.of("type", "Json", "value", "[\"regional-council\"]"),
        "consultationDeadline", Map.of("value", java.time.LocalDate.now().plusDays(5).toString())));
    taarnby.complete("regional-council", instance, "userTask_consultationResponse", Map.of("responseText", Map.of("value", "Ingen bemærkninger")));
    taarnby.complete("planner", instance, "userTask_revisePlan",
        CycleDriver.draft(2043, "Sygedagpenge reduceres fra 741 til 690"));
    JsonNode first = taarnby.task("committee", instance, "userTask_committeeRecommendation");
    assertThat(formVariable(first, "planChanges")).as("nothing to compare the first time").isEmpty();
    taarnby.submitOk("committee", first.path("id").asText(), Map.of("committeeDecision", Map.of("value", "sendBack"),
        "committeeRemarks", Map.of("value", "Målet skal være mere ambitiøst")));

    String revise = taarnby.task("planner", instance, "userTask_revisePlan").path("id").asText();
    assertThat(api.as("taarnby.planner").get("/engine-rest/task/" + revise + "/form-variables").json()
        .path("lastRemarks").path("value").asText()).contains("Målet skal være mere ambitiøst");
    taarnby.submitOk("planner", revise, CycleDriver.draft(2043, "Sygedagpenge reduceres fra 741 til 690")
        .entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> Map.of("type", "Json",
            "value", ((String) ((Map<?, ?>) e.getValue()).get("value")).replace("\"targetValue\": 690", "\"targetValue\": 650")))));

    JsonNode second = taarnby.task("committee", instance, "userTask_committeeRecommendation");
    JsonNode changes = formVariable(second, "planChanges");
    assertThat(changes).hasSize(1);
    assertThat(changes.get(0).path("what").asText()).isEqualTo("målværdi 690 → 650");
    assertThat(formVariable(second, "committeeRemarks").isMissingNode() || formVariable(second, "committeeRemarks").isNull())
        .as("the earlier remarks are not in the new decision's form").isTrue();
  }

  private JsonNode formVariable(JsonNode task, String name) {
    JsonNode variable = api.as("taarnby.committee").get("/engine-rest/task/" + task.path("id").asText() + "/form-variables?deserializeValues=false").json()
        .path(name);
    JsonNode value = variable.path("value");
    if (value.isTextual() && variable.path("type").asText().equals("Json")) {
      try {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(value.asText());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return value;
  }

  @Test
  void aBaselineTheDraftLeftOpenIsFilledWithTheOfficialFigure() {
    // Brøndby adopts no 2025 plan in any test: after an adopted plan, the draft's first version would be its copy
    CycleDriver broendby = new CycleDriver(api, management, "broendby");
    String instance = broendby.start(2026);
    String planId = broendby.planId(instance);
    String draft = ((String) ((Map<?, ?>) CycleDriver.draft(2026, "Færre på sygedagpenge").get("focusAreas")).get("value"))
        .replace("\"baselineValue\": 741, \"baselinePeriod\": \"2024\"", "\"baselinePeriod\": \"2025Q2\"");
    assertThat(draft).doesNotContain("baselineValue");
    broendby.complete("planner", instance, "userTask_draftPlan",
        Map.of("focusAreas", Map.of("type", "Json", "value", draft)));

    JsonNode plan = api.as("broendby.planner").get("/api/plans/" + planId).json();
    assertThat(plan.path("version").asInt()).isEqualTo(2);
    JsonNode goal = plan.path("focusAreas").get(0).path("goals").get(0);
    assertThat(goal.path("baselinePeriod").asText()).isEqualTo("2025Q2");
    assertThat(goal.path("baselineValue").decimalValue()).isEqualByComparingTo(
        indicators.find("fuldtidspersoner-sygedagpenge", Area.municipality("153"), ReportingPeriod.of("2025Q2")).orElseThrow().value().value());
    assertThat(api.as("broendby.planner").get("/api/plans/" + planId + "/versions").json().get(1).path("createdBy").asText())
        .startsWith("årshjul");
    assertThat(api.as("broendby.planner").get("/api/plans/" + planId + "/versions/2/changes").json().get(0).path("what").asText())
        .startsWith("udgangspunkt (ingen) → ");
  }

  @Test
  void aYearsBaselineIsTheAverageOfItsQuartersAndAFigureThatTurnsTheGoalAroundIsShownToThePlannerBeforeConsultation() throws Exception {
    CycleDriver broendby = new CycleDriver(api, management, "broendby");
    String instance = broendby.start(2093);
    String planId = broendby.planId(instance);
    String draft = ((String) ((Map<?, ?>) CycleDriver.draft(2093,
        "Antallet af fuldtidspersoner på sygedagpenge reduceres fra 700 i 2025 til 650 i 2093").get("focusAreas")).get("value"))
        .replace("\"baselineValue\": 741, \"baselinePeriod\": \"2091\", \"targetValue\": 690",
            "\"baselinePeriod\": \"2025\", \"targetValue\": 650");
    assertThat(draft).doesNotContain("baselineValue");
    broendby.complete("planner", instance, "userTask_draftPlan", Map.of("focusAreas", Map.of("type", "Json", "value", draft)));

    java.math.BigDecimal quarters = java.math.BigDecimal.ZERO;
    for (int q = 1; q <= 4; q++) {
      quarters = quarters.add(indicators.find("fuldtidspersoner-sygedagpenge", Area.municipality("153"), ReportingPeriod.quarter(2025, q))
          .orElseThrow().value().value());
    }
    java.math.BigDecimal average = quarters.divide(java.math.BigDecimal.valueOf(4), 0, java.math.RoundingMode.HALF_UP);
    assertThat(average).as("the bundled figures put Brøndby's 2025 below the goal's target").isLessThan(new java.math.BigDecimal("650"));
    JsonNode goal = api.as("broendby.planner").get("/api/plans/" + planId).json().path("focusAreas").get(0).path("goals").get(0);
    assertThat(goal.path("baselinePeriod").asText()).isEqualTo("2025");
    assertThat(goal.path("baselineValue").decimalValue()).isEqualByComparingTo(average);

    String taskId = broendby.task("planner", instance, "userTask_requestConsultation").path("id").asText();
    JsonNode warnings = api.as("broendby.planner").get("/engine-rest/task/" + taskId + "/form-variables?deserializeValues=false")
        .json().path("baselineWarnings");
    assertThat(warnings.path("type").asText()).isEqualTo("Json");
    JsonNode shown = new com.fasterxml.jackson.databind.ObjectMapper().readTree(warnings.path("value").asText());
    assertThat(shown).hasSize(2);
    assertThat(shown.get(0).path("where").asText()).isEqualTo("Fokusområde 1, mål 1");
    assertThat(shown.get(0).path("text").asText()).isEqualTo("Målet skal falde til 650 fuldtidspersoner, men udgangspunktet"
        + " fra tallene er " + average + " fuldtidspersoner (2025), så målet vender: målværdien ligger over udgangspunktet."
        + " Ret målværdien, udgangspunktet eller målsætningen.");
    assertThat(shown.get(1).path("text").asText()).startsWith("Målsætningen går ud fra 700, men tallet fra kilden er " + average);
  }

  @Test
  void aMunicipalityCannotStartTwoPlansForTheSameYear() {
    CycleDriver vallensbaek = new CycleDriver(api, management, "vallensbaek");
    vallensbaek.start(2042);
    Api.Response again = api.as("vallensbaek.planner").post("/engine-rest/process-definition/key/annualPlanCycle/submit-form",
        Map.of("variables", Map.of("firstYear", Map.of("value", 2042))));
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.json().path("message").asText()).contains("der findes allerede en plan, der begynder i 2042");
  }

  /**
   * Both starts pass the start form, since the first one's plan is registered only when its job runs: the
   * second ends as a business outcome (a BPMN error) in the job's real Spring transaction, which must commit.
   */
  @Test
  void aSecondStartThatPassedTheFormEndsWithoutAPlanAndWithoutAnIncident() {
    Map<String, Object> start = Map.of("variables", Map.of("firstYear", Map.of("value", 2046)));
    Api.Response first = api.as("taarnby.planner").post("/engine-rest/process-definition/key/annualPlanCycle/submit-form", start);
    Api.Response second = api.as("taarnby.planner").post("/engine-rest/process-definition/key/annualPlanCycle/submit-form", start);
    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    assertThat(second.status()).as(second.toString()).isEqualTo(200);

    Jobs.runDue(management);

    List<String> instances = List.of(first.json().path("id").asText(), second.json().path("id").asText());
    assertThat(instances).allSatisfy(id -> assertThat(history.createHistoricIncidentQuery().processInstanceId(id).count())
        .as("no incident, ever, in %s", id).isZero());
    var ended = history.createHistoricProcessInstanceQuery().processInstanceIds(new java.util.HashSet<>(instances))
        .finished().singleResult();
    assertThat(ended).as("one of the two ended").isNotNull();
    assertThat(ended.getEndActivityId()).isEqualTo(AnnualPlanCycle.END_PLAN_EXISTS);
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(ended.getId())
        .activityId(AnnualPlanCycle.PLAN_EXISTS).finished().count()).isEqualTo(1);
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(ended.getId())
        .variableName(AnnualPlanCycle.Var.START_REFUSAL).singleResult().getValue())
        .isEqualTo("Der findes allerede en plan, der begynder i 2046");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(ended.getId())
        .variableName(AnnualPlanCycle.Var.PLAN_ID).count()).as("the refused start has no plan").isZero();
    JsonNode plans = api.as("taarnby.planner").get("/api/plans").json();
    assertThat(plans.findValues("firstYear").stream().filter(year -> year.asInt() == 2046).count())
        .as("one plan for 2046: nothing of the refused start was written").isEqualTo(1);
  }
}
