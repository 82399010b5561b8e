package dk.aarshjul.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;

/**
 * Drives the annual cycle over HTTP the way the people do: each step as the user whose role it is,
 * through the same REST endpoints Tasklist uses to submit Camunda Forms.
 */
public final class CycleDriver {

  private final Api api;
  private final ManagementService management;
  private final String tenant;

  public CycleDriver(Api api, ManagementService management, String tenant) {
    this.api = api;
    this.management = management;
    this.tenant = tenant;
  }

  public String user(String role) {
    return tenant + "." + role;
  }

  /** Starts a cycle as the municipality's planner, as Tasklist's start form does; returns the instance id. */
  public String start(int firstYear) {
    Api.Response started = api.as(user("planner")).post("/engine-rest/process-definition/key/annualPlanCycle/submit-form",
        Map.of("variables", Map.of("firstYear", Map.of("value", firstYear))));
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    assertThat(started.json().path("tenantId").asText()).isEqualTo(tenant);
    Jobs.runDue(management);
    return continuedIn(started.json().path("id").asText());
  }

  /**
   * The instance the cycle runs in: Tasklist starts the latest version, which hands a plan of an earlier
   * version's years on to that version (the operator reads where it went).
   */
  private String continuedIn(String started) {
    JsonNode continued = api.as("operator").get("/engine-rest/history/variable-instance?processInstanceId=" + started
        + "&variableName=continuedIn").json();
    return continued.isEmpty() ? started : continued.get(0).path("value").asText();
  }

  public JsonNode task(String role, String processInstanceId, String taskKey) {
    JsonNode tasks = api.as(user(role)).get("/engine-rest/task?processInstanceId=" + processInstanceId
        + "&taskDefinitionKey=" + taskKey).json();
    assertThat(tasks).as("%s sees task %s", user(role), taskKey).hasSize(1);
    return tasks.get(0);
  }

  /**
   * The id of the one task of this key the role sees in the instance, once the engine has got there (due
   * jobs run meanwhile): what a person waits for after completing the step before.
   */
  public String awaitTask(String role, String processInstanceId, String taskKey) {
    return org.awaitility.Awaitility.await(user(role) + " gets " + taskKey).atMost(java.time.Duration.ofSeconds(30))
        .pollInterval(java.time.Duration.ofMillis(300)).until(() -> {
          Jobs.runDue(management);
          JsonNode tasks = api.as(user(role)).get("/engine-rest/task?processInstanceId=" + processInstanceId
              + "&taskDefinitionKey=" + taskKey).json();
          return tasks.size() == 1 ? tasks.get(0).path("id").asText() : null;
        }, java.util.Objects::nonNull);
  }

  public Api.Response submit(String role, String taskId, Map<String, Object> variables) {
    return api.as(user(role)).post("/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", variables));
  }

  public void submitOk(String role, String taskId, Map<String, Object> variables) {
    Api.Response response = submit(role, taskId, variables);
    assertThat(response.status()).as(response.toString()).isEqualTo(204);
    Jobs.runDue(management);
  }

  /** Completes the one task of the given key the role sees in the instance, with the form's variables. */
  public void complete(String role, String processInstanceId, String taskKey, Map<String, Object> variables) {
    submitOk(role, task(role, processInstanceId, taskKey).path("id").asText(), variables);
  }

  /** The instance's plan: its business key, as the planner reads it (instance variables are the operator's). */
  public String planId(String processInstanceId) {
    Api.Response instance = api.as(user("planner")).get("/engine-rest/history/process-instance/" + processInstanceId);
    assertThat(instance.status()).as(instance.toString()).isEqualTo(200);
    String planId = instance.json().path("businessKey").asText(null);
    assertThat(planId).as("the cycle names its plan").isNotBlank();
    return planId;
  }

  /** The draft as the form's dynamic list sends it: a Json variable. */
  public static Map<String, Object> draft(int year, String goalText) {
    String focusAreas = """
        [{"title": "Sygedagpenge", "description": "Flere sygemeldte skal fastholdes i job",
          "targetGroups": ["sickness-benefit"], "pejlemaerker": "Tidlig indsats\\nDelvise raskmeldinger",
          "goals": [{"kind": "baseline-to-target", "targetGroup": "sickness-benefit",
                     "text": "%s", "indicatorCode": "fuldtidspersoner-sygedagpenge",
                     "baselineValue": 741, "baselinePeriod": "%d", "targetValue": 690, "deadline": "%d-12-31"}]}]
        """.formatted(goalText, year - 2, year);
    return Map.of("focusAreas", Map.of("type", "Json", "value", focusAreas));
  }

  /** Walks a fresh cycle from draft to adoption; returns the plan id. */
  public String runToAdoption(int year) {
    String instance = start(year);
    String planId = planId(instance);
    driveToAdoption(instance, year);
    return planId;
  }

  /** Walks a running cycle of a plan beginning in {@code year} from its draft to adoption. */
  public void driveToAdoption(String instance, int year) {
    complete("planner", instance, "userTask_draftPlan",
        draft(year, "Sygedagpenge reduceres fra 741 til 690"));
    complete("planner", instance, "userTask_requestConsultation", Map.of(
        "consultationBodies", Map.of("type", "Json", "value", "[\"disability-council\"]"),
        "consultationDeadline", Map.of("value", LocalDate.now().plusDays(30).toString())));
    complete("disability-council", instance, "userTask_consultationResponse",
        Map.of("responseText", Map.of("value", "Husk tilgængelighed i alle tilbud")));
    complete("planner", instance, "userTask_revisePlan",
        draft(year, "Sygedagpenge reduceres fra 741 til 680"));
    complete("committee", instance, "userTask_committeeRecommendation",
        Map.of("committeeDecision", Map.of("value", "approve")));
    complete("secretariat", instance, "userTask_councilAdoption",
        Map.of("councilDecision", Map.of("value", "approve"), "councilRemarks", Map.of("value", "Vedtaget på mødet")));
  }

  /** What every full run must have recorded about the plan. */
  public void assertAdopted(String planId, int year) {
    JsonNode plan = api.as(user("planner")).get("/api/plans/" + planId).json();
    assertThat(plan.path("status").asText()).isEqualTo("ADOPTED");
    assertThat(plan.path("municipality").asText()).isEqualTo(tenant);
    assertThat(plan.path("firstYear").asInt()).isEqualTo(year);
    assertThat(plan.path("version").asInt()).as("draft and revision are two versions").isEqualTo(2);
    assertThat(plan.path("focusAreas").get(0).path("goals").get(0).path("text").asText())
        .isEqualTo("Sygedagpenge reduceres fra 741 til 680");
    assertThat(plan.path("focusAreas").get(0).path("pejlemaerker")).hasSize(2);
    JsonNode consultation = plan.path("consultations").get(0);
    assertThat(consultation.path("bodyName").asText()).isEqualTo("Handicaprådet");
    assertThat(consultation.path("outcome").asText()).isEqualTo("RESPONDED");
    assertThat(consultation.path("respondedBy").asText()).isEqualTo(user("disability-council"));
    List<String> decisions = List.of(
        plan.path("decisions").get(0).path("outcome").asText() + "/" + plan.path("decisions").get(0).path("recordedBy").asText()
            + "/v" + plan.path("decisions").get(0).path("planVersion").asInt(),
        plan.path("decisions").get(1).path("outcome").asText() + "/" + plan.path("decisions").get(1).path("recordedBy").asText()
            + "/v" + plan.path("decisions").get(1).path("planVersion").asInt());
    assertThat(decisions).containsExactly("RECOMMENDED/" + user("committee") + "/v2", "ADOPTED/" + user("secretariat") + "/v2");
    assertThat(plan.path("decisions").get(1).path("remarks").asText()).isEqualTo("Vedtaget på mødet");
  }

  /** The plans beginning in a year that the user sees. */
  public static List<JsonNode> plansOf(Api api, String user, int firstYear) {
    List<JsonNode> found = new ArrayList<>();
    api.as(user).get("/api/plans").json().forEach(p -> {
      if (p.path("firstYear").asInt() == firstYear) {
        found.add(p);
      }
    });
    return found;
  }
}
