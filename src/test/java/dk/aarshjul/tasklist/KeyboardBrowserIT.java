package dk.aarshjul.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.testing.AarshjulIntegrationTest;
import dk.aarshjul.testing.Api;
import dk.aarshjul.testing.BrowserTest;
import dk.aarshjul.testing.CycleDriver;
import dk.aarshjul.testing.Keyboard;
import dk.aarshjul.testing.Tasklist;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A planner without a mouse: the draft plan, the largest form, filled in and completed with keys alone, as a screen
 * reader user or a keyboard user does it (WCAG 2.1.1, 2.4.3, 2.4.7, 3.3.1, 4.1.2; docs/accessibility.md). The keys go
 * to whatever has the focus; the test never clicks inside the form.
 */
@BrowserTest
@AarshjulIntegrationTest
class KeyboardBrowserIT {

  @LocalServerPort int port;
  @Autowired ManagementService management;

  @Test
  void aPlannerCompletesTheDraftWithTheKeyboardAlone() {
    CycleDriver ishoej = new CycleDriver(Api.at(port), management, "ishoej");
    String instance = ishoej.start(2074);
    try (Tasklist tasklist = new Tasklist(port)) {
      // logging in and taking the task are the mouse's; from here on only keys
      tasklist.logIn("ishoej.planner");
      tasklist.openAndClaim(ishoej.task("planner", instance, "userTask_draftPlan").path("id").asText(),
          "Udarbejd udkast til fokusområder og mål", "Beskæftigelsesplan 2074 for Ishøj Kommune");
      Keyboard keys = new Keyboard(tasklist.browser());

      tabsThroughTheFormInTheOrderShown(keys);
      anEmptyFormsErrorsAreAnnouncedAndTheFocusGoesToTheFirst(tasklist, keys);
      fillsInAFocusAreaWithAGoal(keys);
      addsAndRemovesAGoalAndAFocusArea(tasklist, keys);
      tasklist.screenshot("screenshots/tasklist/keyboard-draft-filled");
      assertThat(keys.tabTo("Afslut", 3)).containsExactly("Gem");
      keys.press(Keys.ENTER);
    }

    ishoej.awaitTask("planner", instance, "userTask_requestConsultation");
    var goals = Api.at(port).as("ishoej.planner").get("/api/plans/" + ishoej.planId(instance)).json()
        .path("focusAreas").get(0).path("goals");
    assertThat(goals).as("one goal: the second was removed").hasSize(1);
    assertThat(goals.get(0).path("targetValue").asInt()).isEqualTo(100);
    assertThat(goals.get(0).path("deadline").asText()).isEqualTo("2074-12-31");
  }

  private static void tabsThroughTheFormInTheOrderShown(Keyboard keys) {
    // Tasklist's shortcut to the task, then through its header into the form
    keys.press(Keys.chord(Keys.CONTROL, Keys.ALT, "f"));
    assertThat(keys.tabTo("Fokusområde", 10)).containsExactly("Slip opgaven", "Luk opgaven", "Formular", "Historik", "Diagram", "Beskrivelse");
    assertThat(keys.focusRing()).as("a visible focus").startsWith("2px solid");
    assertThat(keys.tabTo("Afslut", 25)).as("the fields in the order they are shown, then the list buttons").containsExactly(
        "Beskrivelse", "Pejlemærker og indsatser", "Målgrupper", "Måltype", "Målgruppe", "Målsætning", "Indikator",
        "Udgangspunkt", "Udgangspunktets periode", "Målværdi", "Frist", "Sammenlignes også med", "Fjern fokusområde 1, mål 1",
        "Tilføj", "Fjern fokusområde 1", "Tilføj", "Gem");
  }

  private static void anEmptyFormsErrorsAreAnnouncedAndTheFocusGoesToTheFirst(Tasklist tasklist, Keyboard keys) {
    keys.press(Keys.ENTER);
    tasklist.await().until(d -> keys.focusedName().equals("Fokusområde"));
    assertThat(tasklist.field("Fokusområde").getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(tasklist.liveErrorsOf("Fokusområde")).as("read with the field, and said when it appears")
        .contains("Feltet skal udfyldes.");
    assertThat(tasklist.browser().findElement(By.cssSelector(".aarshjul-problem")).getAttribute("role")).isEqualTo("alert");
    assertThat(keys.focusRing()).as("a visible focus on a field in error").startsWith("2px solid");
    tasklist.assertAccessible("the draft with its errors");
    tasklist.screenshot("screenshots/tasklist/keyboard-draft-errors");
  }

  private static void fillsInAFocusAreaWithAGoal(Keyboard keys) {
    keys.press("Unge i uddannelse og job");
    keys.tabTo("Målgrupper", 3);
    keys.press("Unge under");
    keys.pick("Unge under 30 år");
    keys.tabTo("Målsætning", 3);
    keys.press("Færre unge på uddannelseshjælp");
    keys.tab();
    keys.press("uddannelseshjælp");
    keys.pick("uddannelseshjælp");
    // a goal's target groups are those of its indicator: back to Målgruppe
    keys.shiftTab();
    keys.shiftTab();
    keys.pick("Unge under 30 år");
    keys.tabTo("Udgangspunkt", 3);
    keys.press("118");
    keys.tab();
    keys.press("2073");
    keys.tab();
    keys.press("100");
    keys.tab();
    assertThat(keys.focusedName()).isEqualTo("Frist");
    keys.press("31-12-2074", Keys.TAB);
  }

  private static void addsAndRemovesAGoalAndAFocusArea(Tasklist tasklist, Keyboard keys) {
    keys.tabTo("Tilføj", 3);
    keys.press(Keys.ENTER);
    formShows(tasklist, "Fokusområde 1, mål 2", true);
    keys.shiftTab();
    assertThat(keys.focusedName()).isEqualTo("Fjern fokusområde 1, mål 2");
    assertThat(keys.focusRing()).as("a visible focus on a list button").startsWith("2px solid");
    keys.press(Keys.SPACE);
    formShows(tasklist, "Fokusområde 1, mål 2", false);
    assertThat(keys.focusedName()).as("the focus stays in the list of goals").isEqualTo("Tilføj");

    assertThat(keys.tabTo("Tilføj", 3)).as("the focus area's remove button, then its Tilføj").containsExactly("Fjern fokusområde 1");
    keys.press(Keys.ENTER);
    formShows(tasklist, "Fokusområde 2", true);
    keys.shiftTab();
    assertThat(keys.focusedName()).isEqualTo("Fjern fokusområde 2");
    keys.press(Keys.SPACE);
    formShows(tasklist, "Fokusområde 2", false);
    assertThat(keys.focusedName()).as("the focus stays in the list of focus areas").isEqualTo("Tilføj");
  }

  private static void formShows(Tasklist tasklist, String text, boolean shown) {
    var present = ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-form"), text);
    tasklist.await().until(shown ? present : ExpectedConditions.not(present));
  }
}
