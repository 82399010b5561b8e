package dk.aarshjul.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.testing.AarshjulIntegrationTest;
import dk.aarshjul.testing.Api;
import dk.aarshjul.testing.BrowserTest;
import dk.aarshjul.testing.CycleDriver;
import dk.aarshjul.testing.Jobs;
import dk.aarshjul.testing.Tasklist;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A planner works on the draft in the real Camunda Tasklist, in a real browser. */
@BrowserTest
@AarshjulIntegrationTest
class TasklistBrowserIT {

  @LocalServerPort int port;
  @Autowired ManagementService management;
  Tasklist tasklist;
  ChromeDriver browser;
  WebDriverWait wait;

  @BeforeEach
  void openBrowser() {
    tasklist = new Tasklist(port);
    browser = tasklist.browser();
    wait = tasklist.await();
  }

  @AfterEach
  void closeBrowser(org.junit.jupiter.api.TestInfo test) throws Exception {
    if (browser != null) {
      Files.createDirectories(Path.of("target"));
      Files.write(Path.of("target/tasklist-" + test.getTestMethod().map(m -> m.getName()).orElse("last") + ".png"),
          browser.getScreenshotAs(OutputType.BYTES));
      tasklist.close();
    }
  }

  /**
   * In a task's card in the list, pixels from the end of its dates' text to the start of its priority's number
   * (argument: the task's link).
   */
  static final String PRIORITY_GAP = """
      const card = arguments[0].closest('li.task');
      const dates = document.createRange();
      dates.selectNodeContents(card.querySelector('.dates'));
      let datesEnd = 0;
      for (const line of dates.getClientRects()) { datesEnd = Math.max(datesEnd, line.right); }
      const priority = document.createRange();
      priority.selectNodeContents(card.querySelector('.priority'));
      return priority.getBoundingClientRect().left - datesEnd;
      """;

  @Test
  void aPlannerFillsInTheDraftFormAndTheNextTaskAppears() {
    CycleDriver vordingborg = new CycleDriver(Api.at(port), management, "vordingborg");
    String instance = vordingborg.start(2080);
    String draftTaskId = vordingborg.task("planner", instance, "userTask_draftPlan").path("id").asText();

    tasklist.checkingAccessibility();
    openDraft("vordingborg.planner", draftTaskId, "Beskæftigelsesplan 2080 for Vordingborg Kommune");
    fillDraft("31-12-2080");
    tasklist.assertAccessible("the draft, filled in");
    tasklist.complete();

    String nextTaskId = vordingborg.awaitTask("planner", instance, "userTask_requestConsultation");
    WebElement nextInList = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".tasks-list a[href='#/?task=" + nextTaskId + "']")));
    assertThat(nextInList.getText()).isEqualTo("Send udkastet i høring – Beskæftigelsesplan 2080 for Vordingborg Kommune");
    Number gap = (Number) browser.executeScript(PRIORITY_GAP, nextInList);
    assertThat(gap.doubleValue()).as("space between the task's dates and its priority in the list (\"sekunder50 siden\")")
        .isGreaterThanOrEqualTo(6);
    assertThat(Api.at(port).as("vordingborg.planner").get("/api/plans/" + vordingborg.planId(instance)).json()
        .path("focusAreas").get(0).path("goals").get(0).path("targetValue").asInt()).isEqualTo(100);
    assertThat(Api.at(port).as("vordingborg.planner").get("/api/plans/" + vordingborg.planId(instance)).json()
        .path("focusAreas").get(0).path("goals").get(0).path("baselinePeriod").asText())
        .as("the period typed before the goal's other fields is kept").isEqualTo("2079");
  }

  @Test
  void aPlannerOfACooperationCompletesTheJointDraftInTasklist() {
    Api api = Api.at(port);
    Api.Response started = api.as("ishoej.planner").post("/api/plans",
        java.util.Map.of("tenantId", "ishoej-vallensbaek", "firstYear", 2086, "title", "Fælles beskæftigelsesplan 2086"));
    assertThat(started.status()).as(started.toString()).isEqualTo(201);
    assertThat(started.location()).isEqualTo("/api/plans/" + started.json().path("id").asText());
    String instance = started.json().path("processInstanceId").asText();
    Jobs.runDue(management);
    CycleDriver vallensbaek = new CycleDriver(api, management, "vallensbaek");
    String draftTaskId = vallensbaek.task("planner", instance, "userTask_draftPlan").path("id").asText();

    openDraft("vallensbaek.planner", draftTaskId, "Fælles beskæftigelsesplan 2086");
    fillDraft("31-12-2086");
    tasklist.complete();

    vallensbaek.awaitTask("planner", instance, "userTask_requestConsultation");
    var plan = api.as("ishoej.planner").get("/api/plans/" + vallensbaek.planId(instance)).json();
    assertThat(plan.path("municipality").asText()).isEqualTo("ishoej-vallensbaek");
    assertThat(plan.path("version").asInt()).as("the Vallensbæk planner's draft is the joint plan's first version").isEqualTo(1);
    assertThat(plan.path("focusAreas").get(0).path("title").asText()).isEqualTo("Unge i uddannelse og job");
  }

  @Test
  void theLoginPageAndAnEmptyTaskListPassAxe() {
    tasklist.openLoginPage();
    tasklist.assertAccessible("the login page");
    tasklist.screenshot("screenshots/tasklist/login");
    // a consultation body no test sends a draft to: its list is empty
    tasklist.logIn("ishoej.integration-council");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".tasks-list"), "Ingen opgaver passer til filtrene."));
    tasklist.assertAccessible("an empty task list");
    tasklist.screenshot("screenshots/tasklist/empty-list");
  }

  @Test
  void aPlannerStartsTheCycleFromTasklistsStartForm() {
    tasklist.logIn("vallensbaek.planner");
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[contains(normalize-space(.),'Start proces')]"))).click();
    WebElement cycle = wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//div[contains(@class,'modal-body')]//a[normalize-space(.)='Beskæftigelsesplanens årshjul']")));
    tasklist.assertAccessible("the start dialog's list of processes");
    cycle.click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".modal-body .fjs-form"), "Ny beskæftigelsesplan"));
    tasklist.assertAccessible("the start dialog's form");
    tasklist.type("Planens første år", "2082");
    tasklist.type("Planens sidste år", "2085");
    browser.findElement(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space(.)='Start']")).click();

    String planId = waitUntil("the plan is registered", () -> {
      Jobs.runDue(management);
      for (var plan : Api.at(port).as("vallensbaek.planner").get("/api/plans").json()) {
        if (plan.path("firstYear").asInt() == 2082) {
          return plan.path("id").asText();
        }
      }
      return null;
    });
    var plan = Api.at(port).as("vallensbaek.planner").get("/api/plans/" + planId).json();
    assertThat(plan.path("lastYear").asInt()).isEqualTo(2085);
    assertThat(plan.path("createdBy").asText()).isEqualTo("vallensbaek.planner");

    var drafts = Api.at(port).as("vallensbaek.planner")
        .get("/engine-rest/task?taskDefinitionKey=userTask_draftPlan&processVariables=planId_eq_" + planId).json();
    assertThat(drafts).hasSize(1);
    browser.navigate().refresh();
    WebElement draft = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".tasks-list a[href='#/?task=" + drafts.get(0).path("id").asText() + "']")));
    assertThat(draft.getText()).isEqualTo("Udarbejd udkast til fokusområder og mål – " + plan.path("title").asText());
    assertThat(plan.path("title").asText()).contains("2082-2085");
  }

  @Test
  void aDraftTheServerRejectsStaysOpenWithTheReasonInDanish() {
    CycleDriver broendby = new CycleDriver(Api.at(port), management, "broendby");
    String instance = broendby.start(2081);
    String draftTaskId = broendby.task("planner", instance, "userTask_draftPlan").path("id").asText();

    openDraft("broendby.planner", draftTaskId, "Beskæftigelsesplan 2081 for Brøndby Kommune");
    fillDraft("31-12-2078");
    tasklist.complete();

    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
        "Fokusområde 1, mål 1, Frist: skal ligge efter udgangspunktets periode (2079)"));
    assertThat(browser.findElement(By.tagName("body")).getText()).as("no English prefix, no ids")
        .doesNotContain("Cannot submit", draftTaskId);
    assertThat(browser.findElement(By.cssSelector(".aarshjul-problem")).getAttribute("role")).as("the refusal is announced")
        .isEqualTo("alert");
    assertThat(tasklist.field("Frist").getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(tasklist.liveErrorsOf("Frist")).as("read with the field, and said when it appears")
        .contains("Skal ligge efter udgangspunktets periode (2079)");
    tasklist.assertAccessible("the draft the server refused");
    assertThat(broendby.task("planner", instance, "userTask_draftPlan").path("id").asText()).isEqualTo(draftTaskId);
    assertThat(Api.at(port).as("broendby.planner").get("/api/plans/" + broendby.planId(instance)).json()
        .path("version").asInt()).as("nothing stored").isZero();
  }

  @Test
  void theCommitteeOpensThePlanProposalFromItsTaskWithoutASecondLogin() {
    CycleDriver ishoej = new CycleDriver(Api.at(port), management, "ishoej");
    String instance = ishoej.start(2083);
    ishoej.complete("planner", instance, "userTask_draftPlan", CycleDriver.draft(2083, "Flere unge i uddannelse"));
    ishoej.complete("planner", instance, "userTask_requestConsultation", java.util.Map.of(
        "consultationBodies", java.util.Map.of("type", "Json", "value", "[\"social-partners\"]"),
        "consultationDeadline", java.util.Map.of("value", java.time.LocalDate.now().plusDays(10).toString())));
    ishoej.complete("social-partners", instance, "userTask_consultationResponse",
        java.util.Map.of("responseText", java.util.Map.of("value", "Fint forslag")));
    ishoej.complete("planner", instance, "userTask_revisePlan", CycleDriver.draft(2083, "Flere unge i uddannelse og job"));
    String taskId = ishoej.task("committee", instance, "userTask_committeeRecommendation").path("id").asText();

    tasklist.logIn("ishoej.committee");
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".tasks-list a[href='#/?task=" + taskId + "']"))).click();
    WebElement proposal = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//div[contains(@class,'fjs-form')]//a[normalize-space(.)='HTML']")));
    assertThat(proposal.getAttribute("href")).contains("/api/plans/" + ishoej.planId(instance) + "/documents/");
    browser.get(proposal.getAttribute("href"));

    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "FORSLAG"));
    assertThat(browser.findElement(By.tagName("body")).getText()).contains("Ishøj Kommune", "Flere unge i uddannelse og job");
  }

  @Test
  void thePlanEditorNumbersFocusAreasAndGoalsAndShowsEachGoalOnlyTheFieldsOfItsKind() {
    CycleDriver taarnby = new CycleDriver(Api.at(port), management, "taarnby");
    String instance = taarnby.start(2089);
    taarnby.complete("planner", instance, "userTask_draftPlan", Map.of("focusAreas", Map.of("type", "Json", "value", """
        [{"title": "Sygemeldte i job", "description": "Flere sygemeldte fastholdes", "targetGroups": ["sickness-benefit"],
          "pejlemaerker": "Tidlig indsats", "goals": [
           {"kind": "baseline-to-target", "targetGroup": "sickness-benefit", "indicatorCode": "fuldtidspersoner-sygedagpenge",
            "text": "Sygedagpenge reduceres fra 500 i 2025 til 450 i 2089", "baselinePeriod": "2025", "targetValue": 450,
            "deadline": "2089-12-31"},
           {"kind": "relative-change", "targetGroup": "refugees", "indicatorCode": "afgang-job-uddannelse-flygtninge",
            "text": "Afgangen til job øges med 5 %", "baselineValue": 120, "baselinePeriod": "2025", "changePercent": 5,
            "deadline": "2089-12-31"}]},
         {"title": "Virksomhederne", "targetGroups": ["employers"], "goals": [
           {"kind": "rank", "targetGroup": "all", "indicatorCode": "pct-arbejdsstyrken-i-alt",
            "text": "Blandt den bedste tredjedel", "fraction": "1/3", "better": "lower", "deadline": "2089-12-31"},
           {"kind": "counted-activity", "targetGroup": "employers", "indicatorCode": "optalt-aktivitet",
            "text": "To årlige kampagner", "activity": "kampagner", "activityCount": 2, "activityPer": "year",
            "deadline": "2089-12-31"}]}]""")));
    taarnby.complete("planner", instance, "userTask_requestConsultation", Map.of(
        "consultationBodies", Map.of("type", "Json", "value", "[\"disability-council\"]"),
        "consultationDeadline", Map.of("value", java.time.LocalDate.now().plusDays(30).toString())));
    taarnby.complete("disability-council", instance, "userTask_consultationResponse",
        Map.of("responseText", Map.of("value", "Ingen bemærkninger")));
    var revise = taarnby.task("planner", instance, "userTask_revisePlan");

    tasklist.logIn("taarnby.planner");
    tasklist.openAndClaim(revise.path("id").asText(), "Revidér planen efter høring og bemærkninger", "Fokusområde 2, mål 2");

    WebElement form = browser.findElement(By.cssSelector(".fjs-form"));
    long height = ((Number) browser.executeScript("return arguments[0].scrollHeight", form)).longValue();
    System.out.println("edit-plan form height for two focus areas of two goals: " + height + " px");
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, (int) Math.min(height + 400, 8000)));
    tasklist.screenshot("screenshots/forms/edit-plan-two-areas-two-goals");
    assertThat(form.getText()).contains("Fokusområde 1", "Fokusområde 1, mål 1", "Fokusområde 1, mål 2", "Fokusområde 2",
        "Fokusområde 2, mål 1", "Fokusområde 2, mål 2");
    assertThat(visibleLabels("Målværdi")).as("only the goal from a baseline to a target has one").isEqualTo(1);
    assertThat(visibleLabels("Udgangspunkt")).as("the baseline-to-target and the relative change").isEqualTo(2);
    assertThat(visibleLabels("Ændring i procent")).isEqualTo(1);
    assertThat(visibleLabels("Andel af kommunerne")).isEqualTo(1);
    assertThat(visibleLabels("Bedst er")).isEqualTo(1);
    assertThat(visibleLabels("Aktivitet")).isEqualTo(1);
    assertThat(visibleLabels("Referenceperiode")).isZero();
    assertThat(visibleLabels("Sammenligningsgrundlag")).isZero();
    assertThat(form.getText()).as("the indicators say which have official figures, and what that means for the baseline")
        .contains("Officielle tal: et tomt Udgangspunkt hentes for perioden, når du afslutter",
            "Indikatoren har ingen officielle tal: Udgangspunkt skal udfyldes.");
    assertThat(tasklist.field("Indikator").getDomProperty("value"))
        .isEqualTo("Fuldtidspersoner på sygedagpenge · officielle tal (Jobindsats)");
    assertThat(browser.findElements(By.xpath("//label[contains(@class,'fjs-form-field-label')][normalize-space(.)='Udgangspunkt *']")))
        .as("required where the indicator has no official figures").hasSize(1);
    assertThat(height).as("two focus areas of two goals were 5,820 px high before the redesign").isLessThan(4600);

  }

  /** How many form-js labels with this text (without the required marker) the planner sees. */
  private long visibleLabels(String label) {
    return browser.findElements(By.xpath("//label[contains(@class,'fjs-form-field-label')]"
        + "[normalize-space(translate(., '*', ''))='" + label + "']")).stream().filter(WebElement::isDisplayed).count();
  }

  private void openDraft(String user, String taskId, String planTitle) {
    tasklist.logIn(user);
    tasklist.openAndClaim(taskId, "Udarbejd udkast til fokusområder og mål", planTitle);
  }

  private void fillDraft(String deadline) {
    tasklist.type("Fokusområde", "Unge i uddannelse og job");
    tasklist.search("Målgrupper", "Unge under 30 år");
    tasklist.type("Målsætning", "Færre unge på uddannelseshjælp");
    tasklist.search("Indikator", "uddannelseshjælp");
    tasklist.choose("Målgruppe", "Unge under 30 år");
    tasklist.type("Udgangspunkt", "118");
    tasklist.type("Udgangspunktets periode", "2079");
    tasklist.type("Målværdi", "100");
    tasklist.type("Frist", deadline + Keys.TAB);
  }

  private static <T> T waitUntil(String what, java.util.concurrent.Callable<T> probe) {
    return Awaitility.await(what).atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
        .until(probe, java.util.Objects::nonNull);
  }
}
