package dk.aarshjul.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Fresh, uniquely named databases on the local PostgreSQL server for tests. */
public final class PostgresDatabases {

  static final String SERVER = envOr("AARSHJUL_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
  public static final String USER = envOr("AARSHJUL_TEST_PG_USER", "postgres");
  public static final String PASSWORD = envOr("AARSHJUL_TEST_PG_PASSWORD", "");
  static final String PREFIX = "aarshjul_test_";

  private PostgresDatabases() {}

  /** Creates an empty database and points the Spring context at it (and the postgres profile's settings). */
  public static String register(DynamicPropertyRegistry registry) {
    String url = create();
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> USER);
    registry.add("spring.datasource.password", () -> PASSWORD);
    return url;
  }

  public static String create() {
    // the creating JVM's pid in the name: a run beside this one (a second fork, another checkout) drops
    // only what no living JVM made, never a database created a moment ago and not yet connected to
    String name = PREFIX + ProcessHandle.current().pid() + "_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection admin = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD)) {
      dropLeftovers(admin);
      admin.createStatement().execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create a test database on " + SERVER, e);
    }
    CREATED.add(name);
    return SERVER + name;
  }

  /**
   * The databases this JVM made. A JVM that runs several test classes (the postgres execution reuses its two)
   * drops them when it ends, forcing off what is still connected, so none outlives the run; what a killed JVM
   * left, the next run's {@link #create} drops.
   */
  private static final Set<String> CREATED = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(PostgresDatabases::dropCreated, "drop-test-databases"));
  }

  private static void dropCreated() {
    if (CREATED.isEmpty()) {
      return;
    }
    try (Connection admin = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD)) {
      drop(admin, CREATED, " with (force)");
    } catch (SQLException e) {
      // the server is gone: the next run's create drops them
    }
  }

  /** Databases of earlier runs that nobody uses any more and whose creating JVM has ended. */
  private static void dropLeftovers(Connection admin) throws SQLException {
    List<String> names = new ArrayList<>();
    try (var rs = admin.createStatement().executeQuery(
        "select datname from pg_database d where datname like '" + PREFIX + "%'"
            + " and not exists (select 1 from pg_stat_activity a where a.datname = d.datname)")) {
      while (rs.next()) {
        String name = rs.getString(1);
        if (!madeByLivingProcess(name)) {
          names.add(name);
        }
      }
    }
    drop(admin, names, "");
  }

  /** Drops each database it can; one that cannot be dropped now (someone connected) is left for the next run's create. */
  private static void drop(Connection admin, Iterable<String> names, String options) {
    for (String name : names) {
      try {
        admin.createStatement().execute("drop database if exists " + name + options);
      } catch (SQLException e) {
        // left for the next run
      }
    }
  }

  private static boolean madeByLivingProcess(String name) {
    String rest = name.substring(PREFIX.length());
    int separator = rest.indexOf('_');
    if (separator < 1) {
      return false;
    }
    try {
      return ProcessHandle.of(Long.parseLong(rest.substring(0, separator))).map(ProcessHandle::isAlive).orElse(false);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  static boolean reachable() {
    try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD)) {
      return c.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  static final class Available implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      return RequiredService.require(reachable(), "PostgreSQL at " + SERVER);
    }
  }
}
