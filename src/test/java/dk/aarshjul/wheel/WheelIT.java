package dk.aarshjul.wheel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.aarshjul.shared.DanishTime;
import dk.aarshjul.testing.AarshjulIntegrationTest;
import dk.aarshjul.testing.Api;
import dk.aarshjul.testing.CycleDriver;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The wheel over the real engine: Vordingborg's cycle for the plan 2048 in progress, its draft three days past
 * its deadline (the deadline moved as if the days had passed), is late in the wheel and in "Forsinket" for
 * Vordingborg's staff, the operator and the publisher, and for nobody of Tårnby, who get 404 for
 * Vordingborg's wheel exactly as for a municipality that does not exist.
 */
@AarshjulIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WheelIT {

  static final int PLAN_YEAR = 2048;
  static final int WHEEL_YEAR = PLAN_YEAR - 1;
  static final String DRAFT = "Udarbejd udkast til fokusområder og mål";
  static final int DAYS_LATE = 3;

  @LocalServerPort int port;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;

  String instance;
  String draftTaskId;

  @BeforeAll
  void vordingborgsDraftIsThreeDaysLate() {
    instance = new CycleDriver(Api.at(port), management, "vordingborg").start(PLAN_YEAR);
    Task draft = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("userTask_draftPlan").singleResult();
    draftTaskId = draft.getId();
    LocalDate due = LocalDate.now(DanishTime.ZONE).minusDays(DAYS_LATE);
    draft.setDueDate(Date.from(ZonedDateTime.of(due.atTime(23, 59), DanishTime.ZONE).toInstant()));
    tasks.saveTask(draft);
  }

  Api api(String user) {
    return Api.at(port).as(user);
  }

  @Test
  void theLateDraftIsInForsinketWithItsMunicipalityAndDaysOverdue() {
    for (String user : List.of("vordingborg.planner", "vordingborg.committee", "operator", "publisher")) {
      Api.Response late = api(user).get("/api/wheel/late");
      assertThat(late.status()).as(late.toString()).isEqualTo(200);
      JsonNode entry = ours(late.json());
      assertThat(entry).as("%s sees Vordingborg's late draft in %s", user, late.body()).isNotNull();
      assertThat(entry.path("municipality").asText()).isEqualTo("Vordingborg Kommune");
      assertThat(entry.path("kind").asText()).isEqualTo("CYCLE");
      assertThat(entry.path("daysOverdue").asLong()).isEqualTo(DAYS_LATE);
      assertThat(entry.path("href").asText()).isEqualTo("/camunda/app/tasklist/default/#/?task=" + draftTaskId);
    }
    JsonNode all = api("operator").get("/api/wheel/late").json();
    List<Long> days = new ArrayList<>();
    all.forEach(e -> days.add(e.path("daysOverdue").asLong()));
    assertThat(days).as("the most overdue first").isSortedAccordingTo(java.util.Comparator.reverseOrder());

    Api.Download page = api("operator").getBytes("/api/wheel/late/page");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.contentType()).startsWith("text/html");
    assertThat(new String(page.bytes(), StandardCharsets.UTF_8)).contains("<h1>Forsinket</h1>").contains("Vordingborg Kommune")
        .contains(DRAFT).contains("<td class=\"days\">" + DAYS_LATE + "</td>");
  }

  @Test
  void theWheelShowsEveryStepOfTheCycleWithItsState() {
    Api.Response wheel = api("vordingborg.planner").get("/api/wheel/vordingborg/steps?year=" + WHEEL_YEAR);
    assertThat(wheel.status()).as(wheel.toString()).isEqualTo(200);
    JsonNode steps = wheel.json().path("steps");
    List<String> names = new ArrayList<>();
    steps.forEach(s -> names.add(s.path("name").asText()));
    assertThat(names).as("the user tasks of the 2027 cycle, in its order").containsExactly(DRAFT, "Send udkastet i høring",
        "Afgiv høringssvar", "Revidér planen efter høring og bemærkninger", "Udvalget indstiller planen",
        "Kommunalbestyrelsen vedtager planen");
    assertThat(steps.get(0).path("state").asText()).isEqualTo("LATE");
    assertThat(steps.get(0).path("stateText").asText()).isEqualTo("forsinket " + DAYS_LATE + " dage");
    assertThat(steps.get(1).path("state").asText()).as("planned for 8 September %s", WHEEL_YEAR).isEqualTo("NOT_STARTED");
    assertThat(steps.get(1).path("due").asText()).isEqualTo(WHEEL_YEAR + "-09-08");
    assertThat(steps.get(4).path("due").asText()).as("the committee a month before the council").isEqualTo(WHEEL_YEAR + "-12-01");
    assertThat(steps.get(5).path("due").asText()).isEqualTo(WHEEL_YEAR + "-12-31");
    assertThat(wheel.json().path("description").asText()).contains("Forsinket: " + DRAFT + " (forsinket 3 dage)");

    Api.Download svg = api("vordingborg.committee").getBytes("/api/wheel/vordingborg/wheel.svg?year=" + WHEEL_YEAR);
    assertThat(svg.status()).isEqualTo(200);
    assertThat(svg.contentType()).startsWith("image/svg+xml");
    String text = new String(svg.bytes(), StandardCharsets.UTF_8);
    assertThat(text).contains("<title id=\"wheel-vordingborg-title\">Årshjul " + WHEEL_YEAR + " for Vordingborg Kommune</title>")
        .contains("<title>Send udkastet i høring – frist 8. september " + WHEEL_YEAR + " – ikke startet</title>")
        .contains("<title>Kommunalbestyrelsen vedtager planen – frist 31. december " + WHEEL_YEAR + " – ikke startet</title>")
        .contains("forsinket 3 dage");

    Api.Download page = api("vordingborg.planner").getBytes("/api/wheel?year=" + WHEEL_YEAR);
    assertThat(page.status()).isEqualTo(200);
    assertThat(new String(page.bytes(), StandardCharsets.UTF_8)).contains("<h1>Årshjul " + WHEEL_YEAR + " for Vordingborg Kommune</h1>")
        .contains("<svg").contains("data-state=\"LATE\"").contains("Trinene i ord");
  }

  @Test
  void anotherMunicipalitysWheelAnswersAsOneThatDoesNotExist() {
    List<String> others = new ArrayList<>();
    for (dk.aarshjul.tenancy.domain.Role role : dk.aarshjul.tenancy.domain.Role.values()) {
      others.add("taarnby." + role.code());
    }
    others.addAll(List.of("taarnby.disability-council", "taarnby.integration-council", "taarnby.social-partners",
        "taarnby.regional-council", "ishoej.planner"));
    for (String user : others) {
      for (String path : List.of("/api/wheel/vordingborg", "/api/wheel/vordingborg/wheel.svg", "/api/wheel/vordingborg/steps")) {
        Api.Download other = api(user).getBytes(path + "?year=" + WHEEL_YEAR);
        Api.Download missing = api(user).getBytes(path.replace("vordingborg", "atlantis") + "?year=" + WHEEL_YEAR);
        assertThat(other.status()).as("%s %s", user, path).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(new String(other.bytes(), StandardCharsets.UTF_8)).contains("Der findes intet årshjul for vordingborg")
            .doesNotContain("Vordingborg Kommune");
      }
      assertThat(ours(api(user).get("/api/wheel/late").json())).as("%s sees no late step of Vordingborg", user).isNull();
      assertThat(new String(api(user).getBytes("/api/wheel/overview?year=" + WHEEL_YEAR).bytes(), StandardCharsets.UTF_8))
          .contains("Årshjul " + WHEEL_YEAR + " for ").doesNotContain("Vordingborg");
      assertThat(new String(api(user).getBytes("/api/wheel/late/page").bytes(), StandardCharsets.UTF_8)).doesNotContain("Vordingborg");

      Api.Response write = api(user).post("/api/wheel/vordingborg/steps", java.util.Map.of("state", "DONE"));
      assertThat(write.status()).as("the wheel is read only: %s", write).isIn(404, 405);
    }
    JsonNode readBack = api("vordingborg.planner").get("/api/wheel/vordingborg/steps?year=" + WHEEL_YEAR).json();
    assertThat(readBack.path("steps").get(0).path("state").asText()).as("nothing changed").isEqualTo("LATE");
  }

  @Test
  void theOperatorAndThePublisherSeeEveryMunicipalitysWheel() {
    for (String user : List.of("operator", "publisher")) {
      Api.Download overview = api(user).getBytes("/api/wheel?year=" + WHEEL_YEAR);
      assertThat(overview.status()).isEqualTo(200);
      String html = new String(overview.bytes(), StandardCharsets.UTF_8);
      assertThat(html).contains("<h1>Årshjul " + WHEEL_YEAR + " – alle kommuner</h1>");
      for (String name : List.of("Tårnby Kommune", "Ishøj Kommune", "Vallensbæk Kommune", "Brøndby Kommune", "Vordingborg Kommune")) {
        assertThat(html).as(user).contains("aria-labelledby=\"wheel-").contains("Årshjul " + WHEEL_YEAR + " for " + name);
      }
      assertThat(api(user).getBytes("/api/wheel/vordingborg/wheel.svg?year=" + WHEEL_YEAR).status()).isEqualTo(200);
    }
  }

  @Test
  void aCycleNotStartedShowsItsStepsAtTheDeadlinesItWouldPlan() {
    List<JsonNode> steps = cycleSteps("taarnby");
    assertThat(steps).hasSize(6);
    assertThat(steps.get(0).path("due").asText()).isEqualTo(WHEEL_YEAR + "-09-01");
    assertThat(steps.get(1).path("due").asText()).isEqualTo(WHEEL_YEAR + "-09-08");
    assertThat(steps.get(2).path("due").isMissingNode() || steps.get(2).path("due").isNull()).as("a consultation's deadline is the planner's to set").isTrue();
    assertThat(steps.get(4).path("due").asText()).isEqualTo(WHEEL_YEAR + "-12-01");
    assertThat(steps.get(5).path("due").asText()).isEqualTo(WHEEL_YEAR + "-12-31");
    steps.forEach(step -> assertThat(step.path("state").asText()).isEqualTo("NOT_STARTED"));
  }

  @Test
  void aCycleNotStartedBeginsOnTheMunicipalitysYearlyStart() {
    String setting = "/api/municipalities/taarnby/yearly-start";
    assertThat(api("taarnby.planner").put(setting, Map.of("startDay", 30, "startMonth", 9)).status()).isEqualTo(200);
    try {
      List<JsonNode> steps = cycleSteps("taarnby");
      assertThat(steps.get(0).path("due").asText()).as("two weeks for the draft from a start on 30 September")
          .isEqualTo(WHEEL_YEAR + "-10-14");
      assertThat(steps.get(1).path("due").asText()).isEqualTo(WHEEL_YEAR + "-10-21");
      assertThat(steps.get(5).path("due").asText()).isEqualTo(WHEEL_YEAR + "-12-31");
    } finally {
      assertThat(api("taarnby.planner").put(setting, Map.of("startDay", 1, "startMonth", 6)).status()).isEqualTo(200);
    }
  }

  @Test
  void nobodyUnknownSeesAWheel() {
    for (String path : List.of("/api/wheel", "/api/wheel/overview", "/api/wheel/late", "/api/wheel/late/page",
        "/api/wheel/vordingborg", "/api/wheel/vordingborg/wheel.svg", "/api/wheel/vordingborg/steps")) {
      assertThat(Api.at(port).anonymous().getBytes(path).status()).as(path).isEqualTo(401);
    }
  }

  @Test
  void aYearThatIsNoYearIsADanishProblemNamingIt() {
    Api.Response bad = api("vordingborg.planner").get("/api/wheel/vordingborg/steps?year=tyve");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("\"field\":\"year\"").contains("skal være et år mellem 2000 og 2099");
    assertThat(api("vordingborg.planner").get("/api/wheel/vordingborg/steps?year=1066").status()).isEqualTo(400);
    assertThat(api("vordingborg.planner").get("/api/wheel/vordingborg/steps?year=2100").status())
        .as("its plan would be for 2101, a year no plan can have").isEqualTo(400);
    for (String year : List.of("2000", "2099")) {
      Api.Response edge = api("vordingborg.planner").get("/api/wheel/vordingborg/steps?year=" + year);
      assertThat(edge.status()).as(edge.toString()).isEqualTo(200);
    }
  }

  /** The cycle's steps on the municipality's wheel, without its status rounds (other tests' plans may have some). */
  private List<JsonNode> cycleSteps(String tenant) {
    List<JsonNode> steps = new ArrayList<>();
    api(tenant + ".planner").get("/api/wheel/" + tenant + "/steps?year=" + WHEEL_YEAR).json().path("steps").forEach(step -> {
      if (step.path("kind").asText().equals("CYCLE")) {
        steps.add(step);
      }
    });
    return steps;
  }

  private static JsonNode ours(JsonNode late) {
    for (JsonNode entry : late) {
      if (entry.path("tenantId").asText().equals("vordingborg") && entry.path("step").asText().equals(DRAFT)) {
        return entry;
      }
    }
    return null;
  }
}
