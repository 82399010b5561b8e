package dk.aarshjul.planning.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.planning.application.YearlyCycleStarts;
import dk.aarshjul.planning.domain.YearlyStart;
import dk.aarshjul.shared.TenantId;
import dk.aarshjul.testing.AarshjulIntegrationTest;
import dk.aarshjul.testing.PostgresDatabases;
import dk.aarshjul.testing.PostgresTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
