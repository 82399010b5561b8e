package dk.aarshjul.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.aarshjul.testing.Api;
import dk.aarshjul.testing.BrowserTest;
import dk.aarshjul.testing.Jobs;
import dk.aarshjul.testing.OwnApplication;
import dk.aarshjul.testing.Tasklist;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Tasklist through a real OpenID Connect provider (mock-oauth2-server and its login page), in Chromium: a
 * planner logs in with the provider, starts the cycle and completes the draft through its form, and logs out
 * of Tasklist and the provider; a person whose roles give no municipality is told so in Danish and sees
 * nothing; the engine's user follows the roles at every login; an operator opens Cockpit and Admin through the
 * provider. Screenshots in target/screenshots/sso/.
 */
@OwnApplication
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class SingleSignOnBrowserIT {

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
  void closeBrowser(TestInfo test) {
    tasklist.screenshot("screenshots/sso/last-" + test.getTestMethod().map(m -> m.getName()).orElse("test"));
    tasklist.close();
  }

  @Test
  void aPlannerLogsInThroughTheProviderWorksTheDraftInTasklistAndLogsOutOfBoth() {
    logInThroughProvider("mette.kommunesen", """
        {"preferred_username": "mette.kommunesen", "given_name": "Mette", "family_name": "Kommunesen",
         "email": "mette.kommunesen@taarnby.dk", "groups": ["taarnby:planner"]}""");
    WebElementWait.startProcess(wait);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Mette Kommunesen"));
    tasklist.screenshot("screenshots/sso/tasklist-after-login");

    User user = identity.createUserQuery().userId("mette.kommunesen").singleResult();
    assertThat(user.getFirstName() + " " + user.getLastName() + " <" + user.getEmail() + ">")
        .isEqualTo("Mette Kommunesen <mette.kommunesen@taarnby.dk>");
    assertThat(groupsOf("mette.kommunesen")).containsExactly("taarnby-planner");
    assertThat(tenantsOf("mette.kommunesen")).containsExactly("taarnby");

    browser.findElement(By.xpath("//a[contains(normalize-space(.),'Start proces')]")).click();
    wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//div[contains(@class,'modal-body')]//a[normalize-space(.)='Beskæftigelsesplanens årshjul']"))).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".modal-body .fjs-form"), "Ny beskæftigelsesplan"));
    tasklist.type("Planens første år", "2091");
    browser.findElement(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space(.)='Start']")).click();
    JsonNode plan = Awaitility.await("the plan is registered").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
        .until(() -> {
          Jobs.runDue(management);
          for (JsonNode p : Api.at(port).as("taarnby.planner").get("/api/plans").json()) {
            if (p.path("firstYear").asInt() == 2091) {
              return p;
            }
          }
          return null;
        }, java.util.Objects::nonNull);
    String planId = plan.path("id").asText();
    assertThat(Api.at(port).as("taarnby.planner").get("/api/plans/" + planId).json().path("createdBy").asText())
        .as("who started it, as the provider named them").isEqualTo("mette.kommunesen");
    JsonNode drafts = Api.at(port).as("taarnby.planner")
        .get("/engine-rest/task?taskDefinitionKey=userTask_draftPlan&processVariables=planId_eq_" + planId).json();
    assertThat(drafts).hasSize(1);
    String draftTask = drafts.get(0).path("id").asText();

    browser.navigate().refresh();
    tasklist.openAndClaim(draftTask, "Udarbejd udkast til fokusområder og mål", plan.path("title").asText());
    fillDraft();
    tasklist.screenshot("screenshots/sso/draft-filled");
    tasklist.complete();
    Awaitility.await("the draft is completed").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
      Jobs.runDue(management);
      return Api.at(port).as("taarnby.planner").get("/api/plans/" + planId).json().path("version").asInt() == 1;
    });
    assertThat(Api.at(port).as("taarnby.planner")
        .get("/engine-rest/task?taskDefinitionKey=userTask_requestConsultation&processVariables=planId_eq_" + planId).json())
        .hasSize(1);
    assertThat(Api.at(port).as("taarnby.planner").get("/engine-rest/history/task?taskId=" + draftTask).json().get(0)
        .path("assignee").asText()).as("the task was taken and completed by the person from the provider").isEqualTo("mette.kommunesen");

    PROVIDER.requestedPaths();
    browser.executeScript("document.querySelector('li.logout a').click()");
    wait.until(ExpectedConditions.urlContains(SingleSignOn.LOGGED_OUT_PAGE));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Du er logget ud");
    tasklist.screenshot("screenshots/sso/logged-out");
    assertThat(PROVIDER.requestedPaths()).as("logged out of the provider too").contains("/" + SsoTestProvider.ISSUER + "/endsession");

    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username")));
    assertThat(browser.getCurrentUrl()).as("Tasklist asks the provider again").startsWith(PROVIDER.issuer());
  }

  @Test
  void aPersonWhoseRolesGiveNoMunicipalityIsToldSoInDanishAndSeesNothing() {
    logInThroughProvider("ole.udenrolle", """
        {"preferred_username": "ole.udenrolle", "name": "Ole Udenrolle", "groups": ["gentofte:planner", "taarnby:gartner"]}""");

    wait.until(ExpectedConditions.urlContains(SingleSignOn.NO_MUNICIPALITY_PAGE));
    String page = browser.findElement(By.tagName("body")).getText();
    tasklist.screenshot("screenshots/sso/no-municipality");
    assertThat(page).contains("Ingen kommune", "Du er logget ind som Ole Udenrolle (ole.udenrolle)",
        "Din bruger er ikke knyttet til en kommune i Årshjul, så der er intet at vise.");

    browser.get("http://localhost:" + port + "/camunda/api/engine/engine/default/task");
    assertThat(browser.findElement(By.tagName("body")).getText()).as("the webapps' API, in this browser's session")
        .contains("\"status\":403", "Din bruger er ikke knyttet til en kommune");
    browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/");
    wait.until(ExpectedConditions.urlContains(SingleSignOn.NO_MUNICIPALITY_PAGE));
    assertThat(identity.createUserQuery().userId("ole.udenrolle").count()).as("no engine user for nobody's staff").isZero();

    browser.findElement(By.linkText("Log ud")).click();
    wait.until(ExpectedConditions.urlContains(SingleSignOn.LOGGED_OUT_PAGE));
  }

  @Test
  void theEnginesUserFollowsTheRolesAtEveryLoginAndKeepsGroupsGivenByHand() {
    logInThroughProvider("skifter", """
        {"preferred_username": "skifter", "given_name": "Søren", "family_name": "Skifter",
         "groups": ["taarnby:planner", "taarnby:disability-council"]}""");
    WebElementWait.startProcess(wait);
    assertThat(groupsOf("skifter")).containsExactlyInAnyOrder("taarnby-planner", "taarnby-body-disability-council");
    Group own = identity.newGroup("kommunens-egen");
    own.setName("Givet i Admin");
    identity.saveGroup(own);
    identity.createMembership("skifter", "kommunens-egen");

    logInThroughProvider("skifter", """
        {"preferred_username": "skifter", "given_name": "Søren", "family_name": "Skifter-Hansen",
         "groups": ["ishoej:committee"]}""");
    WebElementWait.startProcess(wait);

    assertThat(groupsOf("skifter")).containsExactlyInAnyOrder("ishoej-committee", "kommunens-egen");
    assertThat(tenantsOf("skifter")).containsExactlyInAnyOrder("ishoej", "ishoej-vallensbaek");
    assertThat(identity.createUserQuery().userId("skifter").singleResult().getLastName()).isEqualTo("Skifter-Hansen");
    Object taarnbyTasks = browser.executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        fetch('/camunda/api/engine/engine/default/task?tenantIdIn=taarnby', {headers: {Accept: 'application/json'}})
          .then(r => r.text().then(t => done(r.status + ' ' + t)));""");
    assertThat(String.valueOf(taarnbyTasks)).as("nothing of Tårnby any more").isEqualTo("200 []");
  }

  @Test
  void anOperatorOpensCockpitThroughTheProviderAndItsLogoutEndsTheSignOnToo() {
    logInThroughProvider("drift.sso", """
        {"preferred_username": "drift.sso", "name": "Drift Årshjul", "groups": ["operator"]}""");
    WebElementWait.startProcess(wait);
    browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/");
    wait.until(ExpectedConditions.urlContains("#/dashboard"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.logout a")));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Drift Årshjul"));
    assertThat(browser.findElement(By.tagName("body")).getText()).as("the name in the header").doesNotContain("null");
    tasklist.screenshot("screenshots/sso/cockpit-operator");
    assertThat(groupsOf("drift.sso")).containsExactly("platform-operator");

    browser.executeScript("document.querySelector('li.logout a').click()");
    wait.until(ExpectedConditions.urlContains(SingleSignOn.LOGGED_OUT_PAGE));
    browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username")));
  }

  @Test
  void anOperatorOpensAdminThroughTheProviderAndItsLogoutEndsTheSignOnToo() {
    String admin = "http://localhost:" + port + "/camunda/app/admin/default/";
    logInThroughProvider(admin, "drift.admin", """
        {"preferred_username": "drift.admin", "name": "Drift Administration", "groups": ["operator"]}""");
    wait.until(ExpectedConditions.urlMatches("/camunda/app/admin/default/[^#]*#/"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.logout a")));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Drift Administration"));
    assertThat(browser.findElement(By.tagName("body")).getText()).as("the name in the header").doesNotContain("null");
    assertThat(groupsOf("drift.admin")).containsExactly("platform-operator");
    browser.get(admin + "#/tenants");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Tårnby Kommune"));
    tasklist.screenshot("screenshots/sso/admin-operator");

    browser.executeScript("document.querySelector('li.logout a').click()");
    wait.until(ExpectedConditions.urlContains(SingleSignOn.LOGGED_OUT_PAGE));
    browser.get(admin);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username")));
    assertThat(browser.getCurrentUrl()).as("Admin asks the provider again").startsWith(PROVIDER.issuer());
  }

  @Test
  void basicStaysForTheApiButCamundasPasswordLoginIsClosed() throws Exception {
    assertThat(Api.at(port).as("taarnby.planner").get("/api/plans").status()).isEqualTo(200);
    HttpResponse<String> passwordLogin = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=taarnby.planner&password=demo")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(passwordLogin.statusCode()).as(passwordLogin.body()).isIn(401, 403);
    assertThat(passwordLogin.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://localhost:" + port + "/camunda/app/tasklist/default/")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location")).as("Tasklist goes to the provider's login")
        .hasValueSatisfying(location -> assertThat(location).endsWith("/oauth2/authorization/kommune"));
  }

  private void logInThroughProvider(String username, String claims) {
    logInThroughProvider("http://localhost:" + port + "/camunda/app/tasklist/default/", username, claims);
  }

  /** Opens the page without a login, which takes the browser to the provider's login page, and logs in there. */
  private void logInThroughProvider(String page, String username, String claims) {
    browser.manage().deleteAllCookies();
    browser.get(page);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username"))).sendKeys(username);
    browser.findElement(By.name("claims")).sendKeys(claims.replace("\n", " "));
    tasklist.screenshot("screenshots/sso/provider-login");
    browser.findElement(By.cssSelector("input[type=submit]")).click();
  }

  private void fillDraft() {
    tasklist.type("Fokusområde", "Unge i uddannelse og job");
    tasklist.search("Målgrupper", "Unge under 30 år");
    tasklist.type("Målsætning", "Færre unge på uddannelseshjælp");
    tasklist.search("Indikator", "uddannelseshjælp");
    tasklist.choose("Målgruppe", "Unge under 30 år");
    tasklist.type("Udgangspunkt", "118");
    tasklist.type("Udgangspunktets periode", "2089");
    tasklist.type("Målværdi", "100");
    tasklist.type("Frist", "31-12-2091" + Keys.TAB);
  }

  private Set<String> groupsOf(String userId) {
    return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).collect(Collectors.toSet());
  }

  private Set<String> tenantsOf(String userId) {
    return identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream().map(Tenant::getId)
        .collect(Collectors.toSet());
  }

  /** Tasklist has loaded for a logged-in user. */
  private static final class WebElementWait {
    static void startProcess(WebDriverWait wait) {
      wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[contains(normalize-space(.),'Start proces')]")));
    }
  }
}
