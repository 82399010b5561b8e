package dk.aarshjul.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.aarshjul.testing.AarshjulIntegrationTest;
import dk.aarshjul.testing.Api;
import dk.aarshjul.testing.BrowserTest;
import dk.aarshjul.testing.Browsers;
import dk.aarshjul.testing.CycleDriver;
import dk.aarshjul.testing.Tasklist;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
 * Tasklist's and form-js's own controls speak Danish (aarshjul/*.js in Tasklist's webjar folder): form-js's
 * messages and buttons, its date picker, the server's refusals at their fields, and Tasklist's screen.
 */
@BrowserTest
@AarshjulIntegrationTest
class TasklistDanishControlsBrowserIT {

  static final String SHOTS = "screenshots/tasklist/";
  static final String DRAFT = "Udarbejd udkast til fokusområder og mål";

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
  void closeBrowser(org.junit.jupiter.api.TestInfo test) {
    tasklist.screenshot(SHOTS + "last-" + test.getTestMethod().map(java.lang.reflect.Method::getName).orElse("test"));
    tasklist.close();
  }

  @Test
  void formJsMessagesButtonsAndTheDatePickerAreDanish() {
    CycleDriver taarnby = new CycleDriver(Api.at(port), management, "taarnby");
    String instance = taarnby.start(2093);
    tasklist.logIn("taarnby.planner");
    tasklist.openAndClaim(taarnby.task("planner", instance, "userTask_draftPlan").path("id").asText(), null,
        "Beskæftigelsesplan 2093");

    tasklist.complete();
    wait.until(d -> tasklist.errorsAt("Fokusområde").contains("Feltet skal udfyldes."));
    assertThat(tasklist.errorsAt("Målsætning")).isEqualTo("Feltet skal udfyldes.");
    tasklist.screenshot(SHOTS + "draft-required-fields");
    String form = browser.findElement(By.cssSelector(".fjs-form")).getText();
    assertThat(form).as("form-js's own words").contains("Tilføj", "Vælg")
        .doesNotContain("Field is required", "Add new", "Select", "Search", "Collapse");
    assertThat(browser.findElements(By.cssSelector(".fjs-container [placeholder=Search], .fjs-container [aria-label^=Remove]")))
        .as("English placeholders and labels").isEmpty();

    tasklist.type("Udgangspunktets periode", "2025K3");
    tasklist.type("Målsætning", "x");
    wait.until(d -> tasklist.errorsAt("Udgangspunktets periode").contains("Skriv et år (2025), et kvartal (2025Q3) eller en måned (2025M07)."));

    WebElement deadline = tasklist.field("Frist");
    assertThat(deadline.getAttribute("placeholder")).isEqualTo("dd-mm-åååå");
    tasklist.type("Frist", "31-12-2093" + Keys.TAB);
    wait.until(d -> "31-12-2093".equals(tasklist.field("Frist").getDomProperty("value")));
    tasklist.field("Frist").click();
    WebElement calendar = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flatpickr-calendar.open")));
    List<String> weekdays = calendar.findElements(By.cssSelector(".flatpickr-weekday")).stream()
        .map(w -> w.getText().trim()).toList();
    assertThat(weekdays).containsExactly("man", "tir", "ons", "tor", "fre", "lør", "søn");
    assertThat(calendar.findElement(By.cssSelector(".flatpickr-monthDropdown-months option:checked")).getText()).isEqualTo("december");
    tasklist.screenshot(SHOTS + "draft-date-picker");
    browser.findElement(By.cssSelector(".flatpickr-calendar.open .flatpickr-day:not(.prevMonthDay):not(.nextMonthDay)")).click();
    wait.until(d -> "01-12-2093".equals(tasklist.field("Frist").getDomProperty("value")));
  }

  @Test
  void theLoginPageAsksForAnEmptyFieldInDanishAndLetsThePersonInOnceFilled() {
    tasklist.openLoginPage();
    WebElement username = browser.findElement(By.cssSelector("input[ng-model=username]"));
    WebElement password = browser.findElement(By.cssSelector("input[type=password]"));
    WebElement logIn = browser.findElement(By.cssSelector("button[type=submit]"));

    logIn.click();
    assertThat(username.getDomProperty("validationMessage")).as("the browser's message at the empty user name")
        .isEqualTo("Udfyld dette felt.");
    assertThat(browser.findElements(By.cssSelector("input[ng-model=username]"))).as("still on the login page").hasSize(1);
    tasklist.screenshot(SHOTS + "login-empty-user-name");

    username.sendKeys("taarnby.planner");
    assertThat(username.getDomProperty("validationMessage")).as("typing clears the message").isEmpty();
    logIn.click();
    assertThat(password.getDomProperty("validationMessage")).as("the browser's message at the empty password")
        .isEqualTo("Udfyld dette felt.");

    password.sendKeys(Api.DEMO_PASSWORD);
    logIn.click();
    Browsers.waitUpTo(browser, java.time.Duration.ofSeconds(20)).withMessage("logged in once both fields were filled")
        .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model=username]")));
  }

  @Test
  void aPastDateIsRefusedWithADanishMessageInsteadOfSilently() {
    CycleDriver taarnby = new CycleDriver(Api.at(port), management, "taarnby");
    String instance = taarnby.start(2095);
    taarnby.complete("planner", instance, "userTask_draftPlan", CycleDriver.draft(2095, "Færre på sygedagpenge"));
    tasklist.logIn("taarnby.planner");
    tasklist.openAndClaim(taarnby.awaitTask("planner", instance, "userTask_requestConsultation"), null, "Høringsfrist");

    String yesterday = LocalDate.now().minusDays(1).format(Tasklist.DATE);
    // typed, then left: type() waits until the field holds the typed text
    tasklist.type("Høringsfrist", yesterday);
    tasklist.field("Høringsfrist").sendKeys(Keys.TAB);
    wait.until(d -> tasklist.errorsAt("Høringsfrist").contains("Datoen " + yesterday + " ligger før "
        + LocalDate.now().format(Tasklist.DATE)));
    WebElement input = tasklist.field("Høringsfrist");
    assertThat(input.getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(input.getAttribute("aria-describedby")).contains(
        tasklist.fieldWrapper("Høringsfrist").findElement(By.cssSelector(".fjs-form-field-error")).getAttribute("id"));
    tasklist.screenshot(SHOTS + "consultation-past-date");

    String inThreeWeeks = LocalDate.now().plusDays(21).format(Tasklist.DATE);
    tasklist.type("Høringsfrist", inThreeWeeks);
    tasklist.field("Høringsfrist").sendKeys(Keys.TAB);
    wait.until(d -> tasklist.errorsAt("Høringsfrist").isEmpty());
    assertThat(tasklist.field("Høringsfrist").getDomProperty("value")).isEqualTo(inThreeWeeks);
  }

  @Test
  void theServersRefusalIsShownAtTheFieldAndGoneInTheNextTask() {
    CycleDriver vordingborg = new CycleDriver(Api.at(port), management, "vordingborg");
    String refused = vordingborg.start(2093);
    String other = vordingborg.start(2095);
    String refusedTask = vordingborg.task("planner", refused, "userTask_draftPlan").path("id").asText();
    String otherTask = vordingborg.task("planner", other, "userTask_draftPlan").path("id").asText();
    tasklist.logIn("vordingborg.planner");
    tasklist.openAndClaim(refusedTask, null, "Beskæftigelsesplan 2093");

    // the browser takes any period form; the server wants the deadline after the baseline's period
    tasklist.type("Fokusområde", "Unge i uddannelse og job");
    tasklist.search("Målgrupper", "Unge under 30 år");
    tasklist.type("Målsætning", "Færre unge på uddannelseshjælp");
    tasklist.search("Indikator", "uddannelseshjælp");
    tasklist.choose("Målgruppe", "Unge under 30 år");
    tasklist.type("Udgangspunkt", "118");
    tasklist.type("Målværdi", "100");
    tasklist.type("Frist", "31-12-2093" + Keys.TAB);
    tasklist.type("Udgangspunktets periode", "2094");
    tasklist.complete();

    wait.until(d -> tasklist.errorsAt("Frist").contains("Skal ligge efter udgangspunktets periode (2094)"));
    WebElement summary = browser.findElement(By.cssSelector(".aarshjul-problem"));
    assertThat(summary.getText()).contains("Opgaven er ikke afsluttet",
        "Fokusområde 1, mål 1, Frist: skal ligge efter udgangspunktets periode (2094)");
    assertThat(tasklist.field("Frist").getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(browser.findElement(By.tagName("body")).getText()).as("no English, no ids")
        .doesNotContain("Cannot submit", refusedTask, "Field");
    assertThat(browser.findElements(By.cssSelector(".notifications .alert-danger")))
        .as("the refusal is in the form, not in a banner over its buttons").noneMatch(WebElement::isDisplayed);
    tasklist.screenshot(SHOTS + "draft-server-refusal");
    summary.findElement(By.linkText("Fokusområde 1, mål 1, Frist: skal ligge efter udgangspunktets periode (2094)")).click();
    wait.until(d -> tasklist.field("Frist").equals(browser.switchTo().activeElement()));
    tasklist.screenshot(SHOTS + "draft-server-refusal-at-field");

    browser.findElement(By.cssSelector(".tasks-list a[href='#/?task=" + otherTask + "']")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-form"), "Beskæftigelsesplan 2095"));
    assertThat(browser.findElements(By.cssSelector(".aarshjul-problem, .fjs-form-field-error"))).isEmpty();
    assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("udgangspunktets periode (2094)");
    tasklist.screenshot(SHOTS + "draft-next-task-clean");
  }

  @Test
  void theScreenShowsNamesSaysWhatGemDidAndHasNoEndOfLifeBanner() {
    Api api = Api.at(port);
    CycleDriver ishoej = new CycleDriver(api, management, "ishoej");
    String instance = ishoej.start(2095);
    String taskId = ishoej.task("planner", instance, "userTask_draftPlan").path("id").asText();
    String name = municipalityName(api, "ishoej");

    tasklist.logIn("ishoej.planner");
    tasklist.openAndClaim(taskId, null, "Beskæftigelsesplan 2095");
    // the task's header names its tenant
    wait.until(ExpectedConditions.textToBe(By.cssSelector("header .tenant-id"), name));
    assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("ishoej\n", "end of life", "får ikke flere udgivelser");
    assertThat(browser.findElements(By.cssSelector(".ce-eol-banner"))).noneMatch(WebElement::isDisplayed);

    tasklist.type("Fokusområde", "Ledige i job");
    browser.executeAsyncScript("setTimeout(arguments[arguments.length - 1], 400)");
    WebElement save = wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space(.)='Gem']")));
    browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", save);
    save.click();
    WebElement status = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".form-actions [role=status]")));
    assertThat(status.getText()).matches("Gemt i denne browser kl\\. \\d\\d\\.\\d\\d\\. Intet er sendt endnu: det sker, når du afslutter opgaven\\.");
    assertThat((String) browser.executeScript("return localStorage.getItem('camunda-form:' + arguments[0])", taskId))
        .contains("Ledige i job");
    browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", status);
    tasklist.screenshot(SHOTS + "draft-saved");
  }

  @Test
  void aDocumentLinkedFromAFormOpensInANewTab() {
    CycleDriver ishoej = new CycleDriver(Api.at(port), management, "ishoej");
    String instance = ishoej.start(2093);
    ishoej.complete("planner", instance, "userTask_draftPlan", CycleDriver.draft(2093, "Flere unge i uddannelse"));
    ishoej.complete("planner", instance, "userTask_requestConsultation", Map.of(
        "consultationBodies", Map.of("type", "Json", "value", "[\"social-partners\"]"),
        "consultationDeadline", Map.of("value", LocalDate.now().plusDays(10).toString())));
    ishoej.complete("social-partners", instance, "userTask_consultationResponse", Map.of("responseText", Map.of("value", "Fint")));
    ishoej.complete("planner", instance, "userTask_revisePlan", CycleDriver.draft(2093, "Flere unge i uddannelse og job"));
    String taskId = ishoej.awaitTask("committee", instance, "userTask_committeeRecommendation");

    tasklist.logIn("ishoej.committee");
    tasklist.openAndClaim(taskId, null, "HTML");
    WebElement html = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//div[contains(@class,'fjs-form')]//a[normalize-space(.)='HTML']")));
    wait.until(d -> "_blank".equals(html.getAttribute("target")));
    assertThat(html.getAttribute("rel")).contains("noopener");
    String tasklistWindow = browser.getWindowHandle();
    browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", html);
    html.click();
    wait.until(d -> d.getWindowHandles().size() == 2);
    assertThat(browser.getWindowHandle()).isEqualTo(tasklistWindow);
    assertThat(browser.getCurrentUrl()).contains("/camunda/app/tasklist/");
  }

  private static String municipalityName(Api api, String tenantId) {
    for (JsonNode municipality : api.as("ishoej.planner").get("/api/municipalities").json()) {
      if (municipality.path("tenantId").asText().equals(tenantId)) {
        return municipality.path("name").asText();
      }
    }
    throw new AssertionError("no municipality " + tenantId);
  }
}
