package dk.aarshjul.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.goals.domain.GoalStatus;
import dk.aarshjul.planning.application.YearlyCycleStarts;
import dk.aarshjul.shared.TenantId;
import dk.aarshjul.testing.AarshjulIntegrationTest;
import dk.aarshjul.testing.Api;
import dk.aarshjul.testing.BrowserTest;
import dk.aarshjul.testing.CycleDriver;
import dk.aarshjul.testing.Jobs;
import dk.aarshjul.testing.StatusRoundDriver;
import dk.aarshjul.testing.Tasklist;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The cycle after the draft, each step through its own form in Tasklist as its user does it: the planner
 * sends the draft to consultation, the disability council answers, the planner revises, the committee
 * recommends and the council secretariat records the adoption. Every form is checked with axe-core, before and after
 * it is taken (docs/accessibility.md). Next year's draft then begins as this plan, with its results.
 */
@BrowserTest
@AarshjulIntegrationTest
class CycleFormsBrowserIT {

  static final String TITLE = "Beskæftigelsesplan 2087 for Brøndby Kommune";

  @LocalServerPort int port;
  @Autowired ManagementService management;
  @Autowired YearlyCycleStarts starts;
  @Autowired JdbcClient jdbc;

  @Test
  void consultationRevisionRecommendationAndAdoptionAreEachCompletedThroughTheirForm() throws Exception {
    Api api = Api.at(port);
    CycleDriver broendby = new CycleDriver(api, management, "broendby");
    String instance = broendby.start(2087);
    String planId = broendby.planId(instance);
    broendby.complete("planner", instance, "userTask_draftPlan", CycleDriver.draft(2087, "Færre på sygedagpenge"));

    try (Tasklist tasklist = new Tasklist(port).checkingAccessibility()) {
      tasklist.logIn("broendby.planner");
      tasklist.openAndClaim(broendby.awaitTask("planner", instance, "userTask_requestConsultation"), "Send udkastet i høring", TITLE);
      tasklist.tick("Handicaprådet");
      // a deadline already passed is refused at its field, in Danish
      String yesterday = LocalDate.now().minusDays(1).format(Tasklist.DATE);
      tasklist.type("Høringsfrist", yesterday + Keys.TAB);
      tasklist.await().until(d -> tasklist.errorsAt("Høringsfrist").contains("Datoen " + yesterday + " ligger før"));
      tasklist.screenshot("cycle-request-consultation-past-date");
      tasklist.clear("Høringsfrist");
      tasklist.type("Høringsfrist", LocalDate.now().plusDays(21).format(Tasklist.DATE) + Keys.TAB);
      tasklist.await().until(d -> tasklist.errorsAt("Høringsfrist").isEmpty());
      tasklist.screenshot("cycle-request-consultation-form");
      tasklist.complete();

      // the body's task comes from the consultation's own step, after the planner's request
      tasklist.logIn("broendby.disability-council");
      tasklist.openAndClaim(broendby.awaitTask("disability-council", instance, "userTask_consultationResponse"), "Afgiv høringssvar – Handicaprådet", TITLE);
      tasklist.complete();
      tasklist.await().until(d -> tasklist.errorsAt("Høringssvar").contains("Feltet skal udfyldes."));
      tasklist.screenshot("cycle-consultation-response-required");
      tasklist.type("Høringssvar", "Husk tilgængeligheden i alle tilbud.");
      tasklist.screenshot("cycle-consultation-response-form");
      tasklist.complete();

      tasklist.logIn("broendby.planner");
      tasklist.openAndClaim(broendby.awaitTask("planner", instance, "userTask_revisePlan"),
          "Revidér planen efter høring og bemærkninger", "Husk tilgængeligheden i alle tilbud.");
      refusedWithoutAFocusAreaThenCompleted(tasklist, "cycle-revise-plan");

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

    nextYearsDraftBuildsOnThisPlanAndShowsItsResults(api, planId);
  }

  /**
   * The plan's last quarter is reported to the committee; on Brøndby's day the next year's cycle starts by itself, and
   * the planner opens a draft that is this plan, with its results above it.
   */
  private void nextYearsDraftBuildsOnThisPlanAndShowsItsResults(Api api, String planId) throws Exception {
    assertThat(api.as("broendby.planner").post("/api/plans/" + planId + "/status-rounds", Map.of("quarter", "2087Q4")).status())
        .isEqualTo(202);
    Jobs.runDue(management);
    new StatusRoundDriver(api, management).finish(planId, "broendby.planner", List.of("broendby.committee"), "1.1",
        "Tidlig kontakt til de sygemeldte er sat i gang.");
    YearlyCycleStarts.Result started = starts.startIfDue(TenantId.of("broendby"), LocalDate.of(2087, 6, 2), "system");
    assertThat(started.started()).isTrue();
    Jobs.runDue(management);
    String draft = api.as("broendby.planner").get("/engine-rest/task?taskDefinitionKey=userTask_draftPlan&processInstanceBusinessKey="
        + started.planId()).json().get(0).path("id").asText();

    try (Tasklist tasklist = new Tasklist(port).checkingAccessibility()) {
      tasklist.logIn("broendby.planner");
      tasklist.openAndClaim(draft, "Udarbejd udkast til fokusområder og mål", "Resultater for 2087");
      String form = tasklist.browser().findElement(By.cssSelector(".fjs-form")).getText();
      assertThat(form).contains("Overført fra " + TITLE + " (version 2) – ret det, der skal ændres.",
          "Resultater for 2087", "Status for 4. kvartal 2087", "1.1 Færre på sygedagpenge – " + finalStatus(planId) + ".",
          "Kommentar til udvalget: Tidlig kontakt til de sygemeldte er sat i gang.");
      assertThat(tasklist.field("Fokusområde").getAttribute("value")).as("the copy in the editor").isEqualTo("Sygedagpenge");
      tasklist.screenshot("cycle-carried-over-draft-form");
      refusedWithoutAFocusAreaThenCompleted(tasklist, "cycle-carried-over-draft");
    }
    Awaitility.await("the carried-over draft completed: the cycle asks for the consultation").atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(300)).until(() -> {
          Jobs.runDue(management);
          return api.as("broendby.planner").get("/engine-rest/task?taskDefinitionKey=userTask_requestConsultation"
              + "&processInstanceBusinessKey=" + started.planId()).json();
        }, tasks -> tasks.size() == 1);
    assertThat(api.as("broendby.planner").get("/api/plans/" + started.planId()).json().path("focusAreas").get(0).path("title").asText())
        .isEqualTo("Sygedagpenge");
  }

  /**
   * The plan editor's own check in Danish at the field: the focus area's title emptied, Afslut is refused with
   * "Feltet skal udfyldes." under it; written again, the task completes.
   */
  private static void refusedWithoutAFocusAreaThenCompleted(Tasklist tasklist, String shot) {
    tasklist.clear("Fokusområde");
    tasklist.complete();
    tasklist.await().until(d -> tasklist.errorsAt("Fokusområde").contains("Feltet skal udfyldes."));
    tasklist.screenshot(shot + "-required");
    tasklist.type("Fokusområde", "Sygedagpenge");
    tasklist.await().until(d -> tasklist.errorsAt("Fokusområde").isEmpty());
    tasklist.screenshot(shot + "-form");
    tasklist.complete();
  }

  /** The goal's status in the round's final report, as stored, by its Danish label. */
  private String finalStatus(String planId) throws Exception {
    String report = jdbc.sql("select content from status_report where plan_id = ? and finalised_at is not null").params(planId)
        .query(String.class).single();
    return GoalStatus.valueOf(new ObjectMapper().readTree(report).path("goals").get(0).path("status").asText()).danishLabel();
  }
}
