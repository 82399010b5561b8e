package dk.aarshjul.planning.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.aarshjul.planning.application.YearlyCycleStarts;
import dk.aarshjul.planning.domain.YearlyStart;
import dk.aarshjul.shared.DanishTime;
import dk.aarshjul.shared.TenantId;
import dk.aarshjul.testing.AarshjulIntegrationTest;
import dk.aarshjul.testing.Api;
import dk.aarshjul.testing.PostgresDatabases;
import dk.aarshjul.testing.PostgresTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * On PostgreSQL, as the nodes of a cluster do at six in the morning: yearly starts at the same moment start each
 * municipality's cycle for the year once. The database's unique period decides, not which node came first.
 */
@PostgresTest
@AarshjulIntegrationTest
class YearlyStartPostgresIT {

  @DynamicPropertySource
  static void freshDatabase(DynamicPropertyRegistry registry) {
    PostgresDatabases.register(registry);
  }

  @LocalServerPort int port;
  @Autowired YearlyCycleStarts starts;
  @Autowired RuntimeService runtime;
  @Autowired JdbcClient jdbc;

  @Test
  void startsThatLookedAtTheSameMomentStartTheYearOnce() throws Exception {
    TenantId taarnby = TenantId.of("taarnby");
    YearlyStart decided = starts.decide(taarnby, LocalDate.of(2027, 6, 2));
    assertThat(decided.outcome()).isEqualTo(YearlyStart.Outcome.NEW_PLAN);

    List<YearlyCycleStarts.Result> results = together(4, () -> starts.carryOut(taarnby, decided, "system"));

    assertThat(results).filteredOn(YearlyCycleStarts.Result::started).hasSize(1);
    assertThat(results).filteredOn(YearlyCycleStarts.Result::stoppedByAnother).hasSize(3);
    assertThat(cycles("taarnby", 2028)).isEqualTo(1);
    assertThat(jdbc.sql("select count(*) from plan where tenant_id = 'taarnby' and first_year = 2028").query(Integer.class).single())
        .isEqualTo(1);
  }

  @Test
  void twoNodesRunningTheYearlyStartTogetherStartEveryMunicipalityOnce() throws Exception {
    List<List<YearlyCycleStarts.Result>> runs = together(2, () -> starts.startDue(LocalDate.of(2029, 6, 2), "system"));

    List<String> started = new ArrayList<>();
    runs.forEach(run -> run.stream().filter(YearlyCycleStarts.Result::started).forEach(r -> started.add(r.tenantId().value())));
    List<String> onboarded = jdbc.sql("select tenant_id from municipality_onboarding").query(String.class).list();
    assertThat(started).containsExactlyInAnyOrderElementsOf(onboarded);
    for (String municipality : onboarded) {
      assertThat(cycles(municipality, 2030)).as(municipality).isEqualTo(1);
    }
  }

  /**
   * The operator's "run it now" on two nodes at once (two requests at the same moment): today's coming year is
   * started once for each municipality, and each request says what it did.
   */
  @Test
  void theOperatorsRunOnTwoNodesAtOnceStartsEveryMunicipalityOnce() throws Exception {
    int planYear = LocalDate.now(DanishTime.ZONE).getYear() + 1;
    List<JsonNode> answers = together(2, () -> {
      Api.Response run = Api.at(port).as("operator").post("/api/yearly-starts", Map.of());
      assertThat(run.status()).as(run.toString()).isEqualTo(200);
      return run.json();
    });

    List<String> onboarded = jdbc.sql("select tenant_id from municipality_onboarding").query(String.class).list();
    List<String> started = new ArrayList<>();
    for (JsonNode answer : answers) {
      assertThat(answer).hasSize(onboarded.size());
      answer.forEach(line -> {
        assertThat(line.path("planYear").asInt()).isEqualTo(planYear);
        assertThat(line.path("explanation").asText()).isNotBlank();
        if (line.hasNonNull("planId")) {
          started.add(line.path("municipality").asText());
        }
      });
    }
    assertThat(started).as("each started once, by one request or the other").containsExactlyInAnyOrderElementsOf(onboarded);
    for (String municipality : onboarded) {
      assertThat(cycles(municipality, planYear)).as(municipality).isEqualTo(1);
    }
    JsonNode again = Api.at(port).as("operator").post("/api/yearly-starts", Map.of()).json();
    again.forEach(line -> assertThat(line.path("outcome").asText()).as(line.toString()).isEqualTo("PLAN_EXISTS"));
  }

  private static <T> List<T> together(int nodes, Supplier<T> run) throws Exception {
    CyclicBarrier barrier = new CyclicBarrier(nodes);
    List<CompletableFuture<T>> futures = new ArrayList<>();
    for (int node = 0; node < nodes; node++) {
      futures.add(CompletableFuture.supplyAsync(() -> {
        try {
          barrier.await();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
        return run.get();
      }));
    }
    List<T> results = new ArrayList<>();
    for (CompletableFuture<T> future : futures) {
      results.add(future.get());
    }
    return results;
  }

  private long cycles(String municipality, int year) {
    return runtime.createProcessInstanceQuery().processDefinitionKey("annualPlanCycle").tenantIdIn(municipality)
        .variableValueEquals("firstYear", year).count();
  }
}
