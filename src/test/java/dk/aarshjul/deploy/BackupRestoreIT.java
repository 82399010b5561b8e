package dk.aarshjul.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.aarshjul.AarshjulApplication;
import dk.aarshjul.testing.Api;
import dk.aarshjul.testing.CycleDriver;
import dk.aarshjul.testing.PostgresDatabases;
import dk.aarshjul.testing.PostgresTest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The backup and restore scripts in deploy/ as an operator runs them: a plan is adopted, the database is
 * dumped, wiped and restored, and the platform started on it again shows the same plan and documents and
 * goes on working.
 */
@PostgresTest
class BackupRestoreIT {

  @TempDir Path backups;

  @Test
  void dumpWipeAndRestoreBringThePlansAndDocumentsBack() throws Exception {
    String url = PostgresDatabases.create();
    String database = URI.create(url.substring("jdbc:".length())).getPath().substring(1);
    // a database nobody is connected to counts as a leftover to other test runs: held open between the steps
    Connection holder = DriverManager.getConnection(url, PostgresDatabases.USER, PostgresDatabases.PASSWORD);

    String planId;
    JsonNode plan;
    Map<String, byte[]> documents = new LinkedHashMap<>();
    try (ConfigurableApplicationContext app = start(url)) {
      Api api = Api.at(port(app));
      planId = new CycleDriver(api, app.getBean(ManagementService.class), "taarnby").runToAdoption(2045);
      plan = api.as("taarnby.planner").get("/api/plans/" + planId).json();
      for (JsonNode document : api.as("taarnby.planner").get("/api/plans/" + planId + "/documents").json()) {
        String id = document.path("id").asText();
        documents.put(id, api.as("taarnby.planner").getBytes("/api/plans/" + planId + "/documents/" + id).bytes());
      }
    }
    assertThat(documents).as("the proposal and the adopted plan, as PDF and more").isNotEmpty();

    assertThat(tables(url)).as("the platform's tables are in the database").isGreaterThan(40);
    String archive = run(database, "deploy/backup.sh").strip();
    assertThat(Path.of(archive)).exists().isNotEmptyFile();
    assertThat(archive).startsWith(backups.toString()).endsWith(".dump");

    wipe(database);
    holder = DriverManager.getConnection(url, PostgresDatabases.USER, PostgresDatabases.PASSWORD);
    assertThat(tables(url)).as("wiped").isZero();

    assertThat(run(database, "deploy/restore.sh", archive)).contains("Restored");
    assertThat(tables(url)).isPositive();

    try (ConfigurableApplicationContext app = start(url)) {
      Api api = Api.at(port(app));
      assertThat(api.as("taarnby.planner").get("/api/plans/" + planId).json()).isEqualTo(plan);
      for (Map.Entry<String, byte[]> document : documents.entrySet()) {
        assertThat(api.as("taarnby.planner").getBytes("/api/plans/" + planId + "/documents/" + document.getKey()).bytes())
            .as("document " + document.getKey()).isEqualTo(document.getValue());
      }
      Api.Response next = api.as("taarnby.planner").post("/api/plans/" + planId + "/status-rounds", Map.of("quarter", "2045Q1"));
      assertThat(next.status()).as("the restored follow-up takes a round: " + next).isEqualTo(202);
    } finally {
      holder.close();
    }
  }

  private static ConfigurableApplicationContext start(String url) {
    // as arguments: they win over the test profile's in-memory database
    return new SpringApplicationBuilder(AarshjulApplication.class).profiles("demo", "test")
        .run("--spring.datasource.url=" + url, "--spring.datasource.username=" + PostgresDatabases.USER,
            "--spring.datasource.password=" + PostgresDatabases.PASSWORD, "--server.port=0");
  }

  private static int port(ConfigurableApplicationContext app) {
    return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
  }

  private String run(String database, String... command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(Map.of("PGHOST", "127.0.0.1", "PGPORT", "5432", "PGUSER", PostgresDatabases.USER,
        "PGPASSWORD", PostgresDatabases.PASSWORD, "PGDATABASE", database, "AARSHJUL_BACKUP_DIR", backups.toString()));
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(String.join(" ", command) + ":\n" + output).isZero();
    return output;
  }

  private static void wipe(String database) throws Exception {
    try (Connection admin = DriverManager.getConnection(url("postgres"), PostgresDatabases.USER, PostgresDatabases.PASSWORD)) {
      admin.createStatement().execute("drop database " + database + " with (force)");
      admin.createStatement().execute("create database " + database);
    }
  }

  private static long tables(String url) throws Exception {
    try (Connection connection = DriverManager.getConnection(url, PostgresDatabases.USER, PostgresDatabases.PASSWORD);
        ResultSet count = connection.createStatement()
            .executeQuery("select count(*) from information_schema.tables where table_schema = 'public'")) {
      count.next();
      return count.getLong(1);
    }
  }

  private static String url(String database) {
    return "jdbc:postgresql://127.0.0.1:5432/" + database;
  }
}
