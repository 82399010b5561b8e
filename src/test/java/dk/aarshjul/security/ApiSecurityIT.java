package dk.aarshjul.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.testing.AarshjulIntegrationTest;
import dk.aarshjul.testing.Api;
import dk.aarshjul.testing.CycleDriver;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every endpoint: 401 without credentials, 403 for the wrong role, 404 for another municipality's plan. */
@AarshjulIntegrationTest
class ApiSecurityIT {

  @LocalServerPort int port;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  Api api;

  @BeforeEach
  void setUp() {
    api = Api.at(port);
  }

  @Test
  void nothingAnswersWithoutCredentials() {
    Api anonymous = api.anonymous();
    for (String path : List.of("/api/plans", "/api/plans/any", "/api/municipalities", "/engine-rest/task",
        "/engine-rest/process-instance", "/engine-rest/history/process-instance", "/engine-rest/process-definition",
        "/engine-rest/user", "/engine-rest/authorization")) {
      Api.Response response = anonymous.get(path);
      assertThat(response.status()).as(path).isEqualTo(401);
      assertThat(response.body()).as(path).doesNotContain("taarnby");
    }
    assertThat(anonymous.post("/api/national-goals", Map.of("year", 2030, "goals", List.of("x"))).status()).isEqualTo(401);
    assertThat(anonymous.put("/api/municipalities/odense/onboarding", Map.of()).status()).isEqualTo(401);
    assertThat(anonymous.post("/api/plans/any/status-rounds", Map.of()).status()).isEqualTo(401);
    assertThat(anonymous.post("/engine-rest/process-definition/key/annualPlanCycle/start", Map.of()).status()).isEqualTo(401);
  }

  @Test
  void theApiDescriptionIsPublishedAtAStableAddress() {
    Api.Response docs = api.anonymous().get("/api-docs");
    assertThat(docs.status()).isEqualTo(200);
    assertThat(docs.json().path("paths").fieldNames()).toIterable()
        .contains("/api/plans", "/api/plans/{planId}", "/api/national-goals", "/api/municipalities/{tenantId}/onboarding");
    assertThat(docs.json().path("components").path("securitySchemes").path("basic").path("scheme").asText()).isEqualTo("basic");
  }

  @Test
  void aWrongPasswordIsRejected() {
    // a user no other test uses: the engine holds a user back for a while after wrong passwords (brute force)
    assertThat(api.as("vordingborg.integration-council", "forkert").get("/api/plans").status()).isEqualTo(401);
    assertThat(api.as("vordingborg.integration-council", "forkert").get("/engine-rest/task").status()).isEqualTo(401);
    assertThat(api.as("nobody", "demo").get("/api/plans").status()).isEqualTo(401);
  }

  @Test
  void onlyThePublisherPublishesNationalGoals() {
    Api.Response response = api.as("taarnby.planner").post("/api/national-goals", Map.of("year", 2060, "goals", List.of("Mål")));
    assertThat(response.status()).isEqualTo(403);
    assertThat(response.json().path("detail").asText()).isEqualTo("Din rolle giver ikke adgang til denne handling");
    assertThat(api.as("operator").post("/api/national-goals", Map.of("year", 2060, "goals", List.of("Mål"))).status()).isEqualTo(403);
  }

  @Test
  void onlyTheOperatorOnboardsAndOnboardingIsIdempotent() {
    assertThat(api.as("taarnby.planner").put("/api/municipalities/odense/onboarding", Map.of()).status()).isEqualTo(403);
    assertThat(api.as("publisher").put("/api/municipalities/odense/onboarding", Map.of()).status()).isEqualTo(403);

    Map<String, Object> request = Map.of("users", List.of(Map.of("id", "odense.planner", "firstName", "Olga",
        "lastName", "Planlægger", "email", "olga@odense.dk", "password", "hemmelig-kode", "roles", List.of("planner"))));
    Api.Response first = api.as("operator").put("/api/municipalities/odense/onboarding", request);
    Api.Response second = api.as("operator").put("/api/municipalities/odense/onboarding", request);

    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    assertThat(second.status()).isEqualTo(200);
    assertThat(identity.createTenantQuery().tenantId("odense").count()).isEqualTo(1);
    assertThat(identity.createGroupQuery().memberOfTenant("odense").list()).extracting(g -> g.getId())
        .contains("odense-planner", "odense-committee", "odense-secretariat", "odense-body-disability-council", "platform-operator");
    assertThat(identity.createUserQuery().memberOfGroup("odense-planner").list()).extracting(u -> u.getId())
        .containsExactly("odense.planner");
    assertThat(api.as("odense.planner", "hemmelig-kode").get("/api/plans").status()).isEqualTo(200);
    assertThat(api.as("taarnby.planner").get("/api/municipalities").json())
        .filteredOn(m -> m.path("tenantId").asText().equals("odense"))
        .singleElement().satisfies(m -> assertThat(m.path("onboarded").asBoolean()).isTrue());
  }

  @Test
  void onlyTheOperatorOnboardsACooperationOfOnboardedMunicipalities() {
    Map<String, Object> request = Map.of("name", "Jobcenter Brøndby-Vordingborg", "municipalities", List.of("broendby", "vordingborg"));
    assertThat(api.anonymous().put("/api/cooperations/broendby-vordingborg", request).status()).isEqualTo(401);
    assertThat(api.as("broendby.planner").put("/api/cooperations/broendby-vordingborg", request).status()).isEqualTo(403);
    Api.Response invalid = api.as("operator").put("/api/cooperations/broendby-odder",
        Map.of("name", "x", "municipalities", List.of("broendby", "odder")));
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.json().path("detail").asText()).contains("'odder' er ikke en kommune på platformen");

    assertThat(api.as("operator").put("/api/cooperations/broendby-vordingborg", request).status()).isEqualTo(201);
    assertThat(api.as("operator").put("/api/cooperations/broendby-vordingborg", request).status()).isEqualTo(200);
    assertThat(identity.createTenantQuery().userMember("vordingborg.committee").includingGroupsOfUser(true).list())
        .extracting(t -> t.getId()).contains("vordingborg", "broendby-vordingborg");
    assertThat(api.as("taarnby.planner").get("/api/cooperations").json())
        .extracting(c -> c.path("tenantId").asText()).contains("ishoej-vallensbaek", "broendby-vordingborg");
  }

  @Test
  void onboardingRejectsAnUnknownMunicipalityAndABadUser() {
    Api operator = api.as("operator");
    assertThat(operator.put("/api/municipalities/christiansoe/onboarding", Map.of()).status()).isEqualTo(404);
    Api.Response bad = operator.put("/api/municipalities/odder/onboarding",
        Map.of("users", List.of(Map.of("id", "odder planner", "password", "kort", "roles", List.of("mayor")))));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().path("errors")).extracting(e -> e.path("field").asText())
        .containsExactlyInAnyOrder("users[0].id", "users[0].password", "users[0].roles");
    assertThat(identity.createTenantQuery().tenantId("odder").count()).as("nothing half-done").isZero();
  }

  @Test
  void onlyTheMunicipalitysPlannerRequestsAnExtraStatusRound() {
    CycleDriver brondby = new CycleDriver(api, management, "broendby");
    String planId = brondby.planId(brondby.start(2061));

    assertThat(api.as("broendby.committee").post("/api/plans/" + planId + "/status-rounds", Map.of()).status()).isEqualTo(403);
    assertThat(api.as("taarnby.planner").post("/api/plans/" + planId + "/status-rounds", Map.of()).status()).isEqualTo(404);
    Api.Response notAdopted = api.as("broendby.planner").post("/api/plans/" + planId + "/status-rounds", Map.of("quarter", "2061Q1"));
    assertThat(notAdopted.status()).isEqualTo(409);
    assertThat(notAdopted.json().path("detail").asText()).contains("kun en vedtaget plan følges op");
    assertThat(api.as("broendby.planner").post("/api/plans/" + planId + "/status-rounds", Map.of("quarter", "første")).status())
        .isEqualTo(400);
  }

  @Test
  void aMissingPlanIsNotFoundAndMalformedJsonIsABadRequest() {
    Api.Response missing = api.as("taarnby.planner").get("/api/plans/does-not-exist");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.contentType()).startsWith("application/problem+json");
    Api.Response malformed = api.as("publisher").postRaw("/api/national-goals", "{\"year\": 20");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.json().path("detail").asText()).isEqualTo("Forespørgslen kunne ikke læses som gyldig JSON");
  }
}
