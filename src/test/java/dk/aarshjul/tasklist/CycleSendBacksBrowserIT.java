package dk.aarshjul.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.aarshjul.planning.adapter.camunda.AnnualPlanCycle;
import dk.aarshjul.testing.AarshjulIntegrationTest;
import dk.aarshjul.testing.Api;
import dk.aarshjul.testing.BrowserTest;
import dk.aarshjul.testing.CycleDriver;
import dk.aarshjul.testing.Jobs;
import dk.aarshjul.testing.Tasklist;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The send-back paths of the current cycle (bpmn/annual-plan-cycle.bpmn, versionTag 2027) in a Danish Chromium:
 * Vallensbæk's committee sends its 2054 plan back once and the council once, the planner revises in between, and
 * every form first shows a refusal in Danish at its field, with no English and no ids: the start dialog the
 * server's (a plan for the year exists), the consultation answer form-js's, the committee and the council the
 * server's (a send-back without remarks). Screenshots in target/screenshots/send-backs/.
 */
@BrowserTest
@AarshjulIntegrationTest
class CycleSendBacksBrowserIT {

  static final int YEAR = 2054;
  static final String TITLE = "Beskæftigelsesplan 2054 for Vallensbæk Kommune";
  static final String SHOTS = "screenshots/send-backs/";
  static final String COMMITTEE = "Udvalget i Vallensbæk indstiller planen";
  static final String COUNCIL = "Kommunalbestyrelsen i Vallensbæk vedtager planen";
  static final String COMMITTEE_REMARKS = "Målværdien skal være mere ambitiøs: højst 650.";
  static final String COUNCIL_REMARKS = "Skriv i målsætningen, at kontakten begynder i første sygeuge.";
  static final String REVISED_GOAL = "Færre på sygedagpenge med kontakt i første sygeuge";

  @LocalServerPort int port;
  @Autowired ManagementService management;
  Api api;
  CycleDriver vallensbaek;
  String instance;
  Tasklist tasklist;

  @BeforeEach
  void openBrowser() {
    api = Api.at(port);
    vallensbaek = new CycleDriver(api, management, "vallensbaek");
    tasklist = new Tasklist(port);
  }

  @AfterEach
  void closeBrowser() {
    tasklist.screenshot(SHOTS + "last");
    tasklist.close();
  }

  @Test
  void theCommitteeAndTheCouncilEachSendThePlanBackOnceAndEveryFormRefusesInDanishAtItsField() {
    instance = vallensbaek.start(YEAR);
    String planId = vallensbaek.planId(instance);
    assertThat(api.as("vallensbaek.planner").get("/api/plans/" + planId).json().path("cycle").path("version").asText())
        .isEqualTo("2027");

    aSecondPlanForTheYearIsRefusedInTheStartDialog();

    // the draft and the consultation request through their forms: CycleFormsBrowserIT, TasklistBrowserIT
    vallensbaek.complete("planner", instance, AnnualPlanCycle.DRAFT_PLAN, CycleDriver.draft(YEAR, "Færre på sygedagpenge"));
    vallensbaek.complete("planner", instance, AnnualPlanCycle.REQUEST_CONSULTATION, Map.of(
        "consultationBodies", Map.of("type", "Json", "value", "[\"disability-council\"]"),
        "consultationDeadline", Map.of("value", LocalDate.now().plusDays(21).toString())));

    open("disability-council", AnnualPlanCycle.CONSULTATION_RESPONSE, "Afgiv høringssvar – Handicaprådet", TITLE);
    refusedAt("Høringssvar", "Feltet skal udfyldes.", "consultation-response-required");
    tasklist.type("Høringssvar", "Husk tilgængeligheden i alle tilbud.");
    tasklist.complete();
    open("planner", AnnualPlanCycle.REVISE_PLAN, "Revidér planen efter høring og bemærkninger", "Husk tilgængeligheden i alle tilbud.");
    tasklist.complete();

    decide(AnnualPlanCycle.COMMITTEE_RECOMMENDATION, COMMITTEE, TITLE, "Udvalget sender planen tilbage med bemærkninger",
        COMMITTEE_REMARKS, "committee-send-back");
    open("planner", AnnualPlanCycle.REVISE_PLAN, "Revidér planen efter høring og bemærkninger", COMMITTEE_REMARKS);
    tasklist.clear("Målværdi");
    tasklist.type("Målværdi", "650");
    tasklist.complete();
    decide(AnnualPlanCycle.COMMITTEE_RECOMMENDATION, COMMITTEE, "Ændret siden udvalget sidst behandlede planen",
        "Udvalget indstiller planen til vedtagelse", null, "committee-after-revision");

    decide(AnnualPlanCycle.COUNCIL_ADOPTION, COUNCIL, TITLE, "Kommunalbestyrelsen har sendt planen tilbage med bemærkninger",
        COUNCIL_REMARKS, "council-send-back");
    open("planner", AnnualPlanCycle.REVISE_PLAN, "Revidér planen efter høring og bemærkninger", COUNCIL_REMARKS);
    tasklist.clear("Målsætning");
    tasklist.type("Målsætning", REVISED_GOAL);
    tasklist.complete();
    decide(AnnualPlanCycle.COMMITTEE_RECOMMENDATION, COMMITTEE, REVISED_GOAL, "Udvalget indstiller planen til vedtagelse", null, null);
    decide(AnnualPlanCycle.COUNCIL_ADOPTION, COUNCIL, REVISED_GOAL, "Kommunalbestyrelsen har vedtaget planen", null, "council-adoption");

    JsonNode plan = Awaitility.await("the plan is adopted").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
        .until(() -> {
          Jobs.runDue(management);
          return api.as("vallensbaek.planner").get("/api/plans/" + planId).json();
        }, p -> p.path("status").asText().equals("ADOPTED"));
    assertThat(plan.path("decisions")).extracting(d -> d.path("outcome").asText() + "/" + d.path("recordedBy").asText()
        + "/" + d.path("remarks").asText()).containsExactly(
            "SENT_BACK/vallensbaek.committee/" + COMMITTEE_REMARKS,
            "RECOMMENDED/vallensbaek.committee/",
            "SENT_BACK/vallensbaek.secretariat/" + COUNCIL_REMARKS,
            "RECOMMENDED/vallensbaek.committee/",
            "ADOPTED/vallensbaek.secretariat/");
    JsonNode goal = plan.path("focusAreas").get(0).path("goals").get(0);
    assertThat(goal.path("targetValue").asInt()).as("revised after the committee").isEqualTo(650);
    assertThat(goal.path("text").asText()).as("revised after the council").isEqualTo(REVISED_GOAL);
  }

  /**
   * Only the server knows the municipality has a plan for the year: its refusal is shown at the year and above the
   * form, in the dialog, not in the plan's draft the planner was looking at behind it.
   */
  private void aSecondPlanForTheYearIsRefusedInTheStartDialog() {
    String draft = vallensbaek.awaitTask("planner", instance, AnnualPlanCycle.DRAFT_PLAN);
    tasklist.logIn("vallensbaek.planner");
    tasklist.await().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".tasks-list a[href='#/?task=" + draft + "']"))).click();
    tasklist.await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-form"), TITLE));
    tasklist.await().until(ExpectedConditions.elementToBeClickable(By.xpath("//a[contains(normalize-space(.),'Start proces')]"))).click();
    tasklist.await().until(ExpectedConditions.elementToBeClickable(
        By.xpath("//div[contains(@class,'modal-body')]//a[normalize-space(.)='Beskæftigelsesplanens årshjul']"))).click();
    tasklist.await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".modal-body .fjs-form"), "Ny beskæftigelsesplan"));
    tasklist.type("Planens første år", String.valueOf(YEAR));
    tasklist.settle();
    tasklist.browser().findElement(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space(.)='Start']")).click();
    tasklist.await().until(d -> tasklist.errorsAt("Planens første år").contains("Der findes allerede en plan, der begynder i " + YEAR));
    assertThat(tasklist.field("Planens første år").getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(tasklist.browser().findElements(By.cssSelector(".aarshjul-problem"))).singleElement()
        .satisfies(summary -> assertThat(summary.findElements(By.xpath("ancestor::div[contains(@class,'modal-body')]"))).hasSize(1))
        .extracting(WebElement::getText).asString().contains("Processen er ikke startet. Ret dette, og prøv igen:",
            "Planens første år: der findes allerede en plan, der begynder i " + YEAR);
    assertNoEnglishAndNoIds();
    assertThat(tasklist.browser().findElements(By.cssSelector(".modal-body .fjs-form"))).as("the dialog stays open").isNotEmpty();
    tasklist.assertAccessible("the start dialog with the server's refusal");
    photographAt("Planens første år", "start-plan-exists");

    // a last year before the first: refused by the server at the field the form calls "Planens sidste år"
    tasklist.type("Planens sidste år", String.valueOf(YEAR - 1));
    tasklist.settle();
    tasklist.browser().findElement(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space(.)='Start']")).click();
    tasklist.await().until(d -> tasklist.errorsAt("Planens sidste år").contains("Må ikke ligge før første år (" + YEAR + ")"));
    assertThat(tasklist.field("Planens sidste år").getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(tasklist.browser().findElement(By.cssSelector(".aarshjul-problem")).getText())
        .contains("Planens sidste år: må ikke ligge før første år (" + YEAR + ")");
    assertNoEnglishAndNoIds();
    photographAt("Planens sidste år", "start-last-year-before-first");
  }

  /** Logs the role in and takes the task once the engine has got to it. */
  private String open(String role, String taskKey, String taskName, String formText) {
    String task = vallensbaek.awaitTask(role, instance, taskKey);
    tasklist.logIn(vallensbaek.user(role));
    tasklist.openAndClaim(task, taskName, formText);
    return task;
  }

  /** The committee's or the council's decision; a send-back is first sent without remarks, which the server refuses. */
  private void decide(String taskKey, String taskName, String formText, String decision, String remarks, String shot) {
    String role = taskKey.equals(AnnualPlanCycle.COUNCIL_ADOPTION) ? "secretariat" : "committee";
    String task = open(role, taskKey, taskName, formText);
    tasklist.tick(decision);
    if (remarks != null) {
      refusedAt("Bemærkninger", "Skriv, hvad der skal ændres, når planen sendes tilbage", shot + "-without-remarks");
      assertThat(tasklist.browser().findElement(By.tagName("body")).getText()).doesNotContain(task);
      tasklist.type("Bemærkninger", remarks);
    }
    if (shot != null) {
      photographAt("Bemærkninger", shot);
    }
    tasklist.complete();
  }

  /** Afslut is refused: the reason is shown at the field, and nothing in English or an id anywhere. */
  private void refusedAt(String label, String reason, String shot) {
    tasklist.complete();
    tasklist.await().until(d -> tasklist.errorsAt(label).contains(reason));
    assertNoEnglishAndNoIds();
    photographAt(label, shot);
  }

  private void assertNoEnglishAndNoIds() {
    assertThat(tasklist.browser().findElement(By.tagName("body")).getText()).as("no English, no ids")
        .doesNotContain("Cannot", "instantiate", "Field", "Error", "annualPlanCycle", instance);
  }

  private void photographAt(String label, String shot) {
    tasklist.browser().executeScript("arguments[0].scrollIntoView({block: 'center'})", tasklist.fieldWrapper(label));
    tasklist.screenshot(SHOTS + shot);
  }
}
