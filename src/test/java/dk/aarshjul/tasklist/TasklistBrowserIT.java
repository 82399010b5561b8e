package dk.aarshjul.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.testing.AarshjulIntegrationTest;
import dk.aarshjul.testing.Api;
import dk.aarshjul.testing.BrowserTest;
import dk.aarshjul.testing.CycleDriver;
import dk.aarshjul.testing.Jobs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
  ChromeDriver browser;
  WebDriverWait wait;

  @BeforeEach
  void openBrowser() {
    browser = dk.aarshjul.testing.Browsers.headlessChromium();
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @AfterEach
  void closeBrowser(org.junit.jupiter.api.TestInfo test) throws Exception {
    if (browser != null) {
      Files.createDirectories(Path.of("target"));
      Files.write(Path.of("target/tasklist-" + test.getTestMethod().map(m -> m.getName()).orElse("last") + ".png"),
          browser.getScreenshotAs(OutputType.BYTES));
      browser.quit();
    }
  }

  @Test
  void aPlannerFillsInTheDraftFormAndTheNextTaskAppears() {
    CycleDriver vordingborg = new CycleDriver(Api.at(port), management, "vordingborg");
    String instance = vordingborg.start(2080);
    String draftTaskId = vordingborg.task("planner", instance, "userTask_draftPlan").path("id").asText();

    openDraft("vordingborg.planner", draftTaskId, "Beskæftigelsesplan 2080 for Vordingborg Kommune");
    fillDraft("12/31/2080");
    complete();

    String nextTaskId = waitForTask(vordingborg, instance, "userTask_requestConsultation");
    WebElement nextInList = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".tasks-list a[href='#/?task=" + nextTaskId + "']")));
    assertThat(nextInList.getText()).isEqualTo("Send udkastet i høring");
    assertThat(Api.at(port).as("vordingborg.planner").get("/api/plans/" + vordingborg.planId(instance)).json()
        .path("focusAreas").get(0).path("goals").get(0).path("targetValue").asInt()).isEqualTo(100);
  }

  @Test
  void aPlannerOfACooperationCompletesTheJointDraftInTasklist() {
    Api api = Api.at(port);
    Api.Response started = api.as("ishoej.planner").post("/api/plans",
        java.util.Map.of("tenantId", "ishoej-vallensbaek", "firstYear", 2086, "title", "Fælles beskæftigelsesplan 2086"));
    assertThat(started.status()).as(started.toString()).isEqualTo(202);
    String instance = started.json().path("processInstanceId").asText();
    Jobs.runDue(management);
    CycleDriver vallensbaek = new CycleDriver(api, management, "vallensbaek");
    String draftTaskId = vallensbaek.task("planner", instance, "userTask_draftPlan").path("id").asText();

    openDraft("vallensbaek.planner", draftTaskId, "Fælles beskæftigelsesplan 2086");
    fillDraft("12/31/2086");
    complete();

    waitForTask(vallensbaek, instance, "userTask_requestConsultation");
    var plan = api.as("ishoej.planner").get("/api/plans/" + vallensbaek.planId(instance)).json();
    assertThat(plan.path("municipality").asText()).isEqualTo("ishoej-vallensbaek");
    assertThat(plan.path("version").asInt()).as("the Vallensbæk planner's draft is the joint plan's first version").isEqualTo(1);
    assertThat(plan.path("focusAreas").get(0).path("title").asText()).isEqualTo("Unge i uddannelse og job");
  }

  @Test
  void aPlannerStartsTheCycleFromTasklistsStartForm() {
    logIn("vallensbaek.planner");
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[contains(normalize-space(.),'Start proces')]"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//div[contains(@class,'modal-body')]//a[normalize-space(.)='Beskæftigelsesplanens årshjul']"))).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".modal-body .fjs-form"), "Ny beskæftigelsesplan"));
    type("Planens første år", "2082");
    type("Planens sidste år", "2085");
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
    assertThat(draft.getText()).isEqualTo("Udarbejd udkast til fokusområder og mål");
  }

  @Test
  void aDraftTheServerRejectsStaysOpenWithTheReasonInDanish() {
    CycleDriver broendby = new CycleDriver(Api.at(port), management, "broendby");
    String instance = broendby.start(2081);
    String draftTaskId = broendby.task("planner", instance, "userTask_draftPlan").path("id").asText();

    openDraft("broendby.planner", draftTaskId, "Beskæftigelsesplan 2081 for Brøndby Kommune");
    fillDraft("12/31/2078");
    complete();

    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
        "Fokusområde 1, mål 1, Frist: skal ligge efter udgangspunktets periode (2079)"));
    assertThat(browser.findElement(By.tagName("body")).getText()).as("no English prefix, no ids")
        .doesNotContain("Cannot submit", draftTaskId);
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

    logIn("ishoej.committee");
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".tasks-list a[href='#/?task=" + taskId + "']"))).click();
    WebElement proposal = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//div[contains(@class,'fjs-form')]//a[normalize-space(.)='HTML']")));
    assertThat(proposal.getAttribute("href")).contains("/api/plans/" + ishoej.planId(instance) + "/documents/");
    browser.get(proposal.getAttribute("href"));

    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "FORSLAG"));
    assertThat(browser.findElement(By.tagName("body")).getText()).contains("Ishøj Kommune", "Flere unge i uddannelse og job");
  }

  private void openDraft(String user, String taskId, String planTitle) {
    logIn(user);
    WebElement inList = wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector(".tasks-list a[href='#/?task=" + taskId + "']")));
    assertThat(inList.getText()).isEqualTo("Udarbejd udkast til fokusområder og mål");
    inList.click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-form"), planTitle));
    // Tasklist opens a candidate task read-only until the user takes (claims) it
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[self::a or self::button][normalize-space(.)='Tag opgaven']"))).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".disabled-form")));
  }

  private void fillDraft(String deadline) {
    type("Fokusområde", "Unge i uddannelse og job");
    WebElement youth = browser.findElement(By.xpath("//label[normalize-space(.)='Unge under 30 år']"));
    browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", youth);
    youth.click();
    type("Målsætning", "Færre unge på uddannelseshjælp");
    chooseIndicator("uddannelseshjælp");
    choose("Målgruppe", "Unge under 30 år");
    type("Udgangspunkt", "118");
    type("Målværdi", "100");
    type("Frist", deadline + Keys.TAB);
    // last: form-js may empty this conditional field inside the list while other fields of the goal change
    type("Udgangspunktets periode", "2079");
  }

  private void complete() {
    // form-js takes a typed value into its data only after its input debounce (300 ms); a person is never
    // that fast, a test is: let the browser's own timer pass before Afslut reads the form's data
    browser.executeAsyncScript("setTimeout(arguments[arguments.length - 1], 400)");
    WebElement complete = wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space(.)='Afslut']")));
    browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", complete);
    complete.click();
  }

  private void logIn(String user) {
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
    WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model=username]")));
    wait.withMessage("Tasklist in Danish").until(ExpectedConditions.textToBe(By.cssSelector("button[type=submit]"), "Log ind"));
    username.sendKeys(user);
    browser.findElement(By.cssSelector("input[type=password]")).sendKeys(Api.DEMO_PASSWORD);
    browser.findElement(By.cssSelector("button[type=submit]")).click();
  }

  /** A form-js field by its visible label. */
  private WebElement field(String label) {
    WebElement labelElement = browser.findElement(By.xpath(
        "//label[contains(@class,'fjs-form-field-label')][normalize-space(translate(., '*', ''))='" + label + "']"));
    return browser.findElement(By.id(labelElement.getAttribute("for")));
  }

  private void type(String label, CharSequence text) {
    String typed = text.toString();
    boolean checkable = typed.chars().allMatch(c -> c >= ' ' && c < 0xE000);
    for (int attempt = 1; ; attempt++) {
      WebElement input = field(label);
      browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
      input.click();
      if (attempt > 1) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
      }
      input.sendKeys(text);
      if (!checkable) {
        return;
      }
      // on a busy machine form-js may re-render the field while keys arrive and lose them: type again
      try {
        new WebDriverWait(browser, Duration.ofSeconds(3))
            .until(d -> typed.equals(field(label).getDomProperty("value")));
        return;
      } catch (org.openqa.selenium.TimeoutException | org.openqa.selenium.StaleElementReferenceException e) {
        if (attempt == 3) {
          throw new AssertionError(label + " does not hold '" + typed + "' but '" + field(label).getDomProperty("value") + "'", e);
        }
      }
    }
  }

  /** A form-js select: open it, pick the option. */
  private void choose(String label, String option) {
    WebElement select = browser.findElement(By.xpath("//label[contains(@class,'fjs-form-field-label')]"
        + "[normalize-space(translate(., '*', ''))='" + label + "']/following::div[contains(@class,'fjs-input-group')][1]"));
    browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", select);
    select.click();
    wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='" + option + "']"))).click();
  }

  private void chooseIndicator(String search) {
    type("Indikator", search);
    wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][contains(., '" + search + "')]"))).click();
  }

  private static <T> T waitUntil(String what, java.util.concurrent.Callable<T> probe) {
    return Awaitility.await(what).atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
        .until(probe, java.util.Objects::nonNull);
  }

  private String waitForTask(CycleDriver driver, String instance, String taskKey) {
    return waitUntil("the task " + taskKey + " appears after the form is completed", () -> {
      Jobs.runDue(management);
      var tasks = Api.at(port).as(driver.user("planner")).get("/engine-rest/task?processInstanceId=" + instance
          + "&taskDefinitionKey=" + taskKey).json();
      return tasks.size() == 1 ? tasks.get(0).path("id").asText() : null;
    });
  }
}
