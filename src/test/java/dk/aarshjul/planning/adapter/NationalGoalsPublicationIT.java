package dk.aarshjul.planning.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.aarshjul.testing.AarshjulIntegrationTest;
import dk.aarshjul.testing.Api;
import dk.aarshjul.testing.Jobs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Publishing the national goals for a year starts one cycle in every onboarded municipality, once. */
@AarshjulIntegrationTest
class NationalGoalsPublicationIT {

  static final List<String> GOALS_2024 = List.of(
      "En værdig sagsbehandling", "Flere ledige skal opkvalificeres", "Flere flygtninge skal være selvforsørgende",
      "Flere personer med handicap i beskæftigelse", "Virksomhederne skal have den kvalificerede arbejdskraft, de efterspørger");

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;

  @Test
  void publicationStartsOneCyclePerOnboardedMunicipality() {
    Api api = Api.at(port);
    List<String> onboarded = new ArrayList<>();
    api.as("publisher").get("/api/municipalities").json().forEach(m -> {
      if (m.path("onboarded").asBoolean()) {
        onboarded.add(m.path("tenantId").asText());
      }
    });
    assertThat(onboarded).contains("taarnby", "ishoej", "vallensbaek", "broendby", "vordingborg");

    Api.Response published = api.as("publisher").post("/api/national-goals", Map.of("year", 2018, "goals", GOALS_2024));

    assertThat(published.status()).as(published.toString()).isEqualTo(201);
    assertThat(published.json().path("cyclesStartedFor")).extracting(JsonNode::asText).containsExactlyInAnyOrderElementsOf(onboarded);
    List<ProcessInstance> cycles = cyclesFor(2018);
    assertThat(cycles).extracting(ProcessInstance::getTenantId).containsExactlyInAnyOrderElementsOf(onboarded);

    assertThat(api.as("taarnby.committee").get("/api/national-goals/2018").json().path("goals"))
        .extracting(JsonNode::asText).containsExactlyElementsOf(GOALS_2024);
    assertThat(api.anonymous().get("/api/national-goals/2018").status()).isEqualTo(401);
    Api.Response none = api.as("taarnby.planner").get("/api/national-goals/1999");
    assertThat(none.status()).isEqualTo(404);
    assertThat(none.json().path("detail").asText()).isEqualTo("Der er ikke offentliggjort nationale mål for 1999");

    Jobs.runDue(management);
    JsonNode vordingborgPlans = api.as("vordingborg.planner").get("/api/plans").json();
    JsonNode plan = api.as("vordingborg.planner").get("/api/plans/" + planFor(vordingborgPlans, 2018)).json();
    assertThat(plan.path("nationalGoalsYear").asInt()).isEqualTo(2018);
    assertThat(plan.path("title").asText()).isEqualTo("Beskæftigelsesplan 2018 for Vordingborg Kommune");
  }

  @Test
  void aYearOfTheCycleWithoutTheMinistersGoalsStartsCyclesWhosePlansLinkToNone() {
    Api api = Api.at(port);
    Api.Response published = api.as("publisher").post("/api/national-goals", Map.of("year", 2073, "goals", GOALS_2024));
    assertThat(published.status()).as(published.toString()).isEqualTo(201);
    Jobs.runDue(management);
    JsonNode plan = api.as("vordingborg.planner").get("/api/plans/" + planFor(api.as("vordingborg.planner").get("/api/plans").json(), 2073)).json();
    assertThat(plan.path("cycle").path("version").asText()).isEqualTo("2027");
    assertThat(plan.path("nationalGoalsYear").isNull() || plan.path("nationalGoalsYear").isMissingNode())
        .as("the 2027 cycle has no national-goals step (reference data, cycle-versions): %s", plan).isTrue();
  }

  @Test
  void publishingTheSameYearTwiceIsRejectedNotDuplicated() {
    Api publisher = Api.at(port).as("publisher");
    assertThat(publisher.post("/api/national-goals", Map.of("year", 2071, "goals", GOALS_2024)).status()).isEqualTo(201);
    int cycles = cyclesFor(2071).size();

    Api.Response again = publisher.post("/api/national-goals", Map.of("year", 2071, "goals", GOALS_2024));

    assertThat(again.status()).isEqualTo(400);
    assertThat(again.json().path("detail").asText()).isEqualTo("År: de nationale mål for 2071 er allerede udmeldt");
    assertThat(cyclesFor(2071)).hasSize(cycles);
  }

  @Test
  void publicationWithoutGoalsIsRejected() {
    // other tests run cycles for the same year in their municipalities: the publication starts none
    int cycles = cyclesFor(2072).size();
    Api.Response empty = Api.at(port).as("publisher").post("/api/national-goals", Map.of("year", 2072, "goals", List.of()));
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.json().path("errors").get(0).path("message").asText()).isEqualTo("der skal være mindst ét mål");
    assertThat(cyclesFor(2072)).hasSize(cycles);
  }

  private List<ProcessInstance> cyclesFor(int year) {
    return runtime.createProcessInstanceQuery().processDefinitionKey("annualPlanCycle")
        .variableValueEquals("firstYear", year).list();
  }

  private static String planFor(JsonNode plans, int year) {
    for (JsonNode plan : plans) {
      if (plan.path("firstYear").asInt() == year) {
        return plan.path("id").asText();
      }
    }
    throw new AssertionError("No plan for " + year + " in " + plans);
  }
}
