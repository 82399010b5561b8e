package dk.aarshjul.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.aarshjul.testing.Api;
import dk.aarshjul.testing.CycleDriver;
import dk.aarshjul.testing.Jobs;
import dk.aarshjul.testing.OwnApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Our API and the engine's with access tokens of a real OpenID Connect provider (mock-oauth2-server, started
 * here), HTTP Basic switched off: a planner's token works the cycle, a token of another municipality finds
 * nothing of it and changes nothing, a person whose roles give no municipality is told so in Danish, and
 * Basic, even with the right password, is refused.
 */
@OwnApplication
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "aarshjul.security.basic-auth.enabled=false")
@ActiveProfiles({"demo", "test"})
class SingleSignOnIT {

  static final SsoTestProvider PROVIDER = SsoTestProvider.start();

  @DynamicPropertySource
  static void provider(DynamicPropertyRegistry registry) {
    PROVIDER.register(registry);
  }

  @AfterAll
  static void stopProvider() throws Exception {
    PROVIDER.close();
  }

  @LocalServerPort int port;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;

  Api as(String userId, List<String> roles) {
    return Api.at(port).withBearer(PROVIDER.accessToken(userId, roles));
  }

  @Test
  void aPlannersTokenStartsThePlanAndCompletesTheDraftAndAnotherMunicipalitysTokenFindsNothingOfIt() {
    Api planner = as("mette.jensen@taarnby.dk", List.of("taarnby:planner"));
    Api.Response started = planner.post("/api/plans", Map.of("tenantId", "taarnby", "firstYear", 2093));
    assertThat(started.status()).as(started.toString()).isEqualTo(201);
    String planId = started.json().path("id").asText();
    String instance = started.json().path("processInstanceId").asText();
    Jobs.runDue(management);
    JsonNode drafts = planner.get("/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey=userTask_draftPlan").json();
    assertThat(drafts).as("the planner's candidate group works with the token's roles").hasSize(1);
    String draftTask = drafts.get(0).path("id").asText();

    Api ishoej = as("lars.ishoej", List.of("ishoej:planner", "ishoej:committee"));
    Map<String, Object> foreignDraft = Map.of("variables", CycleDriver.draft(2093, "Ishøj skriver i Tårnbys plan"));
    for (Api.Response foreign : List.of(ishoej.get("/api/plans/" + planId), ishoej.get("/engine-rest/task/" + draftTask),
        ishoej.get("/engine-rest/task/" + draftTask + "/form-variables"),
        ishoej.post("/engine-rest/task/" + draftTask + "/submit-form", foreignDraft),
        ishoej.post("/engine-rest/task/" + draftTask + "/claim", Map.of("userId", "lars.ishoej")),
        ishoej.put("/api/plans/" + planId + "/content", Map.of("focusAreas", List.of())))) {
      assertThat(foreign.status()).as(foreign.toString()).isEqualTo(404);
      assertThat(foreign.contentType()).startsWith("application/problem+json");
    }
    assertThat(ishoej.get("/api/plans").json()).extracting(p -> p.path("id").asText()).doesNotContain(planId);
    assertThat(ishoej.get("/engine-rest/task?processInstanceId=" + instance).json()).isEmpty();

    JsonNode unchanged = planner.get("/api/plans/" + planId).json();
    assertThat(unchanged.path("version").asInt()).as("nothing of Ishøj's was stored").isZero();
    assertThat(planner.get("/engine-rest/task/" + draftTask).json().path("assignee").isNull()).isTrue();

    Api.Response completed = planner.post("/engine-rest/task/" + draftTask + "/submit-form",
        Map.of("variables", CycleDriver.draft(2093, "Sygedagpenge reduceres fra 741 til 690")));
    assertThat(completed.status()).as(completed.toString()).isEqualTo(204);
    Jobs.runDue(management);
    JsonNode plan = planner.get("/api/plans/" + planId).json();
    assertThat(plan.path("version").asInt()).isEqualTo(1);
    assertThat(plan.path("createdBy").asText()).isEqualTo("mette.jensen@taarnby.dk");
    assertThat(planner.get("/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey=userTask_requestConsultation")
        .json()).hasSize(1);
  }

  @Test
  void aPersonWhoseRolesGiveNoMunicipalityGetsNothingAndIsToldSoInDanish() {
    for (List<String> roles : List.of(List.<String>of(), List.of("gentofte:planner"), List.of("taarnby:gardener", "chef"))) {
      Api unmapped = as("ole.udenrolle", roles);
      for (Api.Response refused : List.of(unmapped.get("/api/plans"), unmapped.get("/api/municipalities"),
          unmapped.get("/engine-rest/task"), unmapped.post("/api/plans", Map.of("tenantId", "taarnby", "firstYear", 2094)))) {
        assertThat(refused.status()).as(roles + ": " + refused).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("detail").asText()).startsWith("Din bruger er ikke knyttet til en kommune i Årshjul");
      }
    }
    assertThat(identity.createUserQuery().userId("ole.udenrolle").count()).as("a token writes nothing").isZero();
  }

  @Test
  void platformRolesComeFromTheTokenToo() {
    Api.Response published = as("udmelder", List.of("publisher")).post("/api/national-goals",
        Map.of("year", 2095, "goals", List.of("En værdig sagsbehandling")));
    assertThat(published.status()).as(published.toString()).isBetween(200, 299);
    Api.Response byPlanner = as("mette.jensen@taarnby.dk", List.of("taarnby:planner")).post("/api/national-goals",
        Map.of("year", 2096, "goals", List.of("Ikke planlæggerens")));
    assertThat(byPlanner.status()).as(byPlanner.toString()).isEqualTo(403);

    Api.Response users = as("drift", List.of("operator")).get("/engine-rest/user?memberOfGroup=taarnby-planner");
    assertThat(users.status()).as(users.toString()).isEqualTo(200);
    assertThat(users.json()).extracting(u -> u.path("id").asText()).contains("taarnby.planner");
    assertThat(as("mette.jensen@taarnby.dk", List.of("taarnby:planner")).get("/engine-rest/user").status())
        .as("the operator's part of the engine API").isEqualTo(403);
  }

  @Test
  void basicSwitchedOffIsRefusedEvenWithTheRightPasswordAndABadTokenToo() throws Exception {
    HttpResponse<String> basic = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/api/plans"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("taarnby.planner:demo".getBytes(StandardCharsets.UTF_8)))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(basic.statusCode()).isEqualTo(401);
    assertThat(basic.headers().allValues("WWW-Authenticate")).containsExactly("Bearer realm=\"Aarshjul\"");
    assertThat(basic.body()).contains("adgangstoken fra kommunens login");
    assertThat(Api.at(port).as("operator").get("/engine-rest/user").status()).isEqualTo(401);

    String otherIssuer = PROVIDER.token("en-anden-udbyder", "mette",
        Map.of("preferred_username", "mette.jensen@taarnby.dk", "groups", List.of("taarnby:planner")));
    assertThat(Api.at(port).withBearer(otherIssuer).get("/api/plans").status()).as("a token of another issuer").isEqualTo(401);
    assertThat(Api.at(port).withBearer("ikke.et.token").get("/api/plans").status()).isEqualTo(401);
    String noUserId = PROVIDER.token(SsoTestProvider.ISSUER, "mette", Map.of("groups", List.of("taarnby:planner")));
    assertThat(Api.at(port).withBearer(noUserId).get("/api/plans").status()).as("a token without preferred_username").isEqualTo(401);
  }
}
