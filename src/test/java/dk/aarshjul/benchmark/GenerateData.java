package dk.aarshjul.benchmark;

import dk.aarshjul.AarshjulApplication;
import dk.aarshjul.tenancy.domain.Municipality;
import dk.aarshjul.tenancy.domain.MunicipalityCatalog;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Fills a PostgreSQL database with years of all municipalities' plans and status rounds ({@link DataGenerator}),
 * for the load benchmark and for a realistic demo. Prints what it made, the database's size and how long it took.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dk.aarshjul.benchmark.GenerateData \
 *     -Dexec.args="--years=10 --municipalities=98 --database=aarshjul_load"
 * </pre>
 *
 * The database is made if it is missing; in one that already holds data, the municipalities' years that
 * have a plan are skipped, so a stopped run can be resumed. The demo profile imports its example plans at
 * start (Tårnby 2019-2023 and others), so those municipalities' first years are theirs. Afterwards {@code AARSHJUL_DB_URL=jdbc:postgresql://127.0.0.1:5432/aarshjul_load
 * ./mvnw spring-boot:run -Dspring-boot.run.profiles=postgres,demo} shows it, with the demo users of the first
 * five municipalities; {@link LoadBenchmark} starts it with all of them.
 */
public final class GenerateData {

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    String url = LoadDatabase.create(options.database());
    System.out.printf("Generating %d years to %d for %d municipalities into %s (%d cores, %d drivers)%n", options.years(),
        options.lastYear(), options.municipalities(), url, Runtime.getRuntime().availableProcessors(), options.drivers());
    // as production's autovacuum keeps it while the years are made: the engine's runtime tables stay small
    try (AutovacuumStandIn autovacuum = AutovacuumStandIn.startIfOff(url);
        ConfigurableApplicationContext app = LoadDatabase.start(url, options.municipalities(), List.of())) {
      List<String> tenants = LoadDatabase.firstTenants(options.municipalities());
      DataGenerator.Made made = new DataGenerator(app).generate(tenants, options.lastYear(), options.years(), options.drivers());
      System.out.printf("  %d plans adopted, %d status rounds finished in %.1f min%n", made.plans(), made.rounds(),
          made.took().toSeconds() / 60.0);
    }
    LoadDatabase.vacuumAndAnalyse(url);
    LoadDatabase.counts(url).forEach((table, rows) -> System.out.printf("  %-28s %,d rows%n", table, rows));
    System.out.printf("  %-28s %,d MiB%n", "database size", LoadDatabase.sizeMiB(url));
  }

  record Options(int years, int lastYear, int municipalities, String database, int drivers) {
    static Options parse(String[] args) {
      Map<String, String> given = new LinkedHashMap<>();
      for (String arg : args) {
        String[] pair = arg.replaceFirst("^--", "").split("=", 2);
        given.put(pair[0], pair.length > 1 ? pair[1] : "true");
      }
      return new Options(Integer.parseInt(given.getOrDefault("years", "10")),
          Integer.parseInt(given.getOrDefault("last-year", String.valueOf(java.time.Year.now().getValue()))),
          Integer.parseInt(given.getOrDefault("municipalities", "98")), given.getOrDefault("database", "aarshjul_load"),
          Integer.parseInt(given.getOrDefault("drivers", String.valueOf(Runtime.getRuntime().availableProcessors() * 2))));
    }
  }

  /** The generated database: made, started, analysed and counted the same way by the generator and the benchmark. */
  static final class LoadDatabase {

    static final String SERVER = System.getenv().getOrDefault("AARSHJUL_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
    static final String USER = System.getenv().getOrDefault("AARSHJUL_TEST_PG_USER", "postgres");
    static final String PASSWORD = System.getenv().getOrDefault("AARSHJUL_TEST_PG_PASSWORD", "");

    private LoadDatabase() {}

    static String create(String name) throws SQLException {
      if (!name.matches("[a-z_][a-z0-9_]*")) {
        throw new IllegalArgumentException("database name: " + name);
      }
      try (Connection admin = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
          ResultSet exists = admin.createStatement().executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
        if (!exists.next()) {
          admin.createStatement().execute("create database " + name);
        }
      }
      return SERVER + name;
    }

    /** The platform on PostgreSQL with the demo users of the first {@code municipalities} municipalities. */
    static ConfigurableApplicationContext start(String url, int municipalities, List<String> more) {
      String tenants = String.join(",", firstTenants(municipalities));
      List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + USER, "--spring.datasource.password=" + PASSWORD,
          "--aarshjul.demo.municipalities=" + tenants, "--logging.level.root=WARN", "--logging.level.org.camunda=ERROR"));
      arguments.addAll(more);
      return new SpringApplicationBuilder(AarshjulApplication.class).profiles("postgres", "demo").run(arguments.toArray(String[]::new));
    }

    /** Municipalities in the catalogue's order, the five demo municipalities first so that the README's users see data. */
    static List<String> firstTenants(int count) {
      List<String> tenants = new ArrayList<>(List.of("taarnby", "ishoej", "vallensbaek", "broendby", "vordingborg"));
      for (Municipality municipality : catalogue().all()) {
        if (!tenants.contains(municipality.tenantId().value())) {
          tenants.add(municipality.tenantId().value());
        }
      }
      return tenants.subList(0, Math.min(count, tenants.size()));
    }

    private static MunicipalityCatalog catalogue() {
      try (var reader = new java.io.InputStreamReader(
          new org.springframework.core.io.ClassPathResource("tenancy/municipalities.csv").getInputStream(),
          java.nio.charset.StandardCharsets.UTF_8)) {
        return MunicipalityCatalog.fromCsv(reader);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    /** Statistics for the planner: autovacuum does it in production, but may be off on a test server. */
    static void analyse(String url) throws SQLException {
      try (Connection db = DriverManager.getConnection(url, USER, PASSWORD); Statement statement = db.createStatement()) {
        statement.execute("analyze");
      }
    }

    /**
     * The generated database as autovacuum keeps it in production: the engine's runtime tables, where every
     * job, task and variable is a row inserted and deleted, without their dead rows; with statistics.
     */
    static void vacuumAndAnalyse(String url) throws SQLException {
      try (Connection db = DriverManager.getConnection(url, USER, PASSWORD); Statement statement = db.createStatement()) {
        statement.execute("vacuum (analyze)");
      }
    }

    static Map<String, Long> counts(String url) throws SQLException {
      Map<String, Long> counts = new LinkedHashMap<>();
      try (Connection db = DriverManager.getConnection(url, USER, PASSWORD)) {
        for (String table : List.of("plan", "plan_version", "goal", "consultation", "plan_decision", "status_round", "status_report",
            "plan_document", "indicator_value", "act_hi_procinst", "act_hi_actinst", "act_hi_taskinst", "act_hi_varinst",
            "act_hi_detail", "act_ru_task", "act_ru_job")) {
          try (ResultSet rows = db.createStatement().executeQuery("select count(*) from " + table)) {
            rows.next();
            counts.put(table, rows.getLong(1));
          }
        }
      }
      return counts;
    }

    static long sizeMiB(String url) throws SQLException {
      try (Connection db = DriverManager.getConnection(url, USER, PASSWORD);
          ResultSet size = db.createStatement().executeQuery("select pg_database_size(current_database()) / 1048576")) {
        size.next();
        return size.getLong(1);
      }
    }
  }
}
