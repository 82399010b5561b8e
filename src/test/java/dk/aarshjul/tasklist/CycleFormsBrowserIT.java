package dk.aarshjul.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.aarshjul.testing.AarshjulIntegrationTest;
import dk.aarshjul.testing.Api;
import dk.aarshjul.testing.BrowserTest;
import dk.aarshjul.testing.CycleDriver;
import dk.aarshjul.testing.Jobs;
import dk.aarshjul.testing.Tasklist;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The cycle after the draft, each step through its own form in Tasklist as its user does it: the planner
 * sends the draft to consultation, the disability council answers, the planner revises, the committee
 * recommends and the council secretariat records the adoption. Every form is checked with axe-core, before and after
 * it is taken (docs/accessibility.md).
 */
@BrowserTest
@AarshjulIntegrationTest
class CycleFormsBrowserIT {

  static final String TITLE = "Beskæftigelsesplan 2087 for Brøndby Kommune";

  @LocalServerPort int port;
  @Autowired ManagementService management;

  @Test
  void consultationRevisionRecommendationAndAdoptionAreEachCompletedThroughTheirForm() {
    Api api = Api.at(port);
    CycleDriver broendby = new CycleDriver(api, management, "broendby");
    String instance = broendby.start(2087);
    String planId = broendby.planId(instance);
    broendby.complete("planner", instance, "userTask_draftPlan", CycleDriver.draft(2087, "Færre på sygedagpenge"));

    try (Tasklist tasklist = new Tasklist(port).checkingAccessibility()) {
      tasklist.logIn("broendby.planner");
      tasklist.openAndClaim(broendby.awaitTask("planner", instance, "userTask_requestConsultation"), "Send udkastet i høring", TITLE);
      tasklist.tick("Handicaprådet");
      tasklist.type("Høringsfrist", LocalDate.now().plusDays(21).format(DateTimeFormatter.ofPattern("dd-MM-yyyy")) + Keys.TAB);
      tasklist.screenshot("cycle-request-consultation-form");
      tasklist.complete();

      tasklist.logIn("broendby.disability-council");
      tasklist.openAndClaim(broendby.awaitTask("disability-council", instance, "userTask_consultationResponse"), "Afgiv høringssvar – Handicaprådet", TITLE);
      tasklist.type("Høringssvar", "Husk tilgængeligheden i alle tilbud.");
      tasklist.screenshot("cycle-consultation-response-form");
      tasklist.complete();

      tasklist.logIn("broendby.planner");
      tasklist.openAndClaim(broendby.awaitTask("planner", instance, "userTask_revisePlan"),
          "Revidér planen efter høring og bemærkninger", "Husk tilgængeligheden i alle tilbud.");
      tasklist.screenshot("cycle-revise-plan-form");
      tasklist.complete();

      tasklist.logIn("broendby.committee");
      tasklist.openAndClaim(broendby.awaitTask("committee", instance, "userTask_committeeRecommendation"), "Udvalget i Brøndby indstiller planen", TITLE);
      tasklist.tick("Udvalget indstiller planen til vedtagelse");
      tasklist.screenshot("cycle-committee-recommendation-form");
      tasklist.complete();

      tasklist.logIn("broendby.secretariat");
      tasklist.openAndClaim(broendby.awaitTask("secretariat", instance, "userTask_councilAdoption"), "Kommunalbestyrelsen i Brøndby vedtager planen", TITLE);
      tasklist.tick("Kommunalbestyrelsen har vedtaget planen");
      tasklist.type("Bemærkninger", "Vedtaget på mødet i december.");
      tasklist.screenshot("cycle-council-adoption-form");
      tasklist.complete();
    }

    JsonNode plan = Awaitility.await("the plan is adopted").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
        .until(() -> {
          Jobs.runDue(management);
          return api.as("broendby.planner").get("/api/plans/" + planId).json();
        }, p -> p.path("status").asText().equals("ADOPTED"));
    assertThat(plan.path("consultations").get(0).path("respondedBy").asText()).isEqualTo("broendby.disability-council");
    assertThat(plan.path("consultations").get(0).path("bodyName").asText()).isEqualTo("Handicaprådet");
    assertThat(plan.path("decisions")).extracting(d -> d.path("outcome").asText() + "/" + d.path("recordedBy").asText())
        .containsExactly("RECOMMENDED/broendby.committee", "ADOPTED/broendby.secretariat");
    assertThat(plan.path("decisions").get(1).path("remarks").asText()).isEqualTo("Vedtaget på mødet i december.");
    assertThat(plan.path("version").asInt()).as("the draft and the revision").isEqualTo(2);
  }
}
