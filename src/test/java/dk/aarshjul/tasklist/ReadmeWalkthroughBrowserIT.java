package dk.aarshjul.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.aarshjul.testing.AarshjulIntegrationTest;
import dk.aarshjul.testing.Api;
import dk.aarshjul.testing.BrowserTest;
import dk.aarshjul.testing.Jobs;
import dk.aarshjul.testing.Tasklist;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The README's walk-through, as its people do it in a Danish Chromium: Tårnby's planner starts the cycle
 * from Tasklist's start dialog and drafts the plan, two consultation bodies answer, the committee sends the
 * plan back once and the council once, then both approve; the follow-up's status round is reviewed by the
 * planner and noted by the committee. Every user task of bpmn/ is completed through its form, each form
 * first shows one of its validation errors in Danish at its field, and every form is photographed into
 * target/screenshots/walkthrough/ (the screenshot command: see the README).
 */
@BrowserTest
@AarshjulIntegrationTest
class ReadmeWalkthroughBrowserIT {

  static final int YEAR = 2025;
  static final String SHOTS = "screenshots/walkthrough/";
  static final String COMMENT = "Sygefraværet falder efter de tidlige samtaler.";
  static final String OVERALL = "Planen følger sporet; sygedagpengeområdet kræver opmærksomhed.";

  @LocalServerPort int port;
  @Autowired ManagementService management;
  Tasklist tasklist;
  ChromeDriver browser;
  WebDriverWait wait;
  Api api;
  int shot;

  @BeforeEach
  void openBrowser() {
    tasklist = new Tasklist(port);
    browser = tasklist.browser();
    wait = tasklist.await();
    api = Api.at(port);
  }

  @AfterEach
  void closeBrowser() {
    tasklist.screenshot(SHOTS + "last");
    browser.manage().logs().get("browser").getAll().forEach(entry -> System.out.println("browser console: " + entry));
    tasklist.close();
  }

  @Test
  void taarnbysCycleFromTheStartDialogToTheCommitteesOrientation() {
    // 1. The planner starts the cycle from Tasklist's start dialog
    tasklist.logIn("taarnby.planner");
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[contains(normalize-space(.),'Start proces')]"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//div[contains(@class,'modal-body')]//a[normalize-space(.)='Beskæftigelsesplanens årshjul']"))).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".modal-body .fjs-form"), "Ny beskæftigelsesplan"));
    tasklist.type("Planens første år", "1999");
    startButton().click();
    wait.until(d -> tasklist.errorsAt("Planens første år").startsWith("Værdien skal være mindst"));
    photograph("start-plan-cycle");
    tasklist.clear("Planens første år");
    tasklist.type("Planens første år", String.valueOf(YEAR));
    browser.executeAsyncScript("setTimeout(arguments[arguments.length - 1], 400)");
    startButton().click();
    String planId = until("the plan is registered", () -> {
      Jobs.runDue(management);
      for (JsonNode plan : api.as("taarnby.planner").get("/api/plans").json()) {
        if (plan.path("firstYear").asInt() == YEAR && plan.path("municipality").asText().equals("taarnby")) {
          return plan.path("id").asText();
        }
      }
      return null;
    });
    String title = api.as("taarnby.planner").get("/api/plans/" + planId).json().path("title").asText();
    assertThat(title).isEqualTo("Beskæftigelsesplan 2025 for Tårnby Kommune");

    // 2. The draft: first Afslut on the empty form, then a focus area with a goal
    tasklist.openAndClaim(task("taarnby.planner", planId, "userTask_draftPlan"), "Udarbejd udkast til fokusområder og mål", title);
    tasklist.complete();
    wait.until(d -> tasklist.errorsAt("Fokusområde").contains("Feltet skal udfyldes."));
    photograph("edit-plan-required");
    fillDraft();
    photograph("edit-plan");
    tasklist.complete();

    // 3. Consultation: a past deadline is refused at its field, then two bodies get three weeks
    tasklist.openAndClaim(task("taarnby.planner", planId, "userTask_requestConsultation"), "Send udkastet i høring", title);
    tasklist.tick("Handicaprådet");
    tasklist.tick("Integrationsrådet");
    String yesterday = LocalDate.now().minusDays(1).format(Tasklist.DATE);
    tasklist.type("Høringsfrist", yesterday + Keys.TAB);
    wait.until(d -> tasklist.errorsAt("Høringsfrist").contains("Datoen " + yesterday + " ligger før"));
    photograph("request-consultation-past-date");
    tasklist.type("Høringsfrist", LocalDate.now().plusDays(21).format(Tasklist.DATE) + Keys.TAB);
    wait.until(d -> tasklist.errorsAt("Høringsfrist").isEmpty());
    photograph("request-consultation");
    tasklist.complete();

    respond("taarnby.disability-council", "Handicaprådet", planId, title, "Husk tilgængeligheden i alle tilbud.");
    respond("taarnby.integration-council", "Integrationsrådet", planId, title, "Flere sprogkurser tæt på arbejdspladsen.");

    // 4. Revision, with both answers in the form
    tasklist.logIn("taarnby.planner");
    tasklist.openAndClaim(task("taarnby.planner", planId, "userTask_revisePlan"),
        "Revidér planen efter høring og bemærkninger", "Flere sprogkurser tæt på arbejdspladsen.");
    assertThat(browser.findElement(By.cssSelector(".fjs-form")).getText()).contains("Husk tilgængeligheden i alle tilbud.");
    photograph("revise-plan");
    tasklist.complete();

    // 5. The committee sends the plan back; a send-back without remarks is refused at Bemærkninger
    decide("taarnby.committee", "userTask_committeeRecommendation", "Udvalget i Tårnby indstiller planen", planId, title,
        "Udvalget sender planen tilbage med bemærkninger", "Målet for sygedagpenge skal være mere ambitiøst.", "committee-send-back");
    reviseAfter("Målet for sygedagpenge skal være mere ambitiøst.", planId);
    decide("taarnby.committee", "userTask_committeeRecommendation", "Udvalget i Tårnby indstiller planen", planId, title,
        "Udvalget indstiller planen til vedtagelse", null, "committee-recommendation");

    // 6. The council sends it back once, then adopts it
    decide("taarnby.secretariat", "userTask_councilAdoption", "Kommunalbestyrelsen i Tårnby vedtager planen", planId, title,
        "Kommunalbestyrelsen har sendt planen tilbage med bemærkninger", "Tilføj et mål for de unge.", "council-send-back");
    reviseAfter("Tilføj et mål for de unge.", planId);
    decide("taarnby.committee", "userTask_committeeRecommendation", "Udvalget i Tårnby indstiller planen", planId, title,
        "Udvalget indstiller planen til vedtagelse", null, null);
    decide("taarnby.secretariat", "userTask_councilAdoption", "Kommunalbestyrelsen i Tårnby vedtager planen", planId, title,
        "Kommunalbestyrelsen har vedtaget planen", null, "council-adoption");

    JsonNode plan = until("the plan is adopted", () -> {
      Jobs.runDue(management);
      JsonNode read = api.as("taarnby.planner").get("/api/plans/" + planId).json();
      return read.path("status").asText().equals("ADOPTED") ? read : null;
    });
    List<String> decisions = new ArrayList<>();
    plan.path("decisions").forEach(d -> decisions.add(d.path("body").asText() + " " + d.path("outcome").asText()));
    assertThat(decisions).as("every decision recorded, in order").hasSize(5);
    assertThat(plan.path("consultations")).extracting(c -> c.path("bodyName").asText())
        .containsExactlyInAnyOrder("Handicaprådet", "Integrationsrådet");

    // 7. The follow-up: the quarter's status round, reviewed by the planner and noted by the committee
    String quarter = YEAR + "Q3";
    String review = until("the round of " + quarter + " waits for the planner", () -> {
      Jobs.runDue(management);
      JsonNode tasks = api.as("taarnby.planner").get("/engine-rest/task?taskDefinitionKey=userTask_reviewReport"
          + "&processInstanceBusinessKey=" + planId + "&processVariables=quarter_eq_" + quarter).json();
      if (tasks.isEmpty()) {
        // the README's extra round, for a quarter the follow-up has not reached
        api.as("taarnby.planner").post("/api/plans/" + planId + "/status-rounds", Map.of("quarter", quarter));
        return null;
      }
      return tasks.get(0).path("id").asText();
    });
    tasklist.logIn("taarnby.planner");
    tasklist.openAndClaim(review, "Gennemse status og skriv kommentarer", "Status på");
    tasklist.type("Kommentar", "x".repeat(4001));
    tasklist.complete();
    wait.until(d -> tasklist.errorsAt("Kommentar").contains("Skriv højst 4000 tegn."));
    photograph("review-status-report-too-long");
    tasklist.clear("Kommentar");
    tasklist.type("Kommentar", COMMENT);
    tasklist.type("Samlet status (valgfri)", OVERALL);
    photograph("review-status-report");
    tasklist.complete();

    String orientation = until("the committee's orientation", () -> {
      Jobs.runDue(management);
      JsonNode tasks = api.as("taarnby.committee").get("/engine-rest/task?taskDefinitionKey=userTask_committeeOrientation"
          + "&processInstanceBusinessKey=" + planId + "&processVariables=quarter_eq_" + quarter).json();
      return tasks.isEmpty() ? null : tasks.get(0).path("id").asText();
    });
    String report = finalReport(planId);
    assertThat(report).as("the planner's comment and the overall status are in the final report").contains(COMMENT, OVERALL);

    tasklist.logIn("taarnby.committee");
    tasklist.openAndClaim(orientation, "Orientering: status på beskæftigelsesplanen", "Status");
    tasklist.complete();
    wait.until(d -> tasklist.errorsAt("Udvalget har taget orienteringen til efterretning").contains("Feltet skal udfyldes."));
    photograph("committee-orientation-required");
    tasklist.tick("Udvalget har taget orienteringen til efterretning");
    photograph("committee-orientation");
    tasklist.complete();
    until("the committee's orientation is done", () -> {
      Jobs.runDue(management);
      JsonNode left = api.as("taarnby.committee").get("/engine-rest/task?processInstanceBusinessKey=" + planId
          + "&taskDefinitionKey=userTask_committeeOrientation&processVariables=quarter_eq_" + quarter).json();
      return left.isEmpty() ? Boolean.TRUE : null;
    });
  }

  private void fillDraft() {
    tasklist.type("Fokusområde", "Sygemeldte i job");
    tasklist.search("Målgrupper", "Sygedagpengemodtagere");
    tasklist.type("Målsætning", "Færre på sygedagpenge");
    tasklist.search("Indikator", "på sygedagpenge");
    tasklist.choose("Målgruppe", "Sygedagpengemodtagere");
    tasklist.type("Udgangspunkt", "741");
    tasklist.type("Målværdi", "690");
    tasklist.type("Frist", "31-12-" + YEAR + Keys.TAB);
    tasklist.type("Udgangspunktets periode", String.valueOf(YEAR - 2));
  }

  private void respond(String user, String body, String planId, String title, String text) {
    tasklist.logIn(user);
    tasklist.openAndClaim(task(user, planId, "userTask_consultationResponse"), "Afgiv høringssvar – " + body, title);
    tasklist.complete();
    wait.until(d -> tasklist.errorsAt("Høringssvar").contains("Feltet skal udfyldes."));
    photograph("consultation-response-required-" + body);
    tasklist.type("Høringssvar", text);
    photograph("consultation-response-" + body);
    tasklist.complete();
  }

  /** A committee or council decision; a send-back is first tried without remarks, which the server refuses. */
  private void decide(String user, String taskKey, String taskName, String planId, String title, String decision,
      String remarks, String photo) {
    tasklist.logIn(user);
    tasklist.openAndClaim(task(user, planId, taskKey), taskName, title);
    tasklist.tick(decision);
    if (remarks != null) {
      tasklist.complete();
      wait.until(d -> tasklist.errorsAt("Bemærkninger").toLowerCase().contains("hvad der skal ændres, når planen sendes tilbage"));
      assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Cannot submit", "Field");
      photograph(photo + "-without-remarks");
      tasklist.type("Bemærkninger", remarks);
    }
    if (photo != null) {
      photograph(photo);
    }
    String taskId = task(user, planId, taskKey);
    tasklist.complete();
    try {
      Awaitility.await("the decision is sent").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300))
          .until(() -> api.as(user).get("/engine-rest/task/" + taskId).status() == 404);
    } catch (org.awaitility.core.ConditionTimeoutException e) {
      throw new AssertionError("Afslut did not complete the task: " + tasklist.completeButtonState(), e);
    }
  }

  private void reviseAfter(String remarks, String planId) {
    tasklist.logIn("taarnby.planner");
    tasklist.openAndClaim(task("taarnby.planner", planId, "userTask_revisePlan"), "Revidér planen efter høring og bemærkninger", remarks);
    tasklist.complete();
  }

  private WebElement startButton() {
    return browser.findElement(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space(.)='Start']"));
  }

  /** The one task of this key the user sees for the plan, once the engine has got there. */
  private String task(String user, String planId, String key) {
    return until(user + " gets " + key, () -> {
      Jobs.runDue(management);
      JsonNode tasks = api.as(user).get("/engine-rest/task?processInstanceBusinessKey=" + planId + "&taskDefinitionKey=" + key).json();
      return tasks.size() == 1 ? tasks.get(0).path("id").asText() : null;
    });
  }

  private String finalReport(String planId) {
    for (JsonNode document : api.as("taarnby.planner").get("/api/plans/" + planId + "/documents").json()) {
      if (document.path("format").asText().equals("HTML") && document.path("label").asText().equals("ENDELIG")
          && document.path("title").asText().endsWith("3. kvartal " + YEAR)) {
        return new String(api.as("taarnby.planner").getBytes(document.path("href").asText()).bytes(), StandardCharsets.UTF_8);
      }
    }
    throw new AssertionError("no final HTML report for 3. kvartal " + YEAR + ": "
        + api.as("taarnby.planner").get("/api/plans/" + planId + "/documents").body());
  }

  /** A screenshot of the whole form: the window is made as tall as the page for it, then set back. */
  private void photograph(String form) {
    org.openqa.selenium.Dimension normal = browser.manage().window().getSize();
    long height = ((Number) browser.executeScript("return Math.max(document.documentElement.scrollHeight,"
        + " ...[...document.querySelectorAll('.task-details, .fjs-container')].map(e => e.scrollHeight + 400))")).longValue();
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, (int) Math.min(8000, Math.max(height, normal.getHeight()))));
    tasklist.screenshot(SHOTS + String.format("%02d-%s", ++shot, form));
    browser.manage().window().setSize(normal);
    tasklist.settle();
  }

  private static <T> T until(String what, Callable<T> probe) {
    return Awaitility.await(what).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(probe, Objects::nonNull);
  }
}
