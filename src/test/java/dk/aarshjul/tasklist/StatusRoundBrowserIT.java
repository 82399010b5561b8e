package dk.aarshjul.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.aarshjul.testing.AarshjulIntegrationTest;
import dk.aarshjul.testing.Api;
import dk.aarshjul.testing.BrowserTest;
import dk.aarshjul.testing.ExamplePlanFiles;
import dk.aarshjul.testing.Jobs;
import dk.aarshjul.testing.Tasklist;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A quarterly status round as its people go through it in Tasklist: the planner comments the draft report
 * in "Gennemse status og skriv kommentarer", the committee notes the final report. Before, Afslut on the
 * review always failed in the browser ("rapporten har intet mål 'null'"): the rows lost their goal. Both forms are
 * checked with axe-core, before and after they are taken (docs/accessibility.md).
 */
@BrowserTest
@AarshjulIntegrationTest
class StatusRoundBrowserIT {

  static final String COMMENT = "Brobygningsforløbene er udvidet til alle skoler.";

  @LocalServerPort int port;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;

  @Test
  void thePlannerCommentsTheReportAndTheCommitteeNotesItInTasklist() {
    Api api = Api.at(port);
    String planId = ExamplePlanFiles.adoptedPlanId(api, "taarnby.planner", 2019);
    String round = runtime.createProcessInstanceByKey("statusRound").businessKey(planId)
        .setVariables(Variables.createVariables().putValue("tenantId", "taarnby").putValue("planId", planId)
            .putValue("planTitle", "Beskæftigelsesplan 2019-2023").putValue("plannerGroup", "taarnby-planner")
            .putValue("quarter", "2021Q3").putValue("onDemand", false))
        .execute().getId();
    Jobs.runDue(management);
    String review = taskOf(api, "taarnby.planner", round, "userTask_reviewReport");

    try (Tasklist tasklist = new Tasklist(port).checkingAccessibility()) {
      tasklist.logIn("taarnby.planner");
      tasklist.openAndClaim(review, "Gennemse status og skriv kommentarer", "Status på");
      assertThat(tasklist.field("Mål nr.").getDomProperty("value")).as("each row names its goal").isEqualTo("1.1");
      tasklist.type("Kommentar", COMMENT);
      tasklist.screenshot("status-round-review-form");
      tasklist.complete();

      String orientation = Awaitility.await("the committee's orientation").atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofMillis(300)).until(() -> {
            Jobs.runDue(management);
            JsonNode tasks = api.as("taarnby.committee").get("/engine-rest/task?processInstanceId=" + round
                + "&taskDefinitionKey=userTask_committeeOrientation").json();
            return tasks.isEmpty() ? null : tasks.get(0).path("id").asText();
          }, java.util.Objects::nonNull);
      assertThat(finalReportHtml(api, planId)).as("the comment is in the final report").contains(COMMENT);

      tasklist.logIn("taarnby.committee");
      tasklist.openAndClaim(orientation, null, "Status");
      tasklist.tick("Udvalget har taget orienteringen til efterretning");
      tasklist.screenshot("status-round-orientation-form");
      tasklist.complete();
      // the round's end is a step of its own, run here as the job executor would
      Awaitility.await("the round ends").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
          .until(() -> {
            Jobs.runDue(management);
            return runtime.createProcessInstanceQuery().processInstanceId(round).count() == 0;
          });
    }
  }

  private static String taskOf(Api api, String user, String instance, String key) {
    JsonNode tasks = api.as(user).get("/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey=" + key).json();
    assertThat(tasks).as("%s sees %s", user, key).hasSize(1);
    return tasks.get(0).path("id").asText();
  }

  private static String finalReportHtml(Api api, String planId) {
    for (JsonNode document : api.as("taarnby.planner").get("/api/plans/" + planId + "/documents").json()) {
      if (document.path("format").asText().equals("HTML") && document.path("label").asText().equals("ENDELIG")
          && document.path("title").asText().endsWith("3. kvartal 2021")) {
        String html = new String(api.as("taarnby.planner").getBytes(document.path("href").asText()).bytes(), StandardCharsets.UTF_8);
        if (html.contains(COMMENT)) {
          return html;
        }
      }
    }
    return api.as("taarnby.planner").get("/api/plans/" + planId + "/documents").body();
  }
}
