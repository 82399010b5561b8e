package dk.aarshjul.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.notifications.adapter.camunda.NotificationProcess;
import dk.aarshjul.testing.AarshjulIntegrationTest;
import dk.aarshjul.testing.Api;
import dk.aarshjul.testing.CycleDriver;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each person chooses, for themself only, a mail per task or one a day; a wrong value is a Danish 400 naming
 * the field. With mail off (the default, as here) a new task makes no mail job.
 */
@AarshjulIntegrationTest
class NotificationSettingsIT {

  @LocalServerPort int port;
  @Autowired ManagementService management;
  @Autowired HistoryService history;

  @Test
  void withMailOffANewTaskMakesNoMailJob() {
    String instance = new CycleDriver(Api.at(port), management, "vordingborg").start(2046);

    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance).count()).as("the draft task").isEqualTo(1);
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(NotificationProcess.PROCESS_KEY).count()).isZero();
  }

  @Test
  void aPersonChoosesTheDailyDigestAndBackForThemselfOnly() {
    Api committee = Api.at(port).as("broendby.committee");
    Api.Response before = committee.get("/api/me/notification-settings");
    assertThat(before.status()).isEqualTo(200);
    assertThat(before.json().path("delivery").asText()).as("a mail per task until one chooses").isEqualTo("immediate");
    assertThat(before.json().path("options")).extracting(o -> o.path("value").asText()).containsExactly("immediate", "daily-digest");

    Api.Response chosen = committee.put("/api/me/notification-settings", Map.of("delivery", "daily-digest"));

    assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
    assertThat(chosen.json().path("description").asText()).startsWith("Dagligt overblik");
    assertThat(committee.get("/api/me/notification-settings").json().path("delivery").asText()).isEqualTo("daily-digest");
    assertThat(Api.at(port).as("broendby.planner").get("/api/me/notification-settings").json().path("delivery").asText())
        .as("another person's choice is their own").isEqualTo("immediate");
    assertThat(committee.put("/api/me/notification-settings", Map.of("delivery", "immediate")).json().path("delivery").asText())
        .isEqualTo("immediate");
  }

  @Test
  void aWrongOrMissingChoiceIsADanishProblemNamingTheFieldAndChangesNothing() {
    Api council = Api.at(port).as("broendby.secretariat");

    for (Object body : new Object[] {Map.of("delivery", "weekly"), Map.of("delivery", ""), Map.of()}) {
      Api.Response refused = council.put("/api/me/notification-settings", body);
      assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(refused.json().path("errors").get(0).path("field").asText()).isEqualTo("delivery");
      assertThat(refused.json().path("errors").get(0).path("label").asText()).isEqualTo("Levering af e-mail");
      assertThat(refused.json().path("detail").asText()).contains("»immediate«", "»daily-digest«");
    }
    assertThat(council.put("/api/me/notification-settings", Map.of("delivery", "weekly")).json().path("detail").asText())
        .isEqualTo("Levering af e-mail: 'weekly' kendes ikke; vælg »immediate« (straks) eller »daily-digest« (dagligt overblik)");
    assertThat(council.get("/api/me/notification-settings").json().path("delivery").asText()).isEqualTo("immediate");
    assertThat(Api.at(port).anonymous().get("/api/me/notification-settings").status()).isEqualTo(401);
  }
}
