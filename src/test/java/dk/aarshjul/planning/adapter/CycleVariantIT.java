package dk.aarshjul.planning.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.aarshjul.planning.adapter.camunda.AnnualPlanCycle;
import dk.aarshjul.testing.AarshjulIntegrationTest;
import dk.aarshjul.testing.Api;
import dk.aarshjul.testing.CycleDriver;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A municipality on its own variant of the cycle (test resources' {@code cycle-variants/gladsaxe}: the council
 * decides alone) while the others run the shared cycle; the variant is invisible to every other municipality.
 */
@AarshjulIntegrationTest
class CycleVariantIT {

  static final String PASSWORD = "Gladsaxe-kode-2027";

  @LocalServerPort int port;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired RepositoryService repository;
  @Autowired HistoryService history;

  Api api;

  @BeforeEach
  void onboardGladsaxe() {
    api = Api.at(port);
    Api.Response onboarded = api.as("operator").put("/api/municipalities/gladsaxe/onboarding", Map.of("users", List.of(
        user("gladsaxe.planner", "roles", "planner"), user("gladsaxe.committee", "roles", "committee"),
        user("gladsaxe.secretariat", "roles", "secretariat"), user("gladsaxe.disability-council", "bodies", "disability-council"))));
    assertThat(onboarded.status()).as(onboarded.toString()).isIn(200, 201);
  }

  @Test
  void gladsaxesPlanRunsOnItsOwnVariantWhereTheCouncilDecidesAlone() {
    ProcessDefinition variant = variant();
    assertThat(variant.getVersionTag()).isEqualTo("2027");
    assertThat(repository.createDeploymentQuery().deploymentId(variant.getDeploymentId()).singleResult().getName())
        .isEqualTo("aarshjul-variant-gladsaxe");

    String cycle = startAs("gladsaxe.planner", 2027);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(cycle).singleResult().getProcessDefinitionId())
        .isEqualTo(variant.getId());
    String planId = planId(cycle);
    JsonNode plan = as("gladsaxe.planner").get("/api/plans/" + planId).json();
    assertThat(plan.path("cycle").path("version").asText()).isEqualTo("2027");
    assertThat(plan.path("cycle").path("variant").asBoolean()).as("audited as its own variant").isTrue();

    complete("gladsaxe.planner", cycle, AnnualPlanCycle.DRAFT_PLAN, CycleDriver.draft(2027, "Sygedagpenge reduceres fra 741 til 690"));
    complete("gladsaxe.planner", cycle, AnnualPlanCycle.REQUEST_CONSULTATION, Map.of(
        "consultationBodies", Map.of("type", "Json", "value", "[\"disability-council\"]"),
        "consultationDeadline", Map.of("value", LocalDate.now().plusDays(30).toString())));
    complete("gladsaxe.disability-council", cycle, AnnualPlanCycle.CONSULTATION_RESPONSE, Map.of("responseText", Map.of("value", "Enig")));
    complete("gladsaxe.planner", cycle, AnnualPlanCycle.REVISE_PLAN, CycleDriver.draft(2027, "Sygedagpenge reduceres fra 741 til 680"));
    assertThat(as("gladsaxe.planner").get("/api/plans/" + planId).json().path("status").asText()).isEqualTo("AWAITING_COUNCIL");
    assertThat(tasks("gladsaxe.committee", cycle)).as("no recommendation by the committee in Gladsaxe's cycle").isEmpty();
    complete("gladsaxe.secretariat", cycle, AnnualPlanCycle.COUNCIL_ADOPTION,
        Map.of("councilDecision", Map.of("value", "approve"), "councilRemarks", Map.of("value", "Vedtaget")));

    JsonNode adopted = as("gladsaxe.planner").get("/api/plans/" + planId).json();
    assertThat(adopted.path("status").asText()).isEqualTo("ADOPTED");
    assertThat(adopted.path("decisions").findValuesAsText("body")).containsExactly("COUNCIL");
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(cycle).activityId(AnnualPlanCycle.COMMITTEE_RECOMMENDATION)
        .count()).isZero();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(cycle).activityId(AnnualPlanCycle.COUNCIL_ADOPTION)
        .finished().count()).isEqualTo(1);
  }

  @Test
  void theOtherMunicipalitiesRunTheSharedCycleAndCannotSeeOrUseTheVariant() {
    CycleDriver broendby = new CycleDriver(api, management, "broendby");
    String cycle = broendby.start(2067);
    ProcessDefinition shared = repository.getProcessDefinition(
        runtime.createProcessInstanceQuery().processInstanceId(cycle).singleResult().getProcessDefinitionId());
    assertThat(shared.getTenantId()).isNull();
    assertThat(shared.getVersionTag()).isEqualTo("2027");

    String variantId = variant().getId();
    long instances = runtime.createProcessInstanceQuery().processDefinitionId(variantId).count();
    for (String user : List.of("broendby.planner", "broendby.committee", "broendby.secretariat", "broendby.disability-council",
        "taarnby.planner", "publisher")) {
      Api.Response list = api.as(user).get("/engine-rest/process-definition?key=annualPlanCycle");
      assertThat(list.status()).as("%s: %s", user, list).isIn(200, 403);
      if (list.status() == 200) {
        assertThat(list.json().findValuesAsText("id")).as(user).doesNotContain(variantId);
        assertThat(list.json().findValuesAsText("tenantId")).as(user).doesNotContain("gladsaxe");
      }
      for (String path : List.of("", "/xml", "/deployed-start-form", "/statistics")) {
        Api.Response read = api.as(user).get("/engine-rest/process-definition/" + variantId + path);
        assertThat(read.status()).as("%s GET %s: %s", user, path, read).isIn(403, 404);
        assertThat(read.body()).as(user).doesNotContain("gladsaxe").doesNotContain("Gladsaxe");
      }
      Api.Response start = api.as(user).post("/engine-rest/process-definition/" + variantId + "/submit-form",
          Map.of("variables", Map.of("firstYear", Map.of("value", 2068))));
      assertThat(start.status()).as("%s starts the variant: %s", user, start).isIn(403, 404);
    }
    assertThat(runtime.createProcessInstanceQuery().processDefinitionId(variantId).count()).as("nothing started").isEqualTo(instances);
  }

  private ProcessDefinition variant() {
    return repository.createProcessDefinitionQuery().processDefinitionKey(AnnualPlanCycle.PROCESS_KEY).tenantIdIn("gladsaxe")
        .latestVersion().singleResult();
  }

  private String startAs(String user, int firstYear) {
    Api.Response started = as(user).post("/engine-rest/process-definition/key/annualPlanCycle/submit-form",
        Map.of("variables", Map.of("firstYear", Map.of("value", firstYear))));
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    dk.aarshjul.testing.Jobs.runDue(management);
    JsonNode continued = api.as("operator").get("/engine-rest/history/variable-instance?processInstanceId="
        + started.json().path("id").asText() + "&variableName=continuedIn").json();
    assertThat(continued).as("Tasklist starts the shared cycle, which hands Gladsaxe's plan on to its variant").hasSize(1);
    return continued.get(0).path("value").asText();
  }

  private String planId(String cycle) {
    return history.createHistoricProcessInstanceQuery().processInstanceId(cycle).singleResult().getBusinessKey();
  }

  private List<JsonNode> tasks(String user, String cycle) {
    dk.aarshjul.testing.Jobs.runDue(management);
    JsonNode found = as(user).get("/engine-rest/task?processInstanceId=" + cycle).json();
    List<JsonNode> list = new java.util.ArrayList<>();
    found.forEach(list::add);
    return list;
  }

  private void complete(String user, String cycle, String taskKey, Map<String, Object> variables) {
    String id = org.awaitility.Awaitility.await(user + " gets " + taskKey).atMost(java.time.Duration.ofSeconds(30)).until(() -> {
      dk.aarshjul.testing.Jobs.runDue(management);
      JsonNode found = as(user).get("/engine-rest/task?processInstanceId=" + cycle + "&taskDefinitionKey=" + taskKey).json();
      return found.size() == 1 ? found.get(0).path("id").asText() : null;
    }, java.util.Objects::nonNull);
    Api.Response done = as(user).post("/engine-rest/task/" + id + "/submit-form", Map.of("variables", variables));
    assertThat(done.status()).as("%s completes %s: %s", user, taskKey, done).isEqualTo(204);
    dk.aarshjul.testing.Jobs.runDue(management);
  }

  private Api as(String user) {
    return api.as(user, PASSWORD);
  }

  private static Map<String, Object> user(String id, String kind, String code) {
    return Map.of("id", id, "firstName", "Gladsaxe", "lastName", code, "email", id + "@gladsaxe.example", "password", PASSWORD,
        kind, List.of(code));
  }
}
