package dk.aarshjul.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.aarshjul.testing.AarshjulIntegrationTest;
import dk.aarshjul.testing.Api;
import dk.aarshjul.testing.CycleDriver;
import dk.aarshjul.testing.Jobs;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The HTML our API serves (plan documents, status reports, the wheel's pages and drawing) may run no script and
 * load nothing from elsewhere; no answer is sniffed as another type.
 */
@AarshjulIntegrationTest
class SecurityHeadersIT {

  static final HttpClient HTTP = HttpClient.newHttpClient();
  /** Ishøj's plan for this year has a status round; no other test plans for it. */
  static final int REPORT_YEAR = 2069;

  @LocalServerPort int port;
  @Autowired ManagementService management;

  @Test
  void thePlanDocumentInHtmlIsSelfContainedAndNotSniffed() throws Exception {
    CycleDriver ishoej = new CycleDriver(Api.at(port), management, "ishoej");
    String instance = ishoej.start(2072);
    ishoej.complete("planner", instance, "userTask_draftPlan", CycleDriver.draft(2072, "Færre på sygedagpenge"));
    HttpResponse<String> html = get("/api/plans/" + ishoej.planId(instance) + "/plan-document?format=html", "ishoej.planner");

    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(html.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
    assertThat(html.body()).contains("Færre på sygedagpenge", "<style");
    String policy = html.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertThat(policy).contains("default-src 'none'", "style-src 'unsafe-inline'", "img-src data:", "frame-ancestors 'none'")
        .doesNotContain("script-src");
    assertThat(html.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
  }

  @Test
  void theWheelsPagesItsDrawingAndAStoredStatusReportAreSelfContainedAndNotSniffed() throws Exception {
    Api api = Api.at(port);
    String planId = new CycleDriver(api, management, "ishoej").runToAdoption(REPORT_YEAR);
    Api.Response round = api.as("ishoej.planner").post("/api/plans/" + planId + "/status-rounds", Map.of("quarter", REPORT_YEAR + "Q1"));
    assertThat(round.status()).as(round.toString()).isEqualTo(202);
    String report = Awaitility.await("the round's report in HTML is stored").atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500)).until(() -> {
          Jobs.runDue(management);
          for (JsonNode document : api.as("ishoej.planner").get("/api/plans/" + planId + "/documents").json()) {
            if (document.path("kind").asText().equals("STATUS_REPORT") && document.path("format").asText().equals("HTML")) {
              return document.path("href").asText();
            }
          }
          return null;
        }, java.util.Objects::nonNull);

    String year = "?year=" + (REPORT_YEAR - 1);
    Map<String, String> served = new java.util.LinkedHashMap<>();
    for (String path : List.of("/api/wheel" + year, "/api/wheel/overview" + year, "/api/wheel/late/page", "/api/wheel/ishoej" + year, report)) {
      served.put(path, "text/html");
    }
    served.put("/api/wheel/ishoej/wheel.svg" + year, "image/svg+xml");
    for (Map.Entry<String, String> page : served.entrySet()) {
      HttpResponse<String> answer = get(page.getKey(), "ishoej.planner");
      assertThat(answer.statusCode()).as(page.getKey()).isEqualTo(200);
      assertThat(answer.headers().firstValue("Content-Type")).as(page.getKey()).get().asString().startsWith(page.getValue());
      assertThat(answer.body()).as(page.getKey() + " needs no script").doesNotContain("<script");
      assertThat(answer.headers().firstValue("Content-Security-Policy")).as(page.getKey()).get().asString()
          .contains("default-src 'none'", "style-src 'unsafe-inline'", "img-src data:", "frame-ancestors 'none'")
          .doesNotContain("script-src");
      assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(page.getKey()).contains("nosniff");
    }
  }

  @Test
  void theApiDescriptionsPageMayLoadOnlyItsOwnScriptsAndStyles() throws Exception {
    for (String path : List.of("/api-docs/ui.html", "/api-docs/swagger-ui/index.html", "/api-docs/swagger-ui/swagger-ui-bundle.js")) {
      HttpResponse<String> page = get(path, null);
      assertThat(page.statusCode()).as(path).isIn(200, 302);
      assertThat(page.headers().firstValue("Content-Security-Policy")).as(path).get().asString()
          .contains("script-src 'self'", "object-src 'none'", "frame-ancestors 'none'").doesNotContain("unsafe-eval");
      assertThat(page.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
    }
  }

  @Test
  void errorsAndJsonOfTheApiCarryTheHeadersToo() throws Exception {
    for (Map.Entry<String, Integer> call : Map.of("/api/plans", 200, "/api/nothing", 404, "/api/plans/x/versions/y", 400).entrySet()) {
      HttpResponse<String> response = get(call.getKey(), "ishoej.planner");
      assertThat(response.statusCode()).as(call.getKey()).isEqualTo(call.getValue());
      assertThat(response.headers().firstValue("X-Content-Type-Options")).as(call.getKey()).contains("nosniff");
      assertThat(response.headers().firstValue("Content-Security-Policy")).as(call.getKey()).get().asString()
          .contains("default-src 'none'");
    }
  }

  @Test
  void theWebappsPagesAndTheEnginesAnswersCarryThemToo() throws Exception {
    for (String path : List.of("/camunda/app/tasklist/default/", "/camunda/app/welcome/default/", "/camunda/app/cockpit/default/",
        "/camunda/app/admin/default/")) {
      HttpResponse<String> page = get(path, null);
      assertThat(page.statusCode()).as(path).isEqualTo(200);
      assertThat(page.headers().firstValue("Content-Security-Policy")).as(path).get().asString()
          .contains("base-uri 'self'", "object-src 'none'");
      assertThat(page.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
    }
    for (String path : List.of("/engine-rest/task", "/engine-rest/job")) {
      HttpResponse<String> answer = get(path, "ishoej.planner");
      assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
    }
  }

  private HttpResponse<String> get(String path, String user) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + Api.DEMO_PASSWORD)
          .getBytes(StandardCharsets.UTF_8)));
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
