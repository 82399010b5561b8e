package dk.aarshjul.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.aarshjul.testing.AarshjulIntegrationTest;
import dk.aarshjul.testing.Api;
import dk.aarshjul.testing.CycleDriver;
import dk.aarshjul.testing.Jobs;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Health probes for anyone, details and metrics for the operator only, and the metrics count what happens. */
@AarshjulIntegrationTest
class OperationsEndpointsIT {

  @LocalServerPort int port;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired EngineGauges gauges;
  Api api;

  @BeforeEach
  void setUp() {
    api = Api.at(port);
  }

  @Test
  void theProbesAreOpenAndTellNothingButUpOrDown() {
    for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness", "/actuator/health"}) {
      Api.Response response = api.anonymous().get(probe);
      assertThat(response.status()).as(probe).isEqualTo(200);
      assertThat(response.json().path("status").asText()).isEqualTo("UP");
      assertThat(response.json().has("components")).as(probe + " shows no components to anyone").isFalse();
    }
  }

  @Test
  void theOperatorSeesWhatReadinessIsMadeOf() {
    JsonNode readiness = api.as("operator").get("/actuator/health/readiness").json();

    assertThat(readiness.path("components").fieldNames()).toIterable()
        .containsExactlyInAnyOrder("readinessState", "db", "migrations", "accounts", "jobs");
    assertThat(readiness.path("components").path("migrations").path("status").asText()).isEqualTo("UP");
    assertThat(readiness.path("components").path("accounts").path("details").path("operatorGroup").asBoolean()).isTrue();
    assertThat(readiness.path("components").path("jobs").path("details").path("jobExecutor").asText())
        .as("the tests run without the job executor").isEqualTo("slået fra på denne node");
  }

  @Test
  void metricsAreTheOperatorsAndNobodyElses() {
    Api.Response anonymous = api.anonymous().get("/actuator/prometheus");
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.contentType()).contains("application/problem+json");
    for (String user : new String[] {"taarnby.planner", "ishoej.committee", "publisher"}) {
      for (String path : new String[] {"/actuator/prometheus", "/actuator/metrics", "/actuator/health/db"}) {
        Api.Response refused = api.as(user).get(path);
        assertThat(refused.status()).as(user + " " + path).isEqualTo(403);
        assertThat(refused.body()).doesNotContain("aarshjul_", "jdbc", "PostgreSQL", "H2");
      }
    }
    assertThat(api.as("taarnby.planner", "wrong").get("/actuator/prometheus").status()).isEqualTo(401);
    assertThat(api.as("operator").get("/actuator/metrics").status()).isEqualTo(200);
  }

  @Test
  void prometheusCountsExecutedJobsAndOpenTasksPerMunicipality() {
    double executedBefore = sample(prometheus(), "aarshjul_jobs_executed_total");

    new CycleDriver(api, management, "vordingborg").start(2043);
    Jobs.runDue(management);
    gauges.refresh();

    String after = prometheus();
    assertThat(sample(after, "aarshjul_jobs_executed_total")).as("the cycle's first steps ran as jobs").isGreaterThan(executedBefore);
    long open = tasks.createTaskQuery().tenantIdIn("vordingborg").count();
    assertThat(open).isPositive();
    assertThat(sample(after, "aarshjul_tasks_open{application=\"aarshjul\",tenant=\"vordingborg\"}")).isEqualTo(open);
    assertThat(after).contains("aarshjul_tasks_open{application=\"aarshjul\",tenant=\"broendby\"}",
        "aarshjul_incidents_open{application=\"aarshjul\",tenant=\"taarnby\"}", "aarshjul_jobs_acquired_total",
        "aarshjul_jobs_failed_total", "jvm_memory_used_bytes", "hikaricp_connections_active");
  }

  /** Scraped as Prometheus does: its text format, with the operator's service account. */
  private String prometheus() {
    try {
      java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
          java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/actuator/prometheus"))
              .header("Accept", "text/plain;version=0.0.4;q=1,*/*;q=0.1")
              .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("operator:demo".getBytes()))
              .build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      return response.body();
    } catch (java.io.IOException | InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  private static double sample(String exposition, String series) {
    Matcher matcher = Pattern.compile("^" + Pattern.quote(series) + "(?:\\{[^}]*\\})? ([0-9.Ee+-]+)$", Pattern.MULTILINE)
        .matcher(exposition);
    assertThat(matcher.find()).as(series + " in\n" + exposition.lines().filter(l -> l.startsWith("aarshjul")).toList()).isTrue();
    return Double.parseDouble(matcher.group(1));
  }
}
