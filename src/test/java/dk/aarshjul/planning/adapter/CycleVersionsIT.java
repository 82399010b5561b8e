package dk.aarshjul.planning.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.aarshjul.planning.adapter.camunda.AnnualPlanCycle;
import dk.aarshjul.tenancy.application.ConsultationBodyGroups;
import dk.aarshjul.tenancy.domain.ConsultationBody;
import dk.aarshjul.testing.AarshjulIntegrationTest;
import dk.aarshjul.testing.Api;
import dk.aarshjul.testing.CycleDriver;
import dk.aarshjul.testing.Jobs;
import dk.aarshjul.testing.PlanFixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A change of law: the 2025.1 cycle (with the minister's goals) and the 2027 cycle side by side; each plan on
 * the version its first year holds for, its forms bound to it; the operator's migration of running cycles.
 */
@AarshjulIntegrationTest
class CycleVersionsIT {

  static final String TENANT = "ishoej";
  static final String SENIORS_LAW = "Lov om en aktiv beskæftigelsesindsats (ældrerådet som høringspart, prøve)";
  static final String SENIORS_OF_VORDINGBORG = "vordingborg.senior-council";
  /** The password of the people the test onboards. */
  static final String PASSWORD = "Aeldreraad-2097";

  @LocalServerPort int port;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired RepositoryService repository;
  @Autowired HistoryService history;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired AuthorizationService authorizations;
  @Autowired ConsultationBodyGroups bodyGroups;

  Api api;
  CycleDriver ishoej;
  CycleDriver vordingborg;

  @BeforeEach
  void setUp() {
    api = Api.at(port);
    ishoej = new CycleDriver(api, management, TENANT);
    vordingborg = new CycleDriver(api, management, "vordingborg");
  }

  @Test
  void bothVersionsAreDeployedSharedAndTheCurrentOneIsTheLatest() {
    assertThat(shared("2025.1").getVersionTag()).isEqualTo("2025.1");
    assertThat(shared("2027").getVersionTag()).isEqualTo("2027");
    ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(AnnualPlanCycle.PROCESS_KEY)
        .withoutTenantId().latestVersion().singleResult();
    assertThat(latest.getVersionTag()).as("what Tasklist's start dialog offers").isEqualTo("2027");
    assertThat(repository.createDeploymentQuery().deploymentId(shared("2025.1").getDeploymentId()).singleResult().getName())
        .isEqualTo("aarshjul-2025.1");
  }

  @Test
  void aPlanBeginningIn2026StartedInTasklistContinuesOnTheVersionWithTheMinistersGoals() {
    Api.Response started = api.as("ishoej.planner").post("/engine-rest/process-definition/key/annualPlanCycle/submit-form",
        Map.of("variables", Map.of("firstYear", Map.of("value", 2026))));
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    String startedId = started.json().path("id").asText();
    Jobs.runDue(management);

    var handedOver = history.createHistoricProcessInstanceQuery().processInstanceId(startedId).singleResult();
    assertThat(handedOver.getEndActivityId()).isEqualTo(AnnualPlanCycle.END_CONTINUED);
    assertThat(handedOver.getProcessDefinitionId()).isEqualTo(shared("2027").getId());
    String cycle = (String) history.createHistoricVariableInstanceQuery().processInstanceId(startedId)
        .variableName(AnnualPlanCycle.Var.CONTINUED_IN).singleResult().getValue();
    var continued = runtime.createProcessInstanceQuery().processInstanceId(cycle).singleResult();
    assertThat(continued.getProcessDefinitionId()).isEqualTo(shared("2025.1").getId());
    assertThat(continued.getTenantId()).isEqualTo(TENANT);

    String planId = ishoej.planId(cycle);
    JsonNode plan = api.as("ishoej.planner").get("/api/plans/" + planId).json();
    assertThat(plan.path("firstYear").asInt()).isEqualTo(2026);
    assertThat(plan.path("cycle").path("version").asText()).isEqualTo("2025.1");
    assertThat(plan.path("cycle").path("variant").asBoolean()).isFalse();

    String draft = ishoej.awaitTask("planner", cycle, AnnualPlanCycle.DRAFT_PLAN);
    assertThat(deployedForm("ishoej.planner", draft)).as("the 2025.1 draft form links goals to the minister's")
        .contains("\"nationalGoals\"");
    assertThat(targetGroupOptions(draft)).as("a 2026 plan may still name the group that ends with 2026")
        .contains("Borgere i ressourceforløb").contains("Sygedagpengemodtagere");
    ishoej.submitOk("planner", draft, withTargetGroup(2026, "resource-programme"));
    String request = ishoej.awaitTask("planner", cycle, AnnualPlanCycle.REQUEST_CONSULTATION);
    assertThat(api.as("ishoej.planner").get("/engine-rest/task/" + request + "/form-variables?deserializeValues=false").body())
        .as("the plan reads the group by its name").contains("Borgere i ressourceforløb");
    assertThat(api.as("ishoej.planner").get("/api/plans").json().findValuesAsText("id")).as("one plan, not two").containsOnlyOnce(planId);
  }

  @Test
  void aPlanBeginningIn2062RunsOnThe2027VersionWithoutTheMinistersGoals() {
    String cycle = ishoej.start(2062);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(cycle).singleResult().getProcessDefinitionId())
        .isEqualTo(shared("2027").getId());
    String planId = ishoej.planId(cycle);
    assertThat(api.as("ishoej.planner").get("/api/plans/" + planId).json().path("cycle").path("version").asText()).isEqualTo("2027");
    String draft = ishoej.awaitTask("planner", cycle, AnnualPlanCycle.DRAFT_PLAN);
    String form = deployedForm("ishoej.planner", draft);
    assertThat(form).contains("\"focusAreas\"").doesNotContain("nationalGoals");
    assertThat(form.toLowerCase()).doesNotContain("jobcent");

    // the law ends ressourceforløb with 2026: a 2062 plan is not offered it and may not name it
    assertThat(targetGroupOptions(draft)).contains("Sygedagpengemodtagere").doesNotContain("Borgere i ressourceforløb");
    Api.Response refused = ishoej.submit("planner", draft, withTargetGroup(2062, "resource-programme"));
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.body()).contains("målgruppen \\\"Borgere i ressourceforløb\\\" gælder ikke i planperioden 2062");
    assertThat(api.as("ishoej.planner").get("/api/plans/" + planId).json().path("version").asInt())
        .as("nothing saved").isZero();
  }

  @Test
  void theOperatorMigratesRunningCyclesWhosePlansThe2027VersionHoldsForAndOnlyThose() {
    // cycles the previous release started on 2025.1 for plans beginning in 2063 and 2064 (before versions were chosen)
    String inConsultation = startOnVersion("2025.1", 2063);
    String atCouncil = startOnVersion("2025.1", 2064);
    String ofItsOwnYears = ishoej.start(2024);
    ishoej.complete("planner", inConsultation, AnnualPlanCycle.DRAFT_PLAN, CycleDriver.draft(2063, "Sygedagpenge reduceres fra 741 til 690"));
    requestConsultation(inConsultation);
    walkToTheCouncil(atCouncil, 2064);
    assertThat(ishoej.task("disability-council", inConsultation, AnnualPlanCycle.CONSULTATION_RESPONSE)).isNotNull();
    assertThat(ishoej.task("secretariat", atCouncil, AnnualPlanCycle.COUNCIL_ADOPTION)).isNotNull();

    for (String role : List.of("planner", "committee", "secretariat", "disability-council")) {
      Api.Response refused = api.as(ishoej.user(role)).post("/api/cycle-migrations", Map.of("from", "2025.1", "to", "2027", "dryRun", false));
      assertThat(refused.status()).as("%s: %s", role, refused).isEqualTo(403);
    }
    assertThat(definitionOf(inConsultation)).as("nothing moved").isEqualTo(shared("2025.1").getId());

    JsonNode dryRun = migrate(Map.of("from", "2025.1", "to", "2027", "municipality", TENANT));
    assertThat(dryRun.path("dryRun").asBoolean()).isTrue();
    assertThat(dryRun.path("migrated").findValuesAsText("processInstanceId")).contains(inConsultation, atCouncil)
        .doesNotContain(ofItsOwnYears);
    JsonNode kept = refusalOf(dryRun, ofItsOwnYears);
    assertThat(kept.path("reason").asText()).isEqualTo("Planen begynder i 2024, og for den gælder versionen 2025.1, ikke 2027.");
    assertThat(definitionOf(inConsultation)).as("a dry run moves nothing").isEqualTo(shared("2025.1").getId());
    assertThat(definitionOf(atCouncil)).isEqualTo(shared("2025.1").getId());

    JsonNode done = migrate(Map.of("from", "2025.1", "to", "2027", "municipality", TENANT, "dryRun", false));
    assertThat(done.path("migrated").findValuesAsText("processInstanceId")).contains(inConsultation, atCouncil);
    assertThat(definitionOf(inConsultation)).isEqualTo(shared("2027").getId());
    assertThat(definitionOf(atCouncil)).isEqualTo(shared("2027").getId());
    assertThat(definitionOf(ofItsOwnYears)).as("running plans finish on theirs").isEqualTo(shared("2025.1").getId());
    assertThat(cycleVersion(ishoej.planId(atCouncil))).isEqualTo("2027");
    assertThat(cycleVersion(ishoej.planId(ofItsOwnYears))).isEqualTo("2025.1");

    // the migrated cycles go on where they stood, with the 2027 version's forms
    String council = ishoej.task("secretariat", atCouncil, AnnualPlanCycle.COUNCIL_ADOPTION).path("id").asText();
    assertThat(tasks.createTaskQuery().taskId(council).singleResult().getProcessDefinitionId()).isEqualTo(shared("2027").getId());
    assertThat(deployedForm("ishoej.secretariat", council)).contains("councilDecision");
    ishoej.submitOk("secretariat", council,
        Map.of("councilDecision", Map.of("value", "approve"), "councilRemarks", Map.of("value", "Vedtaget efter den nye lov")));
    assertThat(api.as("ishoej.planner").get("/api/plans/" + ishoej.planId(atCouncil)).json().path("status").asText()).isEqualTo("ADOPTED");

    ishoej.complete("disability-council", inConsultation, AnnualPlanCycle.CONSULTATION_RESPONSE,
        Map.of("responseText", Map.of("value", "Husk tilgængelighed")));
    String revise = ishoej.awaitTask("planner", inConsultation, AnnualPlanCycle.REVISE_PLAN);
    assertThat(deployedForm("ishoej.planner", revise)).as("the 2027 edit form").doesNotContain("nationalGoals");
    ishoej.submitOk("planner", revise, CycleDriver.draft(2063, "Sygedagpenge reduceres fra 741 til 680"));
    ishoej.awaitTask("committee", inConsultation, AnnualPlanCycle.COMMITTEE_RECOMMENDATION);

    JsonNode again = migrate(Map.of("from", "2025.1", "to", "2027", "municipality", TENANT, "dryRun", false));
    assertThat(again.path("migrated").findValuesAsText("processInstanceId")).as("nothing left to move").isEmpty();
  }

  @Test
  void aMigrationRequestWithWrongValuesIsRefusedInDanishNamingTheFields() {
    Api.Response bad = api.as("operator").post("/api/cycle-migrations", Map.of("from", "2025.1\u0007", "to", "2025.1"));
    assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
    assertThat(bad.body()).contains("from").contains("fra version");
    Api.Response unknown = api.as("operator").post("/api/cycle-migrations", Map.of("from", "1999", "to", "2027"));
    assertThat(unknown.status()).as(unknown.toString()).isEqualTo(409);
    assertThat(unknown.json().path("detail").asText()).isEqualTo("Årshjulet findes ikke i versionen \"1999\".");
  }

  @Test
  void referenceDataIsReadByStaffAndKeptByTheOperator() {
    JsonNode groups = api.as("ishoej.planner").get("/api/reference/target-groups").json();
    JsonNode resource = groups.findParents("code").stream().filter(g -> g.path("code").asText().equals("resource-programme"))
        .findFirst().orElseThrow();
    assertThat(resource.path("danishName").asText()).isEqualTo("Borgere i ressourceforløb");
    assertThat(resource.path("validTo").asText()).isEqualTo("2026-12-31");
    JsonNode versions = api.as("ishoej.planner").get("/api/reference/cycle-versions").json();
    assertThat(versions.findValuesAsText("code")).containsExactly("2025.1", "2027");
    assertThat(versions.get(0).path("nationalGoalsStep").asBoolean()).isTrue();
    assertThat(versions.get(1).path("nationalGoalsStep").asBoolean()).isFalse();

    Map<String, Object> entry = Map.of("danishName", "Borgere i jobafklaringsforløb efter den nye lov", "validFrom", "2031-01-01");
    for (String role : List.of("planner", "committee", "secretariat")) {
      assertThat(api.as(ishoej.user(role)).put("/api/reference/target-groups/job-clarification", entry).status()).isEqualTo(403);
    }
    assertThat(api.as("operator").put("/api/reference/target-groups/Bad%20Code",
        Map.of("danishName", "x\u0001y", "validFrom", "2031-01-01", "validTo", "2030-01-01")).body())
        .contains("\"code\"").contains("\"danishName\"").contains("\"validTo\"").contains("gælder til");
    Api.Response overlap = api.as("operator").put("/api/reference/cycle-versions/2031", Map.of("danishName", "Et nyt årshjul",
        "validFrom", "2030-01-01"));
    assertThat(overlap.status()).as(overlap.toString()).isEqualTo(409);
    assertThat(overlap.json().path("detail").asText()).contains("et år har én version af årshjulet");
    assertThat(api.as("operator").get("/api/reference/kinds-of-nothing").status()).isEqualTo(404);
    assertThat(api.as("ishoej.planner").get("/api/reference/target-groups").json()).as("nothing refused was stored").isEqualTo(groups);

    Api.Response added = api.as("operator").put("/api/reference/target-groups/test-only-group",
        Map.of("danishName", "En målgruppe kun til prøve", "validFrom", "2090-01-01", "validTo", "2090-12-31"));
    assertThat(added.status()).as(added.toString()).isEqualTo(200);
    assertThat(api.as("ishoej.planner").get("/api/reference/target-groups").json().findValuesAsText("code")).contains("test-only-group");
  }

  @Test
  void aConsultationBodyTheOperatorAddsIsAGroupInEveryMunicipalityIsOfferedInItsYearsAndIsConsulted() {
    // the law gives plans from 2097 a senior council to consult: the operator adds it as data, no release
    Map<String, Object> seniors = Map.of("danishName", "Ældrerådet", "legalBasis", SENIORS_LAW, "validFrom", "2097-01-01");
    for (String role : List.of("planner", "committee", "secretariat", "disability-council")) {
      assertThat(api.as(vordingborg.user(role)).put("/api/reference/consultation-bodies/senior-council", seniors).status())
          .as(role).isEqualTo(403);
    }
    assertThat(api.as("operator").put("/api/reference/consultation-bodies/body-senior-council", seniors).body())
        .as("a code that would make group ids read two ways").contains("\"code\"").contains("ordet \\\"body\\\"");
    Api.Response added = api.as("operator").put("/api/reference/consultation-bodies/senior-council", seniors);
    assertThat(added.status()).as(added.toString()).isEqualTo(200);
    JsonNode listed = api.as("vordingborg.planner").get("/api/reference/consultation-bodies").json().findParents("code").stream()
        .filter(b -> b.path("code").asText().equals("senior-council")).findFirst().orElseThrow();
    assertThat(listed.path("legalBasis").asText()).isEqualTo(SENIORS_LAW);
    assertThat(listed.path("validFrom").asText()).isEqualTo("2097-01-01");

    // its group in every onboarded municipality, in that municipality's tenant and its cooperations' only
    List<String> onboarded = onboardedMunicipalities();
    assertThat(onboarded).contains("taarnby", "ishoej", "vallensbaek", "broendby", "vordingborg");
    for (String municipality : onboarded) {
      String group = municipality + "-body-senior-council";
      assertThat(identity.createGroupQuery().groupId(group).count()).as(group).isEqualTo(1);
      assertThat(identity.createTenantQuery().groupMember(group).list()).extracting(Tenant::getId).as(group)
          .containsExactlyInAnyOrderElementsOf(tenantsOf(municipality));
    }
    // where a municipality lacks a body's group (one a release's seed file brought), the start makes it
    identity.deleteGroup("broendby-body-senior-council");
    assertThat(bodyGroups.provisionMissing()).extracting(ConsultationBody::code).containsExactly("senior-council");
    assertThat(identity.createTenantQuery().groupMember("broendby-body-senior-council").list()).extracting(Tenant::getId)
        .containsExactlyInAnyOrderElementsOf(tenantsOf("broendby"));
    assertThat(authorizations.createAuthorizationQuery().groupIdIn("broendby-body-senior-council").count())
        .as("with the bodies' permissions").isPositive();
    assertThat(bodyGroups.provisionMissing()).as("then none is missing").isEmpty();

    // a municipality onboarded later gets it at its onboarding; people of each may be the body
    onboard("hvidovre");
    onboard("vordingborg");
    onboard("taarnby");
    for (String municipality : List.of("hvidovre", "vordingborg", "taarnby")) {
      assertThat(identity.createUserQuery().memberOfGroup(municipality + "-body-senior-council").list()).extracting(User::getId)
          .containsExactly(municipality + ".senior-council");
    }

    // a plan beginning in 2097 is offered it, and the cycle sends it the consultation
    String cycle = vordingborg.start(2097);
    vordingborg.complete("planner", cycle, AnnualPlanCycle.DRAFT_PLAN, CycleDriver.draft(2097, "Sygedagpenge reduceres fra 741 til 690"));
    String request = vordingborg.awaitTask("planner", cycle, AnnualPlanCycle.REQUEST_CONSULTATION);
    assertThat(bodyOptions(request)).contains("Ældrerådet", "senior-council", "Handicaprådet");
    vordingborg.submitOk("planner", request, consultationOf("senior-council"));
    String consultation = api.as(SENIORS_OF_VORDINGBORG, PASSWORD).get("/engine-rest/task?processInstanceId=" + cycle
        + "&taskDefinitionKey=" + AnnualPlanCycle.CONSULTATION_RESPONSE).json().path(0).path("id").asText(null);
    assertThat(consultation).as("the senior council's task").isNotNull();
    assertThat(api.as(SENIORS_OF_VORDINGBORG, PASSWORD).get("/engine-rest/task/" + consultation).json().path("name").asText())
        .isEqualTo("Afgiv høringssvar – Ældrerådet – Beskæftigelsesplan 2097 for Vordingborg Kommune");
    assertThat(tasks.createTaskQuery().taskId(consultation).singleResult().getTenantId()).isEqualTo("vordingborg");

    // like every body's, its group is its municipality's alone: Tårnby's senior council sees nothing of Vordingborg's
    assertThat(api.as("taarnby.senior-council", PASSWORD).get("/engine-rest/task?processInstanceId=" + cycle).json()).isEmpty();
    assertThat(api.as("taarnby.senior-council", PASSWORD).get("/engine-rest/task/" + consultation).status()).isEqualTo(404);
    assertThat(api.as("taarnby.senior-council", PASSWORD).post("/engine-rest/task/" + consultation + "/submit-form",
        Map.of("variables", Map.of("responseText", Map.of("value", "Tårnby svarer")))).status()).isEqualTo(404);
    assertThat(api.as("vordingborg.disability-council").get("/engine-rest/task?processInstanceId=" + cycle).json())
        .as("nor does another body of the same municipality").isEmpty();

    Api.Response answered = api.as(SENIORS_OF_VORDINGBORG, PASSWORD).post("/engine-rest/task/" + consultation + "/submit-form",
        Map.of("variables", Map.of("responseText", Map.of("value", "Ældrerådet støtter planen"))));
    assertThat(answered.status()).as(answered.toString()).isEqualTo(204);
    vordingborg.awaitTask("planner", cycle, AnnualPlanCycle.REVISE_PLAN);
    JsonNode response = api.as("vordingborg.planner").get("/api/plans/" + vordingborg.planId(cycle)).json().path("consultations").path(0);
    assertThat(response.path("body").asText()).isEqualTo("senior-council");
    assertThat(response.path("bodyName").asText()).isEqualTo("Ældrerådet");
    assertThat(response.path("responseText").asText()).isEqualTo("Ældrerådet støtter planen");

    // a plan beginning in 2096 is not offered it, and may not choose it
    String earlier = vordingborg.start(2096);
    vordingborg.complete("planner", earlier, AnnualPlanCycle.DRAFT_PLAN, CycleDriver.draft(2096, "Sygedagpenge reduceres fra 741 til 690"));
    String earlierRequest = vordingborg.awaitTask("planner", earlier, AnnualPlanCycle.REQUEST_CONSULTATION);
    assertThat(bodyOptions(earlierRequest)).contains("Handicaprådet").doesNotContain("Ældrerådet", "senior-council");
    Api.Response refused = vordingborg.submit("planner", earlierRequest, consultationOf("senior-council"));
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.body()).contains("Ældrerådet er ikke høringspart i planperioden 2096");
    assertThat(vordingborg.task("planner", earlier, AnnualPlanCycle.REQUEST_CONSULTATION).path("id").asText())
        .as("the task stays open").isEqualTo(earlierRequest);
  }

  @Test
  void anAdoptedPlanStillReadsTheTargetGroupAfterTheLawHasEndedIt() {
    Map<String, Object> plan = PlanFixtures.anImportedPlan("vallensbaek", 2025, 2025,
        List.of(PlanFixtures.anImportDecision("COUNCIL", null, "2024-12-10T19:00:00+01:00", "Vedtaget")));
    @SuppressWarnings("unchecked")
    Map<String, Object> area = (Map<String, Object>) ((List<?>) plan.get("focusAreas")).get(0);
    area.put("targetGroups", List.of("resource-programme"));
    @SuppressWarnings("unchecked")
    Map<String, Object> goal = (Map<String, Object>) ((List<?>) area.get("goals")).get(0);
    goal.put("targetGroup", "resource-programme");
    Api.Response imported = api.as("vallensbaek.planner").post("/api/plans/imports", plan);
    assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
    String planId = imported.json().path("id").asText();

    JsonNode seeded = api.as("operator").get("/api/reference/target-groups").json().findParents("code").stream()
        .filter(g -> g.path("code").asText().equals("resource-programme")).findFirst().orElseThrow();
    try {
      // the law ends ressourceforløb before the plan's year after all: the operator moves its end back
      Api.Response ended = api.as("operator").put("/api/reference/target-groups/resource-programme", Map.of(
          "danishName", "Borgere i ressourceforløb", "legalBasis", seeded.path("legalBasis").asText(), "validFrom", "2000-01-01",
          "validTo", "2024-12-31"));
      assertThat(ended.status()).as(ended.toString()).isEqualTo(200);

      JsonNode read = api.as("vallensbaek.planner").get("/api/plans/" + planId).json();
      assertThat(read.path("status").asText()).isEqualTo("ADOPTED");
      assertThat(read.path("focusAreas").path(0).path("targetGroups").path(0).asText()).isEqualTo("resource-programme");
      assertThat(read.path("targetGroupNames").path("resource-programme").asText()).isEqualTo("Borgere i ressourceforløb");
      Api.Response html = api.as("vallensbaek.planner").get("/api/plans/" + planId + "/plan-document?format=html");
      assertThat(html.status()).as(html.toString()).isEqualTo(200);
      assertThat(html.body()).contains("Borgere i ressourceforløb").doesNotContain("resource-programme");
    } finally {
      api.as("operator").put("/api/reference/target-groups/resource-programme", Map.of("danishName", seeded.path("danishName").asText(),
          "legalBasis", seeded.path("legalBasis").asText(), "validFrom", "2000-01-01", "validTo", seeded.path("validTo").asText()));
    }
  }

  private List<String> onboardedMunicipalities() {
    List<String> onboarded = new ArrayList<>();
    api.as("operator").get("/api/municipalities").json().forEach(m -> {
      if (m.path("onboarded").asBoolean()) {
        onboarded.add(m.path("tenantId").asText());
      }
    });
    return onboarded;
  }

  /** The municipality's own tenant and those of the cooperations it is a member of. */
  private List<String> tenantsOf(String municipality) {
    List<String> tenants = new ArrayList<>(List.of(municipality));
    api.as("operator").get("/api/cooperations").json().forEach(c -> {
      c.path("members").forEach(member -> {
        if (member.asText().equals(municipality)) {
          tenants.add(c.path("tenantId").asText());
        }
      });
    });
    return tenants;
  }

  private void onboard(String municipality) {
    String id = municipality + ".senior-council";
    Api.Response onboarded = api.as("operator").put("/api/municipalities/" + municipality + "/onboarding", Map.of("users", List.of(
        Map.of("id", id, "firstName", "Ældrerådet", "lastName", municipality, "email", id + "@" + municipality + ".example",
            "password", PASSWORD, "bodies", List.of("senior-council")))));
    assertThat(onboarded.status()).as(onboarded.toString()).isIn(200, 201);
  }

  private String bodyOptions(String taskId) {
    JsonNode variables = api.as("vordingborg.planner").get("/engine-rest/task/" + taskId + "/form-variables?deserializeValues=false").json();
    return variables.path(AnnualPlanCycle.Var.CONSULTATION_BODY_OPTIONS).path("value").toString();
  }

  private static Map<String, Object> consultationOf(String body) {
    return Map.of("consultationBodies", Map.of("type", "Json", "value", "[\"" + body + "\"]"),
        "consultationDeadline", Map.of("value", LocalDate.now().plusDays(30).toString()));
  }

  private String targetGroupOptions(String taskId) {
    JsonNode variables = api.as("ishoej.planner").get("/engine-rest/task/" + taskId + "/form-variables?deserializeValues=false").json();
    return variables.path(AnnualPlanCycle.Var.TARGET_GROUP_OPTIONS).path("value").toString();
  }

  /** The driver's draft with its focus area and goal for the given target group. */
  private static Map<String, Object> withTargetGroup(int year, String code) {
    @SuppressWarnings("unchecked")
    Map<String, Object> focusAreas = (Map<String, Object>) CycleDriver.draft(year, "Færre på offentlig forsørgelse").get("focusAreas");
    String json = ((String) focusAreas.get("value")).replace("\"sickness-benefit\"", "\"" + code + "\"");
    return Map.of("focusAreas", Map.of("type", "Json", "value", json));
  }

  private String startOnVersion(String tag, int firstYear) {
    String id = runtime.createProcessInstanceById(shared(tag).getId())
        .setVariables(Variables.createVariables().putValue(AnnualPlanCycle.Var.TENANT, TENANT)
            .putValue(AnnualPlanCycle.Var.FIRST_YEAR, firstYear).putValue(AnnualPlanCycle.Var.LAST_YEAR, firstYear))
        .startBeforeActivity(AnnualPlanCycle.REGISTER_PLAN).execute().getId();
    Jobs.runDue(management);
    return id;
  }

  private void requestConsultation(String cycle) {
    ishoej.complete("planner", cycle, AnnualPlanCycle.REQUEST_CONSULTATION, Map.of(
        "consultationBodies", Map.of("type", "Json", "value", "[\"disability-council\"]"),
        "consultationDeadline", Map.of("value", LocalDate.now().plusDays(30).toString())));
  }

  private void walkToTheCouncil(String cycle, int year) {
    ishoej.complete("planner", cycle, AnnualPlanCycle.DRAFT_PLAN, CycleDriver.draft(year, "Sygedagpenge reduceres fra 741 til 690"));
    requestConsultation(cycle);
    ishoej.complete("disability-council", cycle, AnnualPlanCycle.CONSULTATION_RESPONSE, Map.of("responseText", Map.of("value", "Enig")));
    ishoej.complete("planner", cycle, AnnualPlanCycle.REVISE_PLAN, CycleDriver.draft(year, "Sygedagpenge reduceres fra 741 til 680"));
    ishoej.awaitTask("committee", cycle, AnnualPlanCycle.COMMITTEE_RECOMMENDATION);
    ishoej.complete("committee", cycle, AnnualPlanCycle.COMMITTEE_RECOMMENDATION, Map.of("committeeDecision", Map.of("value", "approve")));
    ishoej.awaitTask("secretariat", cycle, AnnualPlanCycle.COUNCIL_ADOPTION);
  }

  private JsonNode migrate(Map<String, Object> request) {
    Api.Response response = api.as("operator").post("/api/cycle-migrations", request);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json();
  }

  private static JsonNode refusalOf(JsonNode report, String processInstanceId) {
    List<JsonNode> refused = new ArrayList<>();
    report.path("refused").forEach(refused::add);
    return refused.stream().filter(r -> r.path("processInstanceId").asText().equals(processInstanceId)).findFirst().orElseThrow();
  }

  private String cycleVersion(String planId) {
    return api.as("ishoej.planner").get("/api/plans/" + planId).json().path("cycle").path("version").asText();
  }

  private String definitionOf(String processInstanceId) {
    return runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult().getProcessDefinitionId();
  }

  private String deployedForm(String user, String taskId) {
    Api.Response form = api.as(user).get("/engine-rest/task/" + taskId + "/deployed-form");
    assertThat(form.status()).as(form.toString()).isEqualTo(200);
    return form.body();
  }

  private ProcessDefinition shared(String tag) {
    return repository.createProcessDefinitionQuery().processDefinitionKey(AnnualPlanCycle.PROCESS_KEY).versionTag(tag)
        .withoutTenantId().orderByProcessDefinitionVersion().desc().listPage(0, 1).get(0);
  }
}
