package dk.aarshjul.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.indicators.application.IndicatorStore;
import dk.aarshjul.indicators.application.IndicatorStore.StoreResult;
import dk.aarshjul.indicators.application.SourcePull;
import dk.aarshjul.shared.Area;
import dk.aarshjul.indicators.domain.IndicatorValue;
import dk.aarshjul.shared.ReportingPeriod;
import dk.aarshjul.testing.AarshjulIntegrationTest;
import dk.aarshjul.testing.Api;
import dk.aarshjul.testing.CycleDriver;
import dk.aarshjul.testing.ExamplePlanFiles;
import dk.aarshjul.testing.HttpClientAs;
import dk.aarshjul.testing.PostgresDatabases;
import dk.aarshjul.testing.PostgresTest;
import java.math.BigDecimal;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** On the real PostgreSQL: our migrations, the engine's schema, the indicator store and one full cycle. */
@PostgresTest
@AarshjulIntegrationTest
class PostgresIT {

  @DynamicPropertySource
  static void freshDatabase(DynamicPropertyRegistry registry) {
    PostgresDatabases.register(registry);
  }

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired IndicatorStore indicators;
  @Autowired JdbcIndexedSessionRepository sessions;
  @Autowired @Qualifier("springSessionTransactionOperations") TransactionOperations sessionTransactionOperations;
  @Autowired @org.springframework.session.jdbc.config.annotation.SpringSessionDataSource javax.sql.DataSource sessionDataSource;
  @Autowired PlatformTransactionManager transactions;
  @Autowired javax.sql.DataSource dataSource;

  @Test
  void runsOnPostgres() {
    assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
  }

  @Test
  void ourMigrationsAreApplied() {
    List<String> applied = jdbc.sql("select version from aarshjul_schema_history where success and version is not null order by installed_rank")
        .query(String.class).list();
    assertThat(applied).contains("1");
    List<String> tables = jdbc.sql("select table_name from information_schema.tables where table_schema = 'public'")
        .query(String.class).list();
    assertThat(tables).contains("plan", "plan_version", "focus_area", "goal", "consultation", "plan_decision",
        "status_round", "national_goal_set", "municipality_onboarding");
  }

  @Test
  void documentsAreStoredWithLz4() {
    assertThat(jdbc.sql("select version from aarshjul_schema_history where script = 'V14__documents_compressed_with_lz4.sql' and success")
        .query(String.class).single()).isEqualTo("14");
    assertThat(jdbc.sql("select attcompression from pg_attribute where attrelid = 'plan_document'::regclass and attname = 'content'")
        .query(String.class).single()).as("lz4").isEqualTo("l");
  }

  @Test
  void theEngineSchemaIsCreatedAtTheRightVersion() {
    assertThat(management.getTableCount()).containsKeys("ACT_RU_TASK", "ACT_HI_PROCINST", "ACT_ID_TENANT", "ACT_RU_AUTHORIZATION");
    String schemaVersion = jdbc.sql("select version_ from act_ge_schema_log order by timestamp_ desc, id_ desc limit 1")
        .query(String.class).single();
    assertThat(schemaVersion).isEqualTo("7.24.0");
    assertThat(jdbc.sql("select value_ from act_ge_property where name_ = 'historyLevel'").query(String.class).single())
        .as("full history").isEqualTo("3");
    assertThat(jdbc.sql("select count(*) from act_id_tenant").query(Integer.class).single()).isGreaterThanOrEqualTo(5);
  }

  @Test
  void theSeedPlansRoundTripOnPostgres() {
    for (String[] example : new String[][] {{"vallensbaek-2017", "vallensbaek.planner", "2017"},
        {"vallensbaek-2020", "ishoej.planner", "2020"}, {"taarnby-2019-2023", "taarnby.planner", "2019"}}) {
      ExamplePlanFiles.assertRoundTrip(Api.at(port), example[0], example[1], Integer.parseInt(example[2]));
    }
  }

  @Test
  void indicatorValuesAreStoredRevisedAndKeptSuppressedOnPostgres() {
    Area taarnby = Area.municipality("185");
    Area ishoej = Area.municipality("183");
    StoreResult first = indicators.store(new SourcePull("test", "first", "{}", List.of(
        new IndicatorValue("pg-test", taarnby, ReportingPeriod.of("2031Q1"), new BigDecimal("1234.5")),
        new IndicatorValue("pg-test", ishoej, ReportingPeriod.of("2031Q1"), null))));
    StoreResult second = indicators.store(new SourcePull("test", "second", "{}", List.of(
        new IndicatorValue("pg-test", taarnby, ReportingPeriod.of("2031Q1"), new BigDecimal("1240")),
        new IndicatorValue("pg-test", ishoej, ReportingPeriod.of("2031Q1"), null))));

    assertThat(first).isEqualTo(new StoreResult(2, 0, 0));
    assertThat(second).isEqualTo(new StoreResult(0, 1, 1));
    assertThat(indicators.find("pg-test", taarnby, ReportingPeriod.of("2031Q1")).orElseThrow().value().value()).isEqualByComparingTo("1240");
    assertThat(indicators.find("pg-test", ishoej, ReportingPeriod.of("2031Q1")).orElseThrow().value().value()).as("suppressed, not 0").isNull();
    assertThat(indicators.revisions("pg-test", taarnby, ReportingPeriod.of("2031Q1"))).singleElement()
        .satisfies(revision -> assertThat(revision.value()).isEqualByComparingTo("1234.5"));
  }

  /**
   * The webapps' sessions are written in transactions that do not wait for the disk (ADR 0023), and no other
   * transaction is: the engine's and ours still wait, and a pooled connection does not keep the setting.
   */
  @Test
  void onlyTheWebappSessionsCommitWithoutWaitingForTheDisk() {
    Object sessionTransactions = ReflectionTestUtils.getField(sessions, "transactionOperations");
    assertThat(sessionTransactions).as("Spring Session's transactions").isSameAs(sessionTransactionOperations);
    JdbcTemplate sessionConnections = (JdbcTemplate) ReflectionTestUtils.getField(sessions, "jdbcOperations");
    assertThat(sessionConnections.getDataSource()).as("Spring Session's connections").isSameAs(sessionDataSource)
        .isNotSameAs(dataSource);
    String inSession = sessionTransactionOperations.execute(status -> sessionConnections.queryForObject(SYNCHRONOUS_COMMIT, String.class));
    String elsewhere = new TransactionTemplate(transactions).execute(status -> synchronousCommit());
    assertThat(inSession).as("the session's transactions").isEqualTo("off");
    assertThat(elsewhere).as("other transactions").isEqualTo("on");
    for (int i = 0; i < 25; i++) {
      assertThat(synchronousCommit()).as("every connection of the application's pool").isEqualTo("on");
    }
    assertThat(dataSource).as("what the engine and Årshjul are given").isInstanceOf(com.zaxxer.hikari.HikariDataSource.class);
    assertThat(((com.zaxxer.hikari.HikariDataSource) dataSource).getPoolName()).isNotEqualTo("aarshjul-sessions");

    int sessionsBefore = jdbc.sql("select count(*) from spring_session").query(Integer.class).single();
    HttpClientAs tasklist = HttpClientAs.tasklistLogin(port, "taarnby.planner");
    assertThat(tasklist.send("GET", "/camunda/api/engine/engine/default/task?maxResults=15", null).status()).isEqualTo(200);
    assertThat(jdbc.sql("select count(*) from spring_session").query(Integer.class).single())
        .as("the login's session is stored").isEqualTo(sessionsBefore + 1);
    assertThat(tasklist.send("GET", "/camunda/api/engine/engine/default/task?maxResults=15", null).status())
        .as("still logged in with the session as saved").isEqualTo(200);
  }

  /**
   * The driver rewrites a batch of inserts into multi-row inserts (PostgresBatchedInserts): each row's count is
   * then unknown, which the engine accepts for inserts only. A batch of updates still counts each row.
   */
  @Test
  void batchedInsertsAreSentAsMultiRowInserts() {
    JdbcTemplate batch = new JdbcTemplate(dataSource);
    // one transaction, so one connection: the table is its session's own
    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      batch.execute("create temporary table batched (id int primary key, name text) on commit drop");
      int[] inserted = batch.batchUpdate("insert into batched (id, name) values (?, ?)",
          List.of(new Object[] {1, "a"}, new Object[] {2, "b"}, new Object[] {3, "c"}, new Object[] {4, "d"}));
      // the driver rewrites in groups of a power of two rows (so that it can keep them prepared): four is one group
      assertThat(inserted).as("the rows of a rewritten batch of inserts").containsOnly(java.sql.Statement.SUCCESS_NO_INFO);
      int[] updated = batch.batchUpdate("update batched set name = ? where id = ?",
          List.of(new Object[] {"x", 1}, new Object[] {"y", 9}));
      assertThat(updated).as("the rows each update touched, for the engine's optimistic locking").containsExactly(1, 0);
      assertThat(batch.queryForList("select name from batched order by id", String.class)).containsExactly("x", "b", "c", "d");
    });
  }

  private static final String SYNCHRONOUS_COMMIT = "select current_setting('synchronous_commit')";

  private String synchronousCommit() {
    return jdbc.sql(SYNCHRONOUS_COMMIT).query(String.class).single();
  }

  @Test
  void aFullCycleRunsOnPostgres() {
    CycleDriver vordingborg = new CycleDriver(Api.at(port), management, "vordingborg");
    String planId = vordingborg.runToAdoption(2027);

    vordingborg.assertAdopted(planId, 2027);
    assertThat(jdbc.sql("select count(*) from goal where tenant_id = 'vordingborg'").query(Integer.class).single())
        .as("both versions keep their goals").isEqualTo(2);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("planFollowUp")
        .processInstanceBusinessKey(planId).count()).isEqualTo(1);
  }
}
