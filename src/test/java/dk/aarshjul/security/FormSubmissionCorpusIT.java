package dk.aarshjul.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.testing.AarshjulIntegrationTest;
import dk.aarshjul.testing.Api;
import dk.aarshjul.testing.CycleDriver;
import dk.aarshjul.testing.HttpClientAs;
import dk.aarshjul.testing.HttpClientAs.Result;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Bad form submissions, as a REST client or a browser could send them to every form of the cycle: each is
 * a 400 Danish problem naming the field, never a 500, and afterwards the task is still open and nothing of
 * the instance, the plan or the engine has changed. Cases are data: one line each.
 */
@AarshjulIntegrationTest
class FormSubmissionCorpusIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;

  enum Stage { START, DRAFT, REQUEST_CONSULTATION, CONSULTATION_RESPONSE, COMMITTEE }

  /** One bad submission: the form's variables as JSON, and the field the answer must name. */
  record Case(Stage stage, String name, String variables, String field) {}

  static List<Case> cases() {
    String draft = goal("\"kind\": \"baseline-to-target\", \"baselineValue\": 741, \"baselinePeriod\": \"2024\", \"targetValue\": 690");
    List<Case> cases = new ArrayList<>(List.of(
        start("no first year", "{}", "firstYear"),
        start("first year as words", "{\"firstYear\": {\"value\": \"to tusind\"}}", "firstYear"),
        start("first year too early", "{\"firstYear\": {\"value\": 1999}}", "firstYear"),
        start("first year with decimals", "{\"firstYear\": {\"value\": 2027.5}}", "firstYear"),
        start("first year beyond double", "{\"firstYear\": {\"value\": 1e309}}", "firstYear"),
        start("first year huge", "{\"firstYear\": {\"value\": 99999999999999999999}}", "firstYear"),
        start("first year a Java object", "{\"firstYear\": {\"type\": \"Object\", \"value\": \"\\\"http://x\\\"\", \"valueInfo\": "
            + "{\"objectTypeName\": \"java.net.URL\", \"serializationDataFormat\": \"application/json\"}}}", "firstYear"),
        start("first year as JSON", "{\"firstYear\": {\"type\": \"Json\", \"value\": \"[2027]\"}}", "firstYear"),
        start("first year as bytes", "{\"firstYear\": {\"type\": \"Bytes\", \"value\": \"AAAA\"}}", "firstYear"),
        start("first year as a date", "{\"firstYear\": {\"type\": \"Date\", \"value\": \"2027-01-01T00:00:00.000+0100\"}}", "firstYear"),
        start("last year before the first", "{\"firstYear\": {\"value\": 2070}, \"lastYear\": {\"value\": 2060}}", "lastYear"),
        start("too many years", "{\"firstYear\": {\"value\": 2070}, \"lastYear\": {\"value\": 2090}}", "lastYear"),
        start("title too long", "{\"firstYear\": {\"value\": 2070}, \"planTitle\": {\"value\": \"" + "x".repeat(301) + "\"}}", "planTitle"),
        start("title with a NUL", "{\"firstYear\": {\"value\": 2070}, \"planTitle\": {\"value\": \"Plan\\u0000\"}}", "planTitle"),
        start("title with a bell", "{\"firstYear\": {\"value\": 2070}, \"planTitle\": {\"value\": \"Plan\\u0007\"}}", "planTitle"),
        start("title as a number", "{\"firstYear\": {\"value\": 2070}, \"planTitle\": {\"value\": 42}}", "planTitle"),
        start("another municipality", "{\"firstYear\": {\"value\": 2070}, \"tenantId\": {\"value\": \"ishoej\"}}", "tenantId"),
        start("a plan id of choice", "{\"firstYear\": {\"value\": 2070}, \"planId\": {\"value\": \"x\"}}", "planId"),
        start("an initiator of choice", "{\"firstYear\": {\"value\": 2070}, \"initiator\": {\"value\": \"ishoej.planner\"}}", "initiator"),
        start("a field the form lacks", "{\"firstYear\": {\"value\": 2070}, \"approved\": {\"value\": true}}", "approved"),

        task(Stage.DRAFT, "unreadable JSON", "{\"focusAreas\": {\"type\": \"Json\", \"value\": \"{not json\"}}", "focusAreas"),
        task(Stage.DRAFT, "JSON nested 1,200 deep", "{\"focusAreas\": {\"type\": \"Json\", \"value\": \""
            + "[".repeat(1200) + "]".repeat(1200) + "\"}}", "focusAreas"),
        task(Stage.DRAFT, "areas as text", "{\"focusAreas\": {\"value\": \"Sygedagpenge\"}}", "focusAreas"),
        task(Stage.DRAFT, "areas as a Java object", "{\"focusAreas\": {\"type\": \"Object\", \"value\": \"[]\", \"valueInfo\": "
            + "{\"objectTypeName\": \"java.util.ArrayList\", \"serializationDataFormat\": \"application/json\"}}}", "focusAreas"),
        task(Stage.DRAFT, "areas as an object", json("{\"title\": \"Sygedagpenge\"}"), "focusAreas"),
        task(Stage.DRAFT, "another plan's id", "{\"planId\": {\"value\": \"en-anden-plan\"}, " + draft.substring(1), "planId"),
        task(Stage.DRAFT, "another municipality", "{\"tenantId\": {\"value\": \"ishoej\"}, " + draft.substring(1), "tenantId"),
        task(Stage.DRAFT, "a gateway variable", "{\"sentBack\": {\"value\": true}, " + draft.substring(1), "sentBack"),
        task(Stage.DRAFT, "NUL in a goal", goal("\"kind\": \"absolute-level\", \"targetValue\": 5, \"bound\": \"at-most\"")
            .replace("Færre på sygedagpenge", "Færre\\\\u0000"), "focusAreas[0].goals[0].text"),
        task(Stage.DRAFT, "lone surrogate in an area", goal("\"kind\": \"absolute-level\", \"targetValue\": 5, \"bound\": \"at-most\"")
            .replace("Sygedagpenge", "Syge\\\\ud800"), "focusAreas[0].title"),
        task(Stage.DRAFT, "target beyond double", goal("\"kind\": \"absolute-level\", \"targetValue\": 1e309, \"bound\": \"at-most\""),
            "focusAreas[0].goals[0].targetValue"),
        task(Stage.DRAFT, "target beyond the column", goal("\"kind\": \"absolute-level\", \"targetValue\": 99999999999999, \"bound\": \"at-most\""),
            "focusAreas[0].goals[0].targetValue"),
        task(Stage.DRAFT, "target that underflows", goal("\"kind\": \"absolute-level\", \"targetValue\": 1e-400, \"bound\": \"at-most\""),
            "focusAreas[0].goals[0].targetValue"),
        task(Stage.DRAFT, "unknown goal kind", goal("\"kind\": \"wishful-thinking\""), "focusAreas[0].goals[0].kind"),
        task(Stage.DRAFT, "unknown indicator", goal("\"kind\": \"absolute-level\", \"targetValue\": 5, \"bound\": \"at-most\"")
            .replace("fuldtidspersoner-sygedagpenge", "ukendt-indikator"), "focusAreas[0].goals[0].indicatorCode"),
        task(Stage.DRAFT, "quarter five", goal("\"kind\": \"baseline-to-target\", \"baselineValue\": 741, \"baselinePeriod\": \"2025Q5\", "
            + "\"targetValue\": 690"), "focusAreas[0].goals[0].baselinePeriod"),
        task(Stage.DRAFT, "deadline decades early", goal("\"kind\": \"absolute-level\", \"targetValue\": 5, \"bound\": \"at-most\"")
            .replace("2062-12-31", "1990-12-31"), "focusAreas[0].goals[0].deadline"),
        task(Stage.DRAFT, "deadline not a date", goal("\"kind\": \"absolute-level\", \"targetValue\": 5, \"bound\": \"at-most\"")
            .replace("2062-12-31", "31/12/2062"), "focusAreas[0].goals[0].deadline"),
        task(Stage.DRAFT, "activities beyond the column", goal("\"kind\": \"counted-activity\", \"activity\": \"kampagner\", "
            + "\"activityCount\": 10000000000, \"activityPer\": \"year\""), "focusAreas[0].goals[0].activityCount"),
        task(Stage.DRAFT, "rank of a huge fraction", goal("\"kind\": \"rank\", \"fraction\": \"99999999999/3\", \"better\": \"lower\""),
            "focusAreas[0].goals[0].fraction"),
        task(Stage.DRAFT, "goal text too long", goal("\"kind\": \"absolute-level\", \"targetValue\": 5, \"bound\": \"at-most\"")
            .replace("Færre på sygedagpenge", "x".repeat(1001)), "focusAreas[0].goals[0].text"),

        task(Stage.REQUEST_CONSULTATION, "unknown body", "{\"consultationBodies\": {\"type\": \"Json\", \"value\": \"[\\\"kongehuset\\\"]\"}, "
            + "\"consultationDeadline\": {\"value\": \"" + LocalDate.now().plusDays(20) + "\"}}", "consultationBodies"),
        task(Stage.REQUEST_CONSULTATION, "no bodies", "{\"consultationDeadline\": {\"value\": \"" + LocalDate.now().plusDays(20) + "\"}}",
            "consultationBodies"),
        task(Stage.REQUEST_CONSULTATION, "bodies as text", "{\"consultationBodies\": {\"value\": \"disability-council\"}, "
            + "\"consultationDeadline\": {\"value\": \"" + LocalDate.now().plusDays(20) + "\"}}", "consultationBodies"),
        task(Stage.REQUEST_CONSULTATION, "deadline passed", bodies("2020-01-01"), "consultationDeadline"),
        task(Stage.REQUEST_CONSULTATION, "deadline not a date", bodies("i morgen"), "consultationDeadline"),
        task(Stage.REQUEST_CONSULTATION, "deadline as a number", "{\"consultationBodies\": {\"type\": \"Json\", \"value\": "
            + "\"[\\\"disability-council\\\"]\"}, \"consultationDeadline\": {\"value\": 20270101}}", "consultationDeadline"),
        task(Stage.REQUEST_CONSULTATION, "bodies chosen for the group", "{\"consultationBodyGroups\": {\"type\": \"Json\", \"value\": "
            + "\"[\\\"ishoej-planner\\\"]\"}, " + bodies(LocalDate.now().plusDays(20).toString()).substring(1), "consultationBodyGroups"),

        task(Stage.CONSULTATION_RESPONSE, "no response", "{}", "responseText"),
        task(Stage.CONSULTATION_RESPONSE, "response too long", "{\"responseText\": {\"value\": \"" + "x".repeat(8001) + "\"}}", "responseText"),
        task(Stage.CONSULTATION_RESPONSE, "response with a bell", "{\"responseText\": {\"value\": \"Svar\\u0007\"}}", "responseText"),
        task(Stage.CONSULTATION_RESPONSE, "response as yes", "{\"responseText\": {\"value\": true}}", "responseText"),
        task(Stage.CONSULTATION_RESPONSE, "another body's answer", "{\"responseText\": {\"value\": \"Ja\"}, "
            + "\"consultationBodyGroup\": {\"value\": \"ishoej-body-social-partners\"}}", "consultationBodyGroup"),

        task(Stage.COMMITTEE, "maybe", "{\"committeeDecision\": {\"value\": \"maybe\"}}", "committeeDecision"),
        task(Stage.COMMITTEE, "no decision", "{}", "committeeDecision"),
        task(Stage.COMMITTEE, "decision as yes", "{\"committeeDecision\": {\"value\": true}}", "committeeDecision"),
        task(Stage.COMMITTEE, "remarks too long", "{\"committeeDecision\": {\"value\": \"approve\"}, \"committeeRemarks\": {\"value\": \""
            + "x".repeat(8001) + "\"}}", "committeeRemarks"),
        task(Stage.COMMITTEE, "the council's decision", "{\"committeeDecision\": {\"value\": \"approve\"}, "
            + "\"councilDecision\": {\"value\": \"approve\"}}", "councilDecision"),
        task(Stage.COMMITTEE, "the gateway's variable", "{\"committeeDecision\": {\"value\": \"sendBack\"}, "
            + "\"approved\": {\"value\": true}}", "approved")));
    return cases;
  }

  @TestFactory
  Stream<DynamicTest> everyBadSubmissionIsADanishProblemAndChangesNothing() {
    Map<Stage, Open> open = openTasks();
    Map<String, HttpClientAs> clients = new LinkedHashMap<>();
    List<DynamicTest> tests = new ArrayList<>();
    for (Case c : cases()) {
      for (String surface : List.of("engine-rest", "webapp")) {
        tests.add(DynamicTest.dynamicTest(c.stage() + ", " + c.name() + " (" + surface + ")", () -> {
          Open target = open.get(c.stage());
          HttpClientAs client = clients.computeIfAbsent(surface + "/" + target.user(), key -> surface.equals("webapp")
              ? HttpClientAs.tasklistLogin(port, target.user()) : HttpClientAs.basic(port, target.user()));
          String root = surface.equals("webapp") ? "/camunda/api/engine/engine/default" : "/engine-rest";
          String path = c.stage() == Stage.START ? root + "/process-definition/key/annualPlanCycle/submit-form"
              : root + "/task/" + target.taskId() + "/submit-form";
          Map<String, String> before = state(target);

          Result result = client.send("POST", path, "{\"variables\": " + c.variables() + "}");

          assertThat(result.status()).as(result.toString()).isEqualTo(400);
          assertThat(result.isDanishProblem()).as(result.toString()).isTrue();
          assertThat(result.body()).doesNotContain("Cannot ", "Exception", "ENGINE-", target.taskId());
          assertThat(result.json().path("errors")).extracting(e -> e.path("field").asText())
              .as(result.toString()).anyMatch(field -> field.equals(c.field()) || field.startsWith(c.field() + "."));
          assertThat(result.json().path("message").asText()).as("Camunda clients show the Danish message")
              .isEqualTo(result.json().path("detail").asText());
          assertThat(state(target)).as("nothing changed").isEqualTo(before);
        }));
      }
    }
    System.out.println("Form submission corpus: " + tests.size() + " cases (" + cases().size() + " submissions on 2 surfaces)");
    return tests.stream();
  }

  // ---- the open tasks of each stage ----

  record Open(String user, String instanceId, String taskId, String planId) {}

  private Map<Stage, Open> openTasks() {
    Api api = Api.at(port);
    CycleDriver taarnby = new CycleDriver(api, management, "taarnby");
    Map<Stage, Open> open = new LinkedHashMap<>();
    String draft = taarnby.start(2062);
    open.put(Stage.START, new Open("taarnby.planner", draft, "ingen-opgave", taarnby.planId(draft)));
    open.put(Stage.DRAFT, open(taarnby, draft, "planner", "userTask_draftPlan"));

    String request = taarnby.start(2063);
    taarnby.complete("planner", request, "userTask_draftPlan", CycleDriver.draft(2063, "Færre på sygedagpenge"));
    open.put(Stage.REQUEST_CONSULTATION, open(taarnby, request, "planner", "userTask_requestConsultation"));

    String response = taarnby.start(2064);
    taarnby.complete("planner", response, "userTask_draftPlan", CycleDriver.draft(2064, "Færre på sygedagpenge"));
    taarnby.complete("planner", response, "userTask_requestConsultation", Map.of(
        "consultationBodies", Map.of("type", "Json", "value", "[\"disability-council\"]"),
        "consultationDeadline", Map.of("value", LocalDate.now().plusDays(30).toString())));
    open.put(Stage.CONSULTATION_RESPONSE, open(taarnby, response, "disability-council", "userTask_consultationResponse"));

    String committee = taarnby.start(2065);
    taarnby.complete("planner", committee, "userTask_draftPlan", CycleDriver.draft(2065, "Færre på sygedagpenge"));
    taarnby.complete("planner", committee, "userTask_requestConsultation", Map.of(
        "consultationBodies", Map.of("type", "Json", "value", "[\"disability-council\"]"),
        "consultationDeadline", Map.of("value", LocalDate.now().plusDays(30).toString())));
    taarnby.complete("disability-council", committee, "userTask_consultationResponse", Map.of("responseText", Map.of("value", "Fint")));
    taarnby.complete("planner", committee, "userTask_revisePlan", CycleDriver.draft(2065, "Færre på sygedagpenge"));
    open.put(Stage.COMMITTEE, open(taarnby, committee, "committee", "userTask_committeeRecommendation"));
    return open;
  }

  private static Open open(CycleDriver driver, String instance, String role, String taskKey) {
    return new Open(driver.user(role), instance, driver.task(role, instance, taskKey).path("id").asText(), driver.planId(instance));
  }

  /** What a submission could have changed: the instances, the task and its variables, the plan. */
  private Map<String, String> state(Open target) {
    Map<String, String> state = new LinkedHashMap<>();
    state.put("instances", String.valueOf(runtime.createProcessInstanceQuery().count()));
    state.put("tasks", String.valueOf(tasks.createTaskQuery().count()));
    var task = tasks.createTaskQuery().taskId(target.taskId()).singleResult();
    state.put("task", task == null ? "none" : task.getTaskDefinitionKey() + "|" + task.getAssignee());
    runtime.createVariableInstanceQuery().processInstanceIdIn(target.instanceId()).list()
        .forEach(v -> state.put("variable " + v.getExecutionId() + "/" + v.getName(), String.valueOf(v.getValue())));
    JsonNode plan = Api.at(port).as("taarnby.planner").get("/api/plans/" + target.planId()).json();
    state.put("plan", plan.path("version").asText() + "|" + plan.path("status").asText());
    return state;
  }

  // ---- building the cases ----

  private static Case start(String name, String variables, String field) {
    return new Case(Stage.START, name, variables, field);
  }

  private static Case task(Stage stage, String name, String variables, String field) {
    return new Case(stage, name, variables, field);
  }

  /** The draft form's variables with one focus area of one goal with the given kind's fields. */
  private static String goal(String kindFields) {
    return json("[{\"title\": \"Sygedagpenge\", \"targetGroups\": [\"sickness-benefit\"], \"goals\": [{" + kindFields
        + ", \"text\": \"Færre på sygedagpenge\", \"indicatorCode\": \"fuldtidspersoner-sygedagpenge\", "
        + "\"targetGroup\": \"sickness-benefit\", \"deadline\": \"2062-12-31\"}]}]");
  }

  private static String json(String focusAreas) {
    try {
      return "{\"focusAreas\": {\"type\": \"Json\", \"value\": " + JSON.writeValueAsString(focusAreas) + "}}";
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String bodies(String deadline) {
    return "{\"consultationBodies\": {\"type\": \"Json\", \"value\": \"[\\\"disability-council\\\"]\"}, "
        + "\"consultationDeadline\": {\"value\": \"" + deadline + "\"}}";
  }
}
