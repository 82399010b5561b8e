package dk.aarshjul.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the test's own, made with the machine's PostgreSQL binaries (initdb, pg_ctl) in a
 * temporary directory on a free port, for tests that restart or stop the database under a running
 * application. The machine's shared server (see {@link PostgresDatabases}) is never restarted: other test
 * JVMs use it at the same time. As root the server runs as the {@code postgres} user, as PostgreSQL demands.
 */
public final class LocalPostgres implements AutoCloseable {

  public static final String DATABASE = "aarshjul";

  private final Path bin;
  private final Path home;
  private final Path dataDir;
  private final int port;

  private LocalPostgres(Path bin, Path home, int port) {
    this.bin = bin;
    this.home = home;
    this.dataDir = home.resolve("data");
    this.port = port;
  }

  /** initdb, start, and an empty database {@value #DATABASE}. */
  public static LocalPostgres start() {
    Path bin = binaries().orElseThrow(() -> new IllegalStateException("No PostgreSQL binaries (initdb, pg_ctl)"));
    try {
      Path home = Files.createTempDirectory("aarshjul-pg-");
      if (isRoot()) {
        UserPrincipal postgres = home.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
        Files.setOwner(home, postgres);
      }
      LocalPostgres server = new LocalPostgres(bin, home, freePort());
      server.pgRun(Duration.ofSeconds(60), "initdb", "-D", server.dataDir.toString(), "-U", PostgresDatabases.USER, "-A", "trust",
          "-E", "UTF8", "--locale=C", "--no-sync");
      server.pgCtl(Duration.ofSeconds(60), "start");
      try (Connection admin = DriverManager.getConnection(server.jdbcUrl("postgres"), PostgresDatabases.USER, "")) {
        admin.createStatement().execute("create database " + DATABASE);
      }
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException("The test's own PostgreSQL server does not answer", e);
    }
  }

  public String jdbcUrl() {
    return jdbcUrl(DATABASE);
  }

  private String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  /** The server's own log (connections cut, shutdown, start). */
  public Path serverLog() {
    return home.resolve("server.log");
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl(), PostgresDatabases.USER, "");
  }

  /**
   * Restarts the server as an operator does ({@code pg_ctl restart -m fast}): every connection is cut, and
   * the server is back when this returns. Returns how long the database was away.
   */
  public Duration restart() {
    long start = System.nanoTime();
    pgCtl(Duration.ofSeconds(90), "-m", "fast", "restart");
    return Duration.ofNanos(System.nanoTime() - start);
  }

  @Override
  public void close() {
    try {
      pgCtl(Duration.ofSeconds(60), "-m", "immediate", "stop");
    } finally {
      deleteQuietly(home);
    }
  }

  /** The bin directory of the newest PostgreSQL installed ({@code AARSHJUL_TEST_PG_BIN} overrides). */
  static Optional<Path> binaries() {
    String given = System.getenv("AARSHJUL_TEST_PG_BIN");
    if (given != null && !given.isBlank()) {
      return Optional.of(Path.of(given)).filter(LocalPostgres::hasTools);
    }
    Path installed = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(installed)) {
      return Optional.empty();
    }
    try (Stream<Path> versions = Files.list(installed)) {
      return versions.map(v -> v.resolve("bin")).filter(LocalPostgres::hasTools)
          .max(Comparator.comparing(p -> versionNumber(p.getParent().getFileName().toString())));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static boolean hasTools(Path bin) {
    return Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl"))
        && (!isRoot() || Files.isExecutable(Path.of("/usr/sbin/runuser")));
  }

  private static int versionNumber(String name) {
    try {
      return Integer.parseInt(name);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  /** pg_ctl on this server, with its port, socket directory, log and test settings, waiting until it is done. */
  private void pgCtl(Duration timeout, String... action) {
    List<String> args = new ArrayList<>(List.of("-D", dataDir.toString(), "-l", home.resolve("server.log").toString(),
        "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + home
            + " -c fsync=off -c max_connections=200", "-w", "-t", "60"));
    args.addAll(List.of(action));
    pgRun(timeout, "pg_ctl", args.toArray(String[]::new));
  }

  private void pgRun(Duration timeout, String tool, String... args) {
    List<String> command = new ArrayList<>();
    if (isRoot()) {
      command.addAll(List.of("/usr/sbin/runuser", "-u", "postgres", "--"));
    }
    command.add(bin.resolve(tool).toString());
    command.addAll(List.of(args));
    // output to a file, never a pipe: the server pg_ctl starts would hold a pipe open as long as it runs
    Path output = home.resolve(tool + ".log");
    try {
      Process process = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile())).start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(tool + " did not finish within " + timeout + ": " + Files.readString(output));
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed (" + process.exitValue() + "): " + Files.readString(output));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory; the machine's cleanup takes what is left
    }
  }
}
