package dk.aarshjul.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * One Årshjul node in a JVM of its own, started as a deployment starts the jar: {@code
 * dk.aarshjul.AarshjulApplication} on the application's classes and libraries (not the test classes), its
 * own port, the given profiles and settings. Output goes to a log file per start.
 */
public final class NodeProcess implements AutoCloseable {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final String name;
  private final int port;
  private final List<String> arguments;
  private final Path logDir;
  private Process process;
  private Path log;
  private int starts;

  public NodeProcess(String name, List<String> arguments, Path logDir) {
    this.name = name;
    this.port = LocalPostgres.freePort();
    this.arguments = List.copyOf(arguments);
    this.logDir = logDir;
  }

  public String name() {
    return name;
  }

  public int port() {
    return port;
  }

  /** host:port, as the balancer's configuration takes it. */
  public String address() {
    return "127.0.0.1:" + port;
  }

  public long pid() {
    return process.pid();
  }

  public NodeProcess start() {
    // C1 only, as the test JVMs (pom.xml): two nodes start and run a round beside the test's own JVM and Chromium on
    // the same cores, and what the test proves (locks, failover, sessions) does not depend on how the code was compiled
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx768m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-cp", applicationClasspath(),
        "dk.aarshjul.AarshjulApplication", "--server.port=" + port));
    command.addAll(arguments);
    try {
      Files.createDirectories(logDir);
      starts++;
      log = logDir.resolve(name + "-" + starts + ".log");
      process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until the node answers ready on /actuator/health/readiness; fails at once if it died starting. */
  public NodeProcess awaitReady(Duration timeout) {
    org.awaitility.Awaitility.await(name + " ready").atMost(timeout).pollInterval(Duration.ofMillis(500)).until(() -> {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " stopped while starting (exit " + process.exitValue() + "):\n" + logTail(60));
      }
      return ready();
    });
    return this;
  }

  public boolean ready() {
    try {
      HttpResponse<Void> health = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
          .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
      return health.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** SIGKILL on Linux: no shutdown hook runs, nothing is committed or unlocked. */
  public void kill() {
    process.destroyForcibly();
    try {
      process.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public boolean isAlive() {
    return process != null && process.isAlive();
  }

  /** The last lines of the current start's log, for a failure's message. */
  public String logTail(int lines) {
    try {
      List<String> all = Files.readAllLines(log);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException | RuntimeException e) {
      return "(no log: " + e + ")";
    }
  }

  /** Every start's log, whole. */
  public List<Path> logs() {
    List<Path> logs = new ArrayList<>();
    for (int i = 1; i <= starts; i++) {
      logs.add(logDir.resolve(name + "-" + i + ".log"));
    }
    return logs;
  }

  @Override
  public void close() {
    if (process != null && process.isAlive()) {
      kill();
    }
  }

  /**
   * The test JVM's class path without the test classes: what the jar holds, plus the test-scoped libraries,
   * which nothing in the application uses. Surefire hands its JVM a manifest-only jar; its Class-Path is read.
   */
  static String applicationClasspath() {
    List<String> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      entries.addAll(expandManifestJar(entry));
    }
    return String.join(File.pathSeparator, entries.stream().filter(e -> !e.replace('\\', '/').matches(".*/test-classes/?")).toList());
  }

  private static List<String> expandManifestJar(String entry) {
    if (!entry.endsWith(".jar") || !Path.of(entry).getFileName().toString().startsWith("surefire")) {
      return List.of(entry);
    }
    try (JarFile jar = new JarFile(entry)) {
      Manifest manifest = jar.getManifest();
      String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
      if (classPath == null) {
        return List.of(entry);
      }
      List<String> expanded = new ArrayList<>();
      for (String url : classPath.trim().split("\\s+")) {
        expanded.add(Path.of(URI.create(url.startsWith("file:") ? url : "file:" + url)).toString());
      }
      return expanded;
    } catch (IOException | IllegalArgumentException e) {
      return List.of(entry);
    }
  }
}
