package dk.aarshjul.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.aarshjul.testing.AarshjulIntegrationTest;
import dk.aarshjul.testing.Api;
import dk.aarshjul.testing.CycleDriver;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A planner of Ishøj sees nothing of Tårnby's plan cycle and cannot act on it, through the engine's REST
 * API or ours. Each check also runs as Tårnby's planner, who must see the thing, so a check that could
 * never find anything would fail.
 */
@AarshjulIntegrationTest
class TenantIsolationIT {

  /** Each test starts its own plan; a municipality has one plan per first year. */
  private static final AtomicInteger YEARS = new AtomicInteger(2050);

  @LocalServerPort int port;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired org.camunda.bpm.engine.RuntimeService runtime;
  Api api;
  String instanceId;
  String taskId;
  String planId;

  @BeforeEach
  void aTaarnbyCycleAtTheDraft() {
    api = Api.at(port);
    CycleDriver taarnby = new CycleDriver(api, management, "taarnby");
    instanceId = taarnby.start(YEARS.getAndIncrement());
    taskId = taarnby.task("planner", instanceId, "userTask_draftPlan").path("id").asText();
    planId = taarnby.planId(instanceId);
  }

  @Test
  void anotherMunicipalitysPlannerSeesNoTaskInstanceVariableOrHistory() {
    for (String path : List.of(
        "/engine-rest/task?processInstanceId=" + instanceId,
        "/engine-rest/task?tenantIdIn=taarnby",
        "/engine-rest/process-instance?processInstanceIds=" + instanceId,
        "/engine-rest/process-instance?tenantIdIn=taarnby",
        "/engine-rest/history/process-instance?processInstanceId=" + instanceId,
        "/engine-rest/history/task?processInstanceId=" + instanceId,
        "/engine-rest/history/activity-instance?processInstanceId=" + instanceId)) {
      assertThat(listAs("taarnby.planner", path)).as("Tårnby sees %s", path).isNotEmpty();
      assertThat(listAs("ishoej.planner", path)).as("Ishøj sees %s", path).isEmpty();
    }
    assertThat(api.as("taarnby.planner").get("/engine-rest/task/" + taskId).status()).isEqualTo(200);
    assertThat(api.as("ishoej.planner").get("/engine-rest/task/" + taskId).status()).isEqualTo(404);
    assertThat(api.as("ishoej.planner").get("/engine-rest/process-instance/" + instanceId).status()).isEqualTo(404);
    assertThat(api.as("ishoej.planner").get("/engine-rest/task/" + taskId + "/form-variables").status()).isEqualTo(404);
    for (String operatorOnly : List.of("/engine-rest/variable-instance?processInstanceIdIn=" + instanceId,
        "/engine-rest/history/variable-instance?processInstanceId=" + instanceId,
        "/engine-rest/process-instance/" + instanceId + "/variables")) {
      for (String user : List.of("taarnby.planner", "ishoej.planner")) {
        Api.Response refused = api.as(user).get(operatorOnly);
        assertThat(refused.status()).as("%s %s", user, operatorOnly).isEqualTo(403);
        assertThat(refused.json().path("detail").asText()).isEqualTo("Din rolle giver ikke adgang til denne handling.");
      }
    }
    assertThat(api.as("operator").get("/engine-rest/process-instance/" + instanceId + "/variables").status())
        .as("instance variables are the operator's").isEqualTo(200);
  }

  @Test
  void anotherMunicipalitysPlannerCannotReadThePlan() {
    assertThat(api.as("taarnby.planner").get("/api/plans/" + planId).status()).isEqualTo(200);
    Api.Response foreign = api.as("ishoej.planner").get("/api/plans/" + planId);
    assertThat(foreign.status()).isEqualTo(404);
    assertThat(foreign.contentType()).startsWith("application/problem+json");
    assertThat(foreign.body()).doesNotContain("taarnby");
    assertThat(api.as("ishoej.planner").get("/api/plans").json())
        .extracting(plan -> plan.path("municipality").asText()).doesNotContain("taarnby");
    assertThat(api.as("taarnby.planner").get("/api/plans").json())
        .extracting(plan -> plan.path("id").asText()).contains(planId);
  }

  @Test
  void anotherMunicipalitysPlannerCannotCompleteClaimOrSubmitTheTask() {
    Api ishoej = api.as("ishoej.planner");
    for (Api.Response refused : List.of(
        ishoej.post("/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", CycleDriver.draft(2051, "Overtaget af Ishøj"))),
        ishoej.post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", "ishoej.planner")),
        ishoej.get("/engine-rest/task/" + taskId + "/variables"))) {
      assertThat(refused.status()).as(refused.toString()).isEqualTo(404);
      assertThat(refused.json().path("message").asText())
          .isEqualTo("Opgaven findes ikke, eller den hører til en anden kommune eller rolle end din.");
    }
    assertThat(ishoej.post("/engine-rest/task/not-a-task/claim", Map.of("userId", "ishoej.planner")).json())
        .as("a foreign task looks exactly like a missing one").isEqualTo(
            ishoej.post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", "ishoej.planner")).json());
    assertThat(ishoej.post("/engine-rest/task/" + taskId + "/complete", Map.of()).status())
        .as("completing without the form is the operator's, whoever's task it is").isEqualTo(403);

    assertThat(tasks.createTaskQuery().taskId(taskId).singleResult()).as("the task is still open").isNotNull()
        .extracting(t -> t.getAssignee()).isNull();
    assertThat(api.as("taarnby.planner").get("/api/plans/" + planId).json().path("version").asInt()).isZero();
  }

  @Test
  void anotherRoleInTheSameMunicipalityCannotCompleteThePlannersTask() {
    Api committee = api.as("taarnby.committee");
    assertThat(listAs("taarnby.committee", "/engine-rest/task?processInstanceId=" + instanceId)).isEmpty();
    assertThat(committee.post("/engine-rest/task/" + taskId + "/submit-form",
        Map.of("variables", CycleDriver.draft(2051, "Udvalgets udkast"))).status()).isEqualTo(404);
    assertThat(tasks.createTaskQuery().taskId(taskId).singleResult()).isNotNull();
  }

  @Test
  void aPlannerCannotStartACycleForAnotherMunicipality() {
    long instances = runtime.createProcessInstanceQuery().count();
    Api.Response start = api.as("ishoej.planner").post("/engine-rest/process-definition/key/annualPlanCycle/start",
        Map.of("variables", Map.of("tenantId", Map.of("value", "taarnby"), "firstYear", Map.of("value", 2049))));
    assertThat(start.status()).as("starting without the start form is the operator's").isEqualTo(403);

    Api.Response submit = api.as("ishoej.planner").post("/engine-rest/process-definition/key/annualPlanCycle/submit-form",
        Map.of("variables", Map.of("tenantId", Map.of("value", "taarnby"), "firstYear", Map.of("value", 2049))));
    assertThat(submit.status()).as(submit.toString()).isEqualTo(400);
    assertThat(submit.contentType()).startsWith("application/problem+json");
    assertThat(submit.json().path("errors").get(0).path("field").asText()).isEqualTo("tenantId");
    assertThat(submit.json().path("detail").asText()).startsWith("Kommune: ");

    Api.Response operator = api.as("operator").post("/engine-rest/process-definition/key/annualPlanCycle/start",
        Map.of("variables", Map.of("tenantId", Map.of("value", "ingen-kommune"), "firstYear", Map.of("value", 2049))));
    assertThat(operator.status()).as(operator.toString()).isEqualTo(400);
    assertThat(operator.json().path("errors").get(0).path("field").asText()).isEqualTo("tenantId");
    assertThat(runtime.createProcessInstanceQuery().count()).as("nothing started").isEqualTo(instances);
  }

  private JsonNode listAs(String user, String path) {
    Api.Response response = api.as(user).get(path);
    assertThat(response.status()).as("%s %s", user, path).isEqualTo(200);
    return response.json();
  }
}
