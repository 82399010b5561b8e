package dk.aarshjul.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.testing.AarshjulIntegrationTest;
import dk.aarshjul.testing.Api;
import dk.aarshjul.testing.CycleDriver;
import dk.aarshjul.testing.ExamplePlanFiles;
import dk.aarshjul.testing.HttpClientAs;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A user logged in to Tasklist opens the document links in the forms without logging in a second time. */
@AarshjulIntegrationTest
class TasklistSessionIT {

  @LocalServerPort int port;
  @Autowired ManagementService management;

  @Test
  void aTasklistLoginReadsItsOwnMunicipalitysDocumentsAndNothingElse() {
    String taarnbyPlan = ExamplePlanFiles.adoptedPlanId(Api.at(port), "taarnby.planner", 2019);
    String ishoejPlan = ExamplePlanFiles.adoptedPlanId(Api.at(port), "vallensbaek.planner", 2020);
    HttpClientAs taarnby = HttpClientAs.tasklistLogin(port, "taarnby.planner");

    HttpClientAs.Result document = taarnby.send("GET", "/api/plans/" + taarnbyPlan + "/plan-document?format=html", null);
    assertThat(document.status()).isEqualTo(200);
    assertThat(document.body()).contains("Tårnby");
    assertThat(taarnby.send("GET", "/api/plans/" + ishoejPlan + "/plan-document?format=html", null).status())
        .as("another municipality's plan is not found").isEqualTo(404);
    assertThat(taarnby.send("POST", "/api/plans/" + taarnbyPlan + "/status-rounds", "{}").status())
        .as("the session cookie alone changes nothing").isEqualTo(401);
    assertThat(HttpClientAs.browser(port).send("GET", "/api/plans/" + taarnbyPlan + "/plan-document?format=html", null).status())
        .as("a browser that has not logged in").isEqualTo(401);

    taarnby.logOut();
    assertThat(taarnby.send("GET", "/api/plans/" + taarnbyPlan + "/plan-document?format=html", null).status()).isEqualTo(401);
  }

  @Test
  void anotherMunicipalitysTaskLooksMissingInTasklistToo() {
    CycleDriver ishoej = new CycleDriver(Api.at(port), management, "ishoej");
    String ishoejInstance = ishoej.start(2084);
    String ishoejTask = ishoej.task("planner", ishoejInstance, "userTask_draftPlan").path("id").asText();
    CycleDriver taarnby = new CycleDriver(Api.at(port), management, "taarnby");
    String taarnbyTask = taarnby.task("planner", taarnby.start(2084), "userTask_draftPlan").path("id").asText();
    HttpClientAs browser = HttpClientAs.tasklistLogin(port, "taarnby.planner");

    assertThat(browser.send("GET", "/camunda/api/engine/engine/default/task/" + taarnbyTask + "/form", null).status()).isEqualTo(200);
    for (String operation : List.of("", "/form", "/form-variables", "/deployed-form")) {
      HttpClientAs.Result foreign = browser.send("GET", "/camunda/api/engine/engine/default/task/" + ishoejTask + operation, null);
      assertThat(foreign.status()).as(operation + ": " + foreign.body()).isEqualTo(404);
      assertThat(foreign.body()).contains(EngineProblems.TASK_NOT_FOUND);
    }
    HttpClientAs.Result claim = browser.send("POST", "/camunda/api/engine/engine/default/task/" + ishoejTask + "/claim",
        "{\"userId\": \"taarnby.planner\"}");
    assertThat(claim.status()).as(claim.body()).isEqualTo(404);
    assertThat(ishoej.task("planner", ishoejInstance, "userTask_draftPlan").path("assignee").isNull()).isTrue();
  }

  @Test
  void readingTheApiWithTheTasklistSessionKeepsTheSession() {
    HttpClientAs browser = HttpClientAs.tasklistLogin(port, "taarnby.planner");
    String session = browser.sessionId();
    assertThat(session).isNotNull();
    for (String path : List.of("/api/municipalities", "/api/cooperations", "/api/plans")) {
      HttpClientAs.Result read = browser.send("GET", path, null);
      assertThat(read.status()).as(path + ": " + read.body()).isEqualTo(200);
      // a new session id would leave Tasklist's requests in flight with the old one logged out (401)
      assertThat(browser.sessionId()).as("the session after " + path).isEqualTo(session);
    }
    assertThat(browser.send("GET", "/camunda/api/engine/engine/default/task", null).status()).isEqualTo(200);
  }
}
