package dk.aarshjul.benchmark;

import dk.aarshjul.AarshjulApplication;
import dk.aarshjul.benchmark.bare.BareCamundaApplication;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-up of Årshjul against a bare Camunda on the same machine, in one run: issue 14 asks for at most twice
 * the bare Camunda's. Each start is a fresh JVM ({@code java -cp} this class path), bare and ours in turn, after
 * one warm-up round of each (so the file cache is warm for both); prints the cores, the JVM, each start, the
 * median and minimum per application and their ratios, which stay meaningful on a busy machine where the
 * seconds do not: the ratio of the medians is the one held against 2, that of the minimums is the quietest
 * moment's.
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dk.aarshjul.benchmark.StartupBenchmark}
 * (argument: number of rounds, default 5).
 *
 * <p>A start is timed from launching the JVM until {@code /actuator/health/readiness} answers 200, polled every
 * 50 ms; the same criterion for both. For Årshjul that is the strict one, ready to serve users: Spring's
 * readiness state turns only after our start-up steps (platform accounts, the demo municipalities and users,
 * example plans), and the readiness group adds database, migrations, accounts and job executor; until then
 * {@code StartingUpFilter} answers every request 503. Årshjul starts as a newcomer starts it, with the demo
 * profile, on an in-memory H2. The bare Camunda ({@link BareCamundaApplication}) has only Spring's readiness
 * state, which turns right after Camunda has started its job executor. Spring's own "Started ... in" (context
 * refreshed, before our start-up steps) is printed beside it. Logs: {@code target/startup-benchmark/}.
 *
 * <p>Both run on the test class path, so both also carry the test libraries (a few more auto-configurations,
 * e.g. FreeMarker and OpenTelemetry from the test OpenID provider and Selenium) that a deployment has not.
 */
public final class StartupBenchmark {

  static final int CORES = Runtime.getRuntime().availableProcessors();
  static final double ALLOWED_RATIO = 2.0;
  static final Duration POLL = Duration.ofMillis(50);
  static final Duration START_TIMEOUT = Duration.ofMinutes(5);
  static final Path LOGS = Path.of("target", "startup-benchmark");
  static final Pattern SPRING_STARTED = Pattern.compile("Started \\S+ in ([0-9.]+) seconds");
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  /** The two applications; {@code arguments} come after {@code --server.port}. */
  enum App {
    BARE("bare Camunda", BareCamundaApplication.class, List.of()),
    OURS("Årshjul (demo)", AarshjulApplication.class,
        List.of("--spring.profiles.active=demo", "--spring.datasource.url=jdbc:h2:mem:startup;DB_CLOSE_DELAY=-1"));

    final String label;
    final Class<?> main;
    final List<String> arguments;

    App(String label, Class<?> main, List<String> arguments) {
      this.label = label;
      this.main = main;
      this.arguments = arguments;
    }
  }

  /** One start: wall time from launch to ready, and Spring's "Started ... in" from the log. */
  record Start(double seconds, double springSeconds) {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    String classpath = classpath();
    Files.createDirectories(LOGS);
    // a run stopped with Ctrl-C leaves no application behind
    Runtime.getRuntime().addShutdownHook(new Thread(() -> ProcessHandle.current().descendants().forEach(ProcessHandle::destroy)));

    System.out.printf("Start-up, JVM launch until /actuator/health/readiness answers 200, a fresh JVM per start%n");
    System.out.printf("cores: %d, JVM: %s %s, rounds: %d after 1 warm-up round%n", CORES, System.getProperty("java.vm.name"),
        System.getProperty("java.version"), rounds);
    List<Start> bare = new ArrayList<>();
    List<Start> ours = new ArrayList<>();
    for (int round = 0; round <= rounds; round++) {
      String name = round == 0 ? "warm-up" : "round " + round;
      Start bareStart = start(App.BARE, name, classpath);
      Start ourStart = start(App.OURS, name, classpath);
      System.out.printf("  %-8s  %s %s   %s %s   ratio %.2f%n", name, App.BARE.label, format(bareStart), App.OURS.label,
          format(ourStart), ourStart.seconds() / bareStart.seconds());
      if (round > 0) {
        bare.add(bareStart);
        ours.add(ourStart);
      }
    }
    System.out.printf("%-16s %8s %8s %22s%n", "", "median", "min", "Spring \"Started\" median");
    summary(App.BARE, bare);
    summary(App.OURS, ours);
    double ratio = median(seconds(ours)) / median(seconds(bare));
    System.out.printf("ratio %s / %s: %.2f of the medians (%.2f of the minimums), within %.0f×: %s%n", App.OURS.label,
        App.BARE.label, ratio, min(seconds(ours)) / min(seconds(bare)), ALLOWED_RATIO, ratio <= ALLOWED_RATIO ? "yes" : "NO");
  }

  /** Launches one application, waits until it is ready, checks it, stops it. */
  static Start start(App app, String name, String classpath) throws Exception {
    int port = freePort();
    Path log = LOGS.resolve(app.name().toLowerCase() + "-" + name.replace(' ', '-') + ".log");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dfile.encoding=UTF-8", "-cp", classpath, app.main.getName(), "--server.port=" + port));
    command.addAll(app.arguments);
    long launched = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      awaitReady(process, port, log);
      double seconds = (System.nanoTime() - launched) / 1e9;
      if (app == App.BARE) {
        checkNothingOfOurs(port, log);
      }
      return new Start(seconds, springStarted(log));
    } finally {
      stop(process);
    }
  }

  static void awaitReady(Process process, int port, Path log) throws InterruptedException {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (!ready(port)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("stopped while starting (exit " + process.exitValue() + "), see " + log.toAbsolutePath());
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("not ready after " + START_TIMEOUT + ", see " + log.toAbsolutePath());
      }
      Thread.sleep(POLL.toMillis());
    }
  }

  static boolean ready(int port) throws InterruptedException {
    try {
      return get(port, "/actuator/health/readiness", Duration.ofSeconds(2)).statusCode() == 200;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The bare Camunda must have deployed nothing and migrated nothing: neither our processes nor our Flyway
   * migrations may creep in from the shared class path (Flyway logs the database it runs on, always).
   */
  static void checkNothingOfOurs(int port, Path log) throws IOException, InterruptedException {
    if (Files.readString(log).toLowerCase().contains("flyway")) {
      throw new IllegalStateException("Flyway ran in the bare Camunda, see " + log.toAbsolutePath());
    }
    // the REST API's first request initialises Jersey: seconds on a busy machine
    String count = get(port, "/engine-rest/deployment/count", Duration.ofSeconds(60)).body();
    if (!count.replace(" ", "").equals("{\"count\":0}")) {
      throw new IllegalStateException("the bare Camunda has deployments: " + count + ", see " + log.toAbsolutePath());
    }
  }

  static HttpResponse<String> get(int port, String path, Duration timeout) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(timeout).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** SIGTERM, Spring's orderly shutdown; the next start waits until this JVM is gone, so they never overlap. */
  static void stop(Process process) throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  static double springStarted(Path log) throws IOException {
    Matcher started = SPRING_STARTED.matcher(Files.readString(log));
    return started.find() ? Double.parseDouble(started.group(1)) : Double.NaN;
  }

  /**
   * The class path this benchmark runs on. Under {@code exec:java} it runs in Maven's JVM, whose
   * {@code java.class.path} is Maven's own; the project's class path is then its class loader's.
   */
  static String classpath() throws URISyntaxException {
    if (StartupBenchmark.class.getClassLoader() instanceof URLClassLoader loader) {
      List<String> entries = new ArrayList<>();
      for (URL url : loader.getURLs()) {
        entries.add(Path.of(url.toURI()).toString());
      }
      return String.join(File.pathSeparator, entries);
    }
    return System.getProperty("java.class.path");
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void summary(App app, List<Start> starts) {
    System.out.printf("%-16s %7.1fs %7.1fs %21.1fs%n", app.label, median(seconds(starts)), min(seconds(starts)),
        median(starts.stream().map(Start::springSeconds).toList()));
  }

  static String format(Start start) {
    return String.format("%5.1f s (Spring %4.1f s)", start.seconds(), start.springSeconds());
  }

  static List<Double> seconds(List<Start> starts) {
    return starts.stream().map(Start::seconds).toList();
  }

  static double min(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
  }

  static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }
}
