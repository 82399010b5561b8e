package dk.aarshjul.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.testing.AarshjulIntegrationTest;
import dk.aarshjul.testing.Api;
import dk.aarshjul.testing.BrowserTest;
import dk.aarshjul.testing.CycleDriver;
import dk.aarshjul.testing.Tasklist;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The annual wheel opened from Tasklist's menu, as Brøndby's planner does: "Årshjul" opens the
 * municipality's wheel in a new tab, a picture with the months and a table of the steps; the year of the
 * plan for 2058 shows its cycle's steps, and a step's link opens its task in Tasklist. Screenshots in
 * target/screenshots/wheel/.
 */
@BrowserTest
@AarshjulIntegrationTest
class WheelBrowserIT {

  static final int PLAN_YEAR = 2058;
  static final int WHEEL_YEAR = PLAN_YEAR - 1;

  @LocalServerPort int port;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;

  @Test
  void thePlannerOpensTheWheelFromTasklistAndATaskFromTheWheel() {
    String instance = new CycleDriver(Api.at(port), management, "broendby").start(PLAN_YEAR);
    String draft = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("userTask_draftPlan").singleResult().getId();

    try (Tasklist tasklist = new Tasklist(port)) {
      ChromeDriver browser = tasklist.browser();
      tasklist.logIn("broendby.planner");
      WebElement link = tasklist.await().until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.aarshjul-wheel a")));
      assertThat(link.getText()).isEqualTo("Årshjul");
      screenshot(browser, "tasklist-menu");
      String tasklistTab = browser.getWindowHandle();
      link.click();
      tasklist.await().until(driver -> driver.getWindowHandles().size() == 2);
      Set<String> tabs = browser.getWindowHandles();
      browser.switchTo().window(tabs.stream().filter(tab -> !tab.equals(tasklistTab)).findFirst().orElseThrow());

      int thisYear = LocalDate.now(dk.aarshjul.shared.DanishTime.ZONE).getYear();
      WebElement wheel = tasklist.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("svg.year-wheel")));
      assertThat(browser.getCurrentUrl()).endsWith("/api/wheel");
      assertThat(wheel.getDomAttribute("role")).as("an image, or a group when its steps link somewhere")
          .isEqualTo(wheel.findElements(By.tagName("a")).isEmpty() ? "img" : "group");
      assertThat(wheel.getDomAttribute("aria-labelledby")).isEqualTo("wheel-broendby-title");
      assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Årshjul " + thisYear + " for Brøndby Kommune");
      assertThat(wheel.findElements(By.cssSelector("#wheel-broendby-months text")).stream().map(WebElement::getText).toList())
          .hasSize(12).startsWith("januar", "februar").endsWith("december");
      screenshot(browser, "wheel-this-year");

      browser.get(browser.getCurrentUrl() + "?year=" + WHEEL_YEAR);
      wheel = tasklist.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("svg.year-wheel")));
      assertThat(wheel.getDomAttribute("role")).isEqualTo("group");
      List<String> titles = wheel.findElements(By.cssSelector("g.step > title")).stream()
          .map(title -> title.getDomProperty("textContent")).toList();
      assertThat(titles).contains(
          "Udarbejd udkast til fokusområder og mål – frist 1. september " + WHEEL_YEAR + " – i gang",
          "Send udkastet i høring – frist 8. september " + WHEEL_YEAR + " – ikke startet",
          "Udvalget indstiller planen – frist 1. december " + WHEEL_YEAR + " – ikke startet",
          "Kommunalbestyrelsen vedtager planen – frist 31. december " + WHEEL_YEAR + " – ikke startet");
      assertThat(browser.findElements(By.cssSelector("table.steps tr.step"))).as("every step of the cycle in words").hasSize(6);
      assertThat(browser.findElement(By.cssSelector("table.steps tr.step.state-running")).getText())
          .contains("Udarbejd udkast til fokusområder og mål").contains("i gang").contains("Åbn opgaven i Tasklist");
      screenshot(browser, "wheel-plan-" + PLAN_YEAR);

      browser.findElement(By.cssSelector("a[href$='?task=" + draft + "'] g.step")).click();
      tasklist.await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-form"), "Fokusområde"));
      assertThat(browser.getCurrentUrl()).contains("/camunda/app/tasklist/default/#/?task=" + draft);

      tasklist.logIn("operator");
      tasklist.await().until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.aarshjul-wheel a")));
      browser.get("http://localhost:" + port + "/api/wheel?year=" + WHEEL_YEAR);
      tasklist.await().until(ExpectedConditions.textToBe(By.tagName("h1"), "Årshjul " + WHEEL_YEAR + " – alle kommuner"));
      assertThat(browser.findElements(By.cssSelector("svg.year-wheel"))).as("a wheel per municipality").hasSizeGreaterThanOrEqualTo(5);
      assertThat(browser.findElement(By.cssSelector("svg[aria-labelledby^='wheel-broendby-'] title")).getDomProperty("textContent"))
          .isEqualTo("Årshjul " + WHEEL_YEAR + " for Brøndby Kommune");
      screenshot(browser, "wheel-overview-operator");
    }
  }

  static void screenshot(ChromeDriver browser, String name) {
    try {
      Path file = Path.of("target", "screenshots", "wheel", name + ".png");
      Files.createDirectories(file.getParent());
      Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
