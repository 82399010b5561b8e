package dk.aarshjul.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.testing.AarshjulIntegrationTest;
import dk.aarshjul.testing.Api;
import dk.aarshjul.testing.CycleDriver;
import dk.aarshjul.testing.ExamplePlanFiles;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
  void aTasklistLoginReadsItsOwnMunicipalitysDocumentsAndNothingElse() throws Exception {
    String taarnbyPlan = ExamplePlanFiles.adoptedPlanId(Api.at(port), "taarnby.planner", 2019);
    String ishoejPlan = ExamplePlanFiles.adoptedPlanId(Api.at(port), "vallensbaek.planner", 2020);
    Browser taarnby = new Browser();
    taarnby.logInToTasklist("taarnby.planner");

    HttpResponse<String> document = taarnby.get("/api/plans/" + taarnbyPlan + "/plan-document?format=html");
    assertThat(document.statusCode()).isEqualTo(200);
    assertThat(document.body()).contains("Tårnby");
    assertThat(taarnby.get("/api/plans/" + ishoejPlan + "/plan-document?format=html").statusCode())
        .as("another municipality's plan is not found").isEqualTo(404);
    assertThat(taarnby.send(HttpRequest.newBuilder(taarnby.uri("/api/plans/" + taarnbyPlan + "/status-rounds"))
        .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json")).statusCode())
        .as("the session cookie alone changes nothing").isEqualTo(401);
    assertThat(new Browser().get("/api/plans/" + taarnbyPlan + "/plan-document?format=html").statusCode())
        .as("a browser that has not logged in").isEqualTo(401);

    taarnby.logOut();
    assertThat(taarnby.get("/api/plans/" + taarnbyPlan + "/plan-document?format=html").statusCode()).isEqualTo(401);
  }

  @Test
  void anotherMunicipalitysTaskLooksMissingInTasklistToo() throws Exception {
    CycleDriver ishoej = new CycleDriver(Api.at(port), management, "ishoej");
    String ishoejInstance = ishoej.start(2084);
    String ishoejTask = ishoej.task("planner", ishoejInstance, "userTask_draftPlan").path("id").asText();
    CycleDriver taarnby = new CycleDriver(Api.at(port), management, "taarnby");
    String taarnbyTask = taarnby.task("planner", taarnby.start(2084), "userTask_draftPlan").path("id").asText();
    Browser browser = new Browser();
    browser.logInToTasklist("taarnby.planner");

    assertThat(browser.get("/camunda/api/engine/engine/default/task/" + taarnbyTask + "/form").statusCode()).isEqualTo(200);
    for (String operation : List.of("", "/form", "/form-variables", "/deployed-form")) {
      HttpResponse<String> foreign = browser.get("/camunda/api/engine/engine/default/task/" + ishoejTask + operation);
      assertThat(foreign.statusCode()).as(operation + ": " + foreign.body()).isEqualTo(404);
      assertThat(foreign.body()).contains(EngineProblems.TASK_NOT_FOUND);
    }
    browser.get("/camunda/app/tasklist/default/");
    HttpResponse<String> claim = browser.send(HttpRequest.newBuilder(browser.uri("/camunda/api/engine/engine/default/task/" + ishoejTask
        + "/claim")).header("Content-Type", "application/json").header("X-XSRF-TOKEN", browser.csrfToken())
        .POST(HttpRequest.BodyPublishers.ofString("{\"userId\": \"taarnby.planner\"}")));
    assertThat(claim.statusCode()).as(claim.body()).isEqualTo(404);
    assertThat(ishoej.task("planner", ishoejInstance, "userTask_draftPlan").path("assignee").isNull()).isTrue();
  }

  /** Cookies kept between requests, as in a browser. */
  private final class Browser {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

    void logInToTasklist(String user) throws Exception {
      get("/camunda/app/tasklist/default/");
      HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
          .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrfToken())
          .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + Api.DEMO_PASSWORD, StandardCharsets.UTF_8)));
      assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    }

    void logOut() throws Exception {
      get("/camunda/app/tasklist/default/"); // the login began a new session with a new token
      HttpResponse<String> logout = send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/logout"))
          .header("X-XSRF-TOKEN", csrfToken()).POST(HttpRequest.BodyPublishers.noBody()));
      assertThat(logout.statusCode()).as(logout.body()).isEqualTo(200);
    }

    HttpResponse<String> get(String path) throws Exception {
      return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    URI uri(String path) {
      return URI.create("http://localhost:" + port + path);
    }

    String csrfToken() {
      return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue)
          .reduce((first, latest) -> latest).orElseThrow(() -> new AssertionError("Tasklist set no XSRF-TOKEN cookie"));
    }
  }
}
