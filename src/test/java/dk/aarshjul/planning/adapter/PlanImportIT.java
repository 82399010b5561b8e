package dk.aarshjul.planning.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.aarshjul.followup.adapter.camunda.PlanFollowUp;
import dk.aarshjul.followup.adapter.camunda.StatusRound;
import dk.aarshjul.shared.Quarter;
import dk.aarshjul.testing.AarshjulIntegrationTest;
import dk.aarshjul.testing.Api;
import dk.aarshjul.testing.CycleDriver;
import dk.aarshjul.testing.Documents;
import dk.aarshjul.testing.ExamplePlanFiles;
import dk.aarshjul.testing.Jobs;
import dk.aarshjul.testing.PlanFixtures;
import dk.aarshjul.testing.StatusRoundDriver;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A plan adopted outside the platform, brought by its planner through the API with the decisions that
 * adopted it: stored as sent, followed up from its import on, earlier quarters on request, and only by its
 * own municipality.
 */
@AarshjulIntegrationTest
class PlanImportIT {

  @LocalServerPort int port;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  Api api;
  StatusRoundDriver rounds;

  @BeforeEach
  void setUp() {
    api = Api.at(port);
    rounds = new StatusRoundDriver(api, management);
  }

  @Test
  void anImportedPlanIsReadBackAsSentAndItsFollowUpSchedulesTheQuartersAhead() {
    Map<String, Object> plan = PlanFixtures.anImportedPlan("broendby", 2089, 2089, List.of(
        PlanFixtures.anImportDecision("COMMITTEE", null, "2025-11-20T17:00:00+01:00", "Indstillet uden bemærkninger"),
        PlanFixtures.anImportDecision("COUNCIL", null, "2025-12-12T19:00:00+01:00", "Vedtaget på mødet")));

    Api.Response imported = api.as("broendby.planner").post("/api/plans/imports", plan);

    assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
    String planId = imported.json().path("id").asText();
    assertThat(imported.location()).endsWith("/api/plans/" + planId);
    JsonNode stored = api.as("broendby.planner").get("/api/plans/" + planId).json();
    assertThat(stored.path("status").asText()).isEqualTo("ADOPTED");
    assertThat(stored.path("title").asText()).isEqualTo("Beskæftigelsesplan 2089, vedtaget uden for Årshjul");
    assertThat(stored.path("version").asInt()).isEqualTo(1);
    assertThat(OffsetDateTime.parse(stored.path("adoptedAt").asText())).isEqualTo(OffsetDateTime.parse("2025-12-12T19:00:00+01:00"));
    assertThat(stored.path("createdBy").asText()).isEqualTo("broendby.planner");
    JsonNode goal = stored.path("focusAreas").get(0).path("goals").get(0);
    assertThat(goal.path("text").asText()).isEqualTo("Sygedagpenge reduceres fra 741 til 690");
    assertThat(goal.path("targetValue").asInt()).isEqualTo(690);
    assertThat(goal.path("baselinePeriod").asText()).isEqualTo("2087");
    List<String> decisions = new ArrayList<>();
    stored.path("decisions").forEach(d -> decisions.add(d.path("body").asText() + "/" + d.path("outcome").asText() + "/"
        + d.path("municipality").asText() + "/" + d.path("recordedBy").asText() + "/" + d.path("remarks").asText()));
    assertThat(decisions).containsExactly("COMMITTEE/RECOMMENDED/broendby/broendby.planner/Indstillet uden bemærkninger",
        "COUNCIL/ADOPTED/broendby/broendby.planner/Vedtaget på mødet");
    assertThat(imported.json().path("decisions")).isEqualTo(stored.path("decisions"));

    Jobs.runDue(management);
    var followUp = runtime.createProcessInstanceQuery().processDefinitionKey(PlanFollowUp.PROCESS_KEY)
        .processInstanceBusinessKey(planId).tenantIdIn("broendby").singleResult();
    assertThat(followUp).as("the imported plan is followed up like an adopted one").isNotNull();
    assertThat(scheduledQuarters(followUp.getId())).containsExactly("2089Q1", "2089Q2", "2089Q3", "2089Q4");
  }

  @Test
  void aPlanImportedInItsPeriodSchedulesTheQuartersAheadAndRunsAPastQuarterOnRequest() {
    Map<String, Object> plan = PlanFixtures.anImportedPlan("vordingborg", 2025, 2027,
        List.of(PlanFixtures.anImportDecision("COUNCIL", "vordingborg", "2024-12-10T19:00:00+01:00", null)));
    Api.Response imported = api.as("vordingborg.planner").post("/api/plans/imports", plan);
    assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
    String planId = imported.json().path("id").asText();
    Jobs.runDue(management);

    var followUp = runtime.createProcessInstanceQuery().processDefinitionKey(PlanFollowUp.PROCESS_KEY)
        .processInstanceBusinessKey(planId).singleResult();
    Quarter now = Quarter.containing(LocalDate.now());
    List<String> ahead = new ArrayList<>();
    for (Quarter q = new Quarter(2027, 4); q.compareTo(now) >= 0; q = q.previous()) {
      ahead.add(0, q.toString());
    }
    assertThat(scheduledQuarters(followUp.getId())).as("past quarters only on request").isEqualTo(ahead);

    Api.Response requested = api.as("vordingborg.planner").post("/api/plans/" + planId + "/status-rounds", Map.of("quarter", "2025Q2"));
    assertThat(requested.status()).as(requested.toString()).isEqualTo(202);
    Jobs.runDue(management);
    JsonNode review = rounds.reviewTask("vordingborg.planner", planId);
    assertThat(formVariables("vordingborg.planner", review).path(StatusRound.Var.QUARTER_LABEL).path("value").asText())
        .isEqualTo("ekstra status, 2. kvartal 2025");
  }

  @Test
  void anotherMunicipalitysPlannerNeitherImportsForItNorTouchesItsPlan() {
    Map<String, Object> plan = PlanFixtures.anImportedPlan("vordingborg", 2088, 2088,
        List.of(PlanFixtures.anImportDecision("COUNCIL", null, "2025-12-10T19:00:00+01:00", null)));
    Api.Response foreign = api.as("taarnby.planner").post("/api/plans/imports", plan);
    assertThat(foreign.status()).isEqualTo(400);
    assertThat(foreign.json().path("errors").get(0).path("field").asText()).isEqualTo("municipality");
    assertThat(api.as("vordingborg.committee").post("/api/plans/imports", plan).status()).as("planners only").isEqualTo(403);
    assertThat(plansOf("vordingborg.planner", 2088)).as("nothing imported").isEmpty();

    Api.Response imported = api.as("vordingborg.planner").post("/api/plans/imports", plan);
    assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
    String planId = imported.json().path("id").asText();
    JsonNode before = api.as("vordingborg.planner").get("/api/plans/" + planId).json();

    assertThat(api.as("taarnby.planner").get("/api/plans/" + planId).status()).isEqualTo(404);
    assertThat(api.as("taarnby.planner").post("/api/plans/" + planId + "/status-rounds", Map.of("quarter", "2088Q1")).status())
        .isEqualTo(404);
    Api.Response again = api.as("vordingborg.planner").post("/api/plans/imports", plan);
    assertThat(again.status()).as("a period has one plan").isEqualTo(400);
    assertThat(again.json().path("errors").get(0).path("field").asText()).isEqualTo("firstYear");
    Jobs.runDue(management);
    assertThat(api.as("vordingborg.planner").get("/api/plans/" + planId).json()).isEqualTo(before);
    assertThat(before.path("statusRounds")).isEmpty();
    assertThat(plansOf("vordingborg.planner", 2088)).hasSize(1);
  }

  @Test
  void badInputIsADanishProblemNamingTheFieldAndNothingIsStored() {
    long followUps = runtime.createProcessInstanceQuery().processDefinitionKey(PlanFollowUp.PROCESS_KEY).count();
    Map<String, Object> badGoal = PlanFixtures.anImportedPlan("ishoej", 2047, 2047, List.of(PlanFixtures.anImportDecision("COUNCIL", null, "2025-12-10T19:00:00+01:00", null)));
    goal(badGoal).put("targetValue", "seks hundrede");
    Api.Response rejected = api.as("ishoej.planner").post("/api/plans/imports", badGoal);
    assertThat(rejected.status()).isEqualTo(400);
    assertThat(rejected.contentType()).startsWith("application/problem+json");
    assertThat(fields(rejected)).containsEntry("focusAreas[0].goals[0].targetValue", "Fokusområde 1, mål 1, Målværdi");

    Map<String, Object> noAdoption = PlanFixtures.anImportedPlan("ishoej", 2047, 2047,
        List.of(PlanFixtures.anImportDecision("COMMITTEE", null, "2025-11-10T19:00:00+01:00", null)));
    Api.Response unadopted = api.as("ishoej.planner").post("/api/plans/imports", noAdoption);
    assertThat(unadopted.status()).isEqualTo(400);
    assertThat(unadopted.json().path("errors").get(0).path("message").asText())
        .contains("kommunalbestyrelsens vedtagelse i ishoej mangler");

    Map<String, Object> badDate = PlanFixtures.anImportedPlan("ishoej", 2047, 2047, List.of(PlanFixtures.anImportDecision("COUNCIL", null, "12-12-2025", null)));
    Api.Response wrongDate = api.as("ishoej.planner").post("/api/plans/imports", badDate);
    assertThat(wrongDate.status()).isEqualTo(400);
    assertThat(fields(wrongDate)).containsKey("decisions[0].decidedAt");

    Map<String, Object> jointWithoutMunicipality = PlanFixtures.anImportedPlan("ishoej-vallensbaek", 2047, 2047,
        List.of(PlanFixtures.anImportDecision("COUNCIL", null, "2025-12-10T19:00:00+01:00", null),
            PlanFixtures.anImportDecision("COUNCIL", "broendby", "2025-12-10T19:00:00+01:00", null)));
    Api.Response joint = api.as("ishoej.planner").post("/api/plans/imports", jointWithoutMunicipality);
    assertThat(joint.status()).isEqualTo(400);
    assertThat(fields(joint)).containsKeys("decisions[0].municipality", "decisions[1].municipality");

    Map<String, Object> future = PlanFixtures.anImportedPlan("ishoej", 2047, 2047, List.of(PlanFixtures.anImportDecision("COUNCIL", null, "2046-12-10T19:00:00+01:00", null)));
    assertThat(fields(api.as("ishoej.planner").post("/api/plans/imports", future))).containsKey("decisions[0].decidedAt");

    assertThat(plansOf("ishoej.planner", 2047)).as("nothing half-imported").isEmpty();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PlanFollowUp.PROCESS_KEY).count())
        .as("no follow-up started").isEqualTo(followUps);
  }

  @Test
  void taarnbysSeedPlanReportsOnAPastQuarterOnRequest() throws Exception {
    String planId = ExamplePlanFiles.adoptedPlanId(api, "taarnby.planner", 2019);

    Api.Response requested = api.as("taarnby.planner").post("/api/plans/" + planId + "/status-rounds", Map.of("quarter", "2021Q4"));

    assertThat(requested.status()).as(requested.toString()).isEqualTo(202);
    Jobs.runDue(management);
    rounds.finish(planId, "taarnby.planner", List.of("taarnby.committee"), "1.1", "Brobygningsforløbene er udvidet.");
    assertReports("taarnby.planner", planId, "4. kvartal 2021", "Brobygningsforløbene er udvidet.");
  }

  @Test
  void theJointSeedPlanReportsOnAPastQuarterOnRequestToBothCommittees() throws Exception {
    String planId = ExamplePlanFiles.adoptedPlanId(api, "vallensbaek.planner", 2020);

    Api.Response requested = api.as("ishoej.planner").post("/api/plans/" + planId + "/status-rounds", Map.of("quarter", "2020Q4"));

    assertThat(requested.status()).as(requested.toString()).isEqualTo(202);
    Jobs.runDue(management);
    rounds.finish(planId, "vallensbaek.planner", List.of("ishoej.committee", "vallensbaek.committee"), "3.1",
        "Forskellen til landet er mindsket.");
    assertReports("ishoej.planner", planId, "4. kvartal 2020", "Forskellen til landet er mindsket.");
    assertThat(api.as("broendby.planner").post("/api/plans/" + planId + "/status-rounds", Map.of("quarter", "2020Q3")).status())
        .isEqualTo(404);
    JsonNode rounds = api.as("ishoej.planner").get("/api/plans/" + planId).json().path("statusRounds");
    assertThat(rounds).extracting(r -> r.path("quarter").asText()).containsExactly("2020Q4");
  }

  private void assertReports(String user, String planId, String quarterLabel, String comment) throws Exception {
    JsonNode documents = api.as(user).get("/api/plans/" + planId + "/documents").json();
    List<String> ofTheQuarter = new ArrayList<>();
    documents.forEach(d -> {
      if (d.path("title").asText().endsWith(quarterLabel)) {
        ofTheQuarter.add(d.path("label").asText() + "/" + d.path("format").asText());
      }
    });
    assertThat(ofTheQuarter).containsExactlyInAnyOrder("UDKAST/HTML", "ENDELIG/PDF", "ENDELIG/DOCX", "ENDELIG/HTML");
    for (JsonNode document : documents) {
      if (document.path("title").asText().endsWith(quarterLabel) && document.path("format").asText().equals("PDF")) {
        Api.Download pdf = api.as(user).getBytes(document.path("href").asText());
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(Documents.pdfText(pdf.bytes()).replaceAll("\\s+", " ")).contains(quarterLabel, "Endelig version", comment);
      }
    }
  }

  private List<String> scheduledQuarters(String followUpId) {
    List<String> quarters = new ArrayList<>();
    runtime.createExecutionQuery().processInstanceId(followUpId).activityId(PlanFollowUp.QUARTER_END).list()
        .forEach(e -> quarters.add((String) runtime.getVariable(e.getId(), PlanFollowUp.Var.QUARTER)));
    return quarters.stream().sorted().toList();
  }

  private JsonNode formVariables(String user, JsonNode task) {
    return api.as(user).get("/engine-rest/task/" + task.path("id").asText() + "/form-variables").json();
  }

  private List<JsonNode> plansOf(String user, int firstYear) {
    return CycleDriver.plansOf(api, user, firstYear);
  }

  private static Map<String, String> fields(Api.Response problem) {
    Map<String, String> fields = new HashMap<>();
    problem.json().path("errors").forEach(e -> fields.put(e.path("field").asText(), e.path("label").asText()));
    return fields;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> goal(Map<String, Object> plan) {
    var area = ((List<Map<String, Object>>) plan.get("focusAreas")).get(0);
    return ((List<Map<String, Object>>) area.get("goals")).get(0);
  }

}
