package dk.aarshjul.indicators.adapter.db;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.indicators.application.IndicatorStore.StoreResult;
import dk.aarshjul.indicators.application.SourcePull;
import dk.aarshjul.shared.Area;
import dk.aarshjul.indicators.domain.IndicatorValue;
import dk.aarshjul.shared.ReportingPeriod;
import dk.aarshjul.testing.PostgresDatabases;
import dk.aarshjul.testing.PostgresTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two rounds (two job threads, or two nodes) store the country's figure of the same quarter at the same
 * moment: the second waits for the first's insert, finds the figure stored when the first commits, and goes
 * on without failing its own step. Found by the cluster test (dk.aarshjul.cluster.TwoNodesIT).
 */
@PostgresTest
class ConcurrentStorePostgresTest {

  static final IndicatorValue COUNTRY_FIGURE = new IndicatorValue("fuldtidspersoner-sygedagpenge", Area.COUNTRY,
      ReportingPeriod.of("2025Q4"), new BigDecimal("51234"));

  @Test
  void aFigureStoredByAnotherTransactionMeanwhileIsFoundNotInsertedTwice() throws Exception {
    DriverManagerDataSource dataSource = new DriverManagerDataSource(PostgresDatabases.create(), PostgresDatabases.USER,
        PostgresDatabases.PASSWORD);
    Flyway.configure().dataSource(dataSource).table("aarshjul_schema_history").load().migrate();
    DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
    JdbcIndicatorStore store = new JdbcIndicatorStore(dataSource, Clock.systemUTC(), transactions);
    TransactionTemplate round = new TransactionTemplate(transactions);
    JdbcClient jdbc = JdbcClient.create(dataSource);

    CompletableFuture<Void> firstMayCommit = new CompletableFuture<>();
    CompletableFuture<StoreResult> first = CompletableFuture.supplyAsync(() -> round.execute(status -> {
      StoreResult stored = store.store(pull("first"));
      firstMayCommit.join();
      return stored;
    }));
    Awaitility.await("the first round's insert, not committed").atMost(Duration.ofSeconds(10))
        .until(() -> jdbc.sql("select count(*) from pg_stat_activity where datname = current_database()"
            + " and state = 'idle in transaction'").query(Integer.class).single() == 1);
    CompletableFuture<StoreResult> second = CompletableFuture.supplyAsync(() -> round.execute(status -> store.store(pull("second"))));
    Awaitility.await("the second round waiting for the first's row").atMost(Duration.ofSeconds(10))
        .until(() -> jdbc.sql("select count(*) from pg_locks where locktype = 'transactionid' and not granted").query(Integer.class)
            .single() == 1);
    firstMayCommit.complete(null);

    assertThat(first.get(10, TimeUnit.SECONDS).added()).isEqualTo(1);
    StoreResult secondResult = second.get(10, TimeUnit.SECONDS);
    assertThat(secondResult.added()).as("found stored, not inserted again").isZero();
    assertThat(secondResult.unchanged()).isEqualTo(1);
    assertThat(jdbc.sql("select count(*) from indicator_value").query(Integer.class).single()).isEqualTo(1);
    assertThat(jdbc.sql("select count(*) from indicator_value_revision").query(Integer.class).single()).isZero();
    assertThat(jdbc.sql("select count(*) from indicator_raw_response").query(Integer.class).single())
        .as("both responses kept, the figure points to the latest").isEqualTo(2);
  }

  private static SourcePull pull(String request) {
    return new SourcePull("jobindsats", request, "{}", List.of(COUNTRY_FIGURE));
  }
}
