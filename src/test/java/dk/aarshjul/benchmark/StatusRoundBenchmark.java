package dk.aarshjul.benchmark;

import dk.aarshjul.AarshjulApplication;
import dk.aarshjul.followup.adapter.camunda.PlanFollowUp;
import dk.aarshjul.followup.adapter.camunda.StatusRound;
import dk.aarshjul.followup.application.StatusRoundRequests;
import dk.aarshjul.planning.application.FollowUps;
import dk.aarshjul.planning.application.PlanService;
import dk.aarshjul.planning.domain.Plan;
import dk.aarshjul.planning.domain.PlanContent;
import dk.aarshjul.planning.domain.PlanContentReader;
import dk.aarshjul.shared.PlanPeriod;
import dk.aarshjul.shared.Quarter;
import dk.aarshjul.planning.application.PlanDocument;
import dk.aarshjul.documents.application.DocumentRenderer;
import dk.aarshjul.followup.application.StatusReportAssembler;
import dk.aarshjul.followup.application.StatusReportService;
import dk.aarshjul.documents.domain.StatusReport;
import dk.aarshjul.documents.domain.StatusReportEdition;
import dk.aarshjul.shared.TenantId;
import dk.aarshjul.tenancy.application.TenantMunicipalities;
import java.time.OffsetDateTime;
import dk.aarshjul.tenancy.application.OnboardingService;
import dk.aarshjul.tenancy.domain.Municipality;
import dk.aarshjul.tenancy.domain.MunicipalityCatalog;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A quarterly status round for many plans of 15 goals each, on the bundled indicator data, through the
 * process engine with its job executor, each round asked of its plan's follow-up as a planner asks for one:
 * pull, assess, draft report, the planner's review (completed at once), final report. Prints the total time, reports per second, median and 95th percentile per report,
 * peak heap, and the round's time against rendering the same reports directly without the engine: for one round
 * in full, then as the median of that pair and {@link #PAIRED_QUARTERS}' pairs.
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dk.aarshjul.benchmark.StatusRoundBenchmark}
 * (arguments: number of plans, default 98, one per municipality, more plans are spread over the municipalities;
 * the databases, default {@code h2,postgres}: an H2 file database as the embedded default runs, then a fresh
 * PostgreSQL database on 127.0.0.1;
 * further arguments go to Spring, e.g. {@code --aarshjul.jobs.threads=10}).
 */
public final class StatusRoundBenchmark {

  static final Quarter QUARTER = new Quarter(2025, 4);
  /**
   * Warm-up rounds on the quarters before, until the compiler's threads used less than
   * {@value #SETTLED_COMPILING_PERCENT} % of a round's processor time: after one round of 98 plans the JIT
   * was still compiling, with its one optimising thread on two cores, for a third of the next round. The plan
   * year's three quarters before, then, while the compiler is still busy (on a machine of slower cores it used
   * 14-16 % of the third round's time, and in the round measured then 6.5 s against 1.1 s while rendering
   * directly), the year before's last three quarters.
   */
  static final List<Quarter> WARM_UP_QUARTERS = List.of(new Quarter(2025, 1), new Quarter(2025, 2), new Quarter(2025, 3),
      new Quarter(2024, 4), new Quarter(2024, 3), new Quarter(2024, 2));
  static final int SETTLED_COMPILING_PERCENT = 10;
  /**
   * After the round measured in full, more rounds on quarters of their own, each followed by the same reports
   * rendered directly, so that the share is a median of pairs: three runs on one machine and one code measured
   * 27 %, 36 % and 47 % on the clock (2026-12-04, eleventh session), the direct rendering alone 9.6-13.3 s.
   */
  static final List<Quarter> PAIRED_QUARTERS = List.of(new Quarter(2024, 1), new Quarter(2023, 4));
  /** As many as one round of all municipalities: with fewer, the round went on compiling what the direct rendering then found compiled. */
  static final int WARM_UP_PLANS = 98;
  /** How often the staff the benchmark plays look for tasks to complete: every 50 ms, its thread (mostly task queries) used 5 % of the round's processor time. */
  static final long POLL_MILLIS = 250;
  static final int CORES = Runtime.getRuntime().availableProcessors();

  public static void main(String[] args) throws Exception {
    int plans = args.length > 0 ? Integer.parseInt(args[0]) : 98;
    boolean databasesGiven = args.length > 1 && !args[1].startsWith("--");
    String databases = databasesGiven ? args[1] : "h2,postgres";
    List<String> more = List.of(args).subList(Math.min(databasesGiven ? 2 : 1, args.length), args.length);
    List<Result> results = new ArrayList<>();
    for (String database : databases.split(",")) {
      results.add(database.equals("postgres") ? onPostgres(plans, more) : onH2(plans, more));
    }
    results.forEach(Result::print);
  }

  /**
   * On the embedded default, an H2 file database (in a directory of its own, removed afterwards): in memory,
   * H2 would keep every stored report in the heap and the heap would measure the database, not the round.
   */
  static Result onH2(int plans, List<String> more) throws Exception {
    java.nio.file.Path directory = java.nio.file.Files.createTempDirectory("round-benchmark");
    try {
      return run(plans, "H2 file database", "jdbc:h2:file:" + directory.resolve("aarshjul") + ";DB_CLOSE_ON_EXIT=FALSE", more, AutovacuumStandIn.none());
    } finally {
      try (var files = java.nio.file.Files.walk(directory)) {
        files.sorted(java.util.Comparator.reverseOrder()).map(java.nio.file.Path::toFile).forEach(java.io.File::delete);
      }
    }
  }

  /** The same on a fresh PostgreSQL database (127.0.0.1:5432, user postgres), dropped afterwards. */
  static Result onPostgres(int plans, List<String> more) throws Exception {
    try (java.sql.Connection admin = java.sql.DriverManager.getConnection(GenerateData.LoadDatabase.SERVER + "postgres", GenerateData.LoadDatabase.USER, GenerateData.LoadDatabase.PASSWORD)) {
      admin.createStatement().execute("drop database if exists aarshjul_round_benchmark with (force)");
    }
    String url = GenerateData.LoadDatabase.create("aarshjul_round_benchmark");
    try (AutovacuumStandIn autovacuum = AutovacuumStandIn.startIfOff(url)) {
      return run(plans, "PostgreSQL", url, more, autovacuum);
    } finally {
      try (java.sql.Connection admin = java.sql.DriverManager.getConnection(GenerateData.LoadDatabase.SERVER + "postgres", GenerateData.LoadDatabase.USER, GenerateData.LoadDatabase.PASSWORD)) {
        admin.createStatement().execute("drop database if exists aarshjul_round_benchmark with (force)");
      }
    }
  }

  record Result(String database, int jobThreads, int plans, int warmUpRounds, double warmUpCompilingShare, double roundSeconds, List<Long> times, long peakHeap, long peakAfterCollections,
      double directSeconds, double roundCpuSeconds, double directCpuSeconds, Map<String, Long> roundCpuByThreads,
      long roundCompilingMillis, long directCompilingMillis, double databaseCpuSeconds, double vacuumSeconds, List<Pair> pairs) {

    void print() {
      System.out.printf("Status round for %d plans of 15 goals (%s, %s, %d cores, %d job threads)%n", plans, QUARTER.danishLabel(),
          database, CORES, jobThreads);
      System.out.printf("  warm-up:                 %d round(s) of the quarters before, the compiler %.0f %% of the last one's processor time%n",
          warmUpRounds, 100 * warmUpCompilingShare);
      System.out.printf("  total time:              %.1f s%n", roundSeconds);
      System.out.printf("  reports per second:      %.2f%n", plans / roundSeconds);
      System.out.printf("  per report, start to final (median / p95): %.2f s / %.2f s%n", times.get(times.size() / 2) / 1e3,
          times.get((int) Math.ceil(times.size() * 0.95) - 1) / 1e3);
      System.out.printf("  peak heap during round:  %d MiB used, %d MiB held after collections%n", peakHeap / (1024 * 1024),
          peakAfterCollections / (1024 * 1024));
      System.out.printf("  rendering directly:      %.1f s (draft and final of each report, %d threads)%n", directSeconds, CORES);
      System.out.printf("  round / direct:          %.2f (engine and storage share %.0f %%)%n", roundSeconds / directSeconds,
          100 * (1 - directSeconds / roundSeconds));
      System.out.printf("  processor time:          round %.1f s, directly %.1f s (engine and storage share %.0f %%; all threads of the JVM,"
          + " the collector's included, so other work on the machine does not count)%n", roundCpuSeconds, directCpuSeconds,
          100 * (1 - directCpuSeconds / roundCpuSeconds));
      long inThreads = roundCpuByThreads.values().stream().mapToLong(Long::longValue).sum();
      StringBuilder groups = new StringBuilder();
      roundCpuByThreads.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(5)
          .forEach(group -> groups.append(String.format("%s %.1f s, ", group.getKey(), group.getValue() / 1e9)));
      System.out.printf("  round's processor time by thread: %sthe collector and compiler %.1f s (compiling %.1f s)%n", groups,
          roundCpuSeconds - inThreads / 1e9, roundCompilingMillis / 1e3);
      if (databaseCpuSeconds >= 0) {
        System.out.printf("  PostgreSQL's processes:  %.1f s of processor time in the round (this machine's server, all its processes);"
            + " with the JVM's, %.0f %% of the %d cores' time%n", databaseCpuSeconds,
            100 * (roundCpuSeconds + databaseCpuSeconds) / roundSeconds / CORES, CORES);
      }
      double roundWorking = roundCpuSeconds - roundCompilingMillis / 1e3;
      double directWorking = directCpuSeconds - directCompilingMillis / 1e3;
      System.out.printf("  without the compiler:    round %.1f s, directly %.1f s (compiling %.1f s) of processor time: engine and storage"
          + " share %.0f %% (the compiler's threads compile what a node runs for the first times; a node that has run for a while"
          + " has compiled it)%n", roundWorking, directWorking, directCompilingMillis / 1e3, 100 * (1 - directWorking / roundWorking));
      List<Pair> all = new ArrayList<>();
      all.add(new Pair(QUARTER, roundSeconds, directSeconds, roundCpuSeconds, directCpuSeconds, vacuumSeconds));
      all.addAll(pairs);
      System.out.printf("  %d pairs, each a round and then its reports rendered directly:%n", all.size());
      all.forEach(pair -> System.out.printf("    %-18s round %5.1f s, directly %5.1f s: engine and storage %3.0f %% on the clock, %3.0f %% of the JVM's processor time%s%n",
          pair.quarter().danishLabel(), pair.roundSeconds(), pair.directSeconds(), pair.clockShare(), pair.processorShare(),
          pair.vacuumSeconds() > 0 ? String.format(" (the autovacuum stand-in's passes in the round or under way at its end: %.1f s)",
              pair.vacuumSeconds()) : ""));
      System.out.printf("  median of the pairs:     engine and storage %.0f %% on the clock, %.0f %% of the JVM's processor time%n",
          median(all.stream().map(Pair::clockShare).toList()), median(all.stream().map(Pair::processorShare).toList()));
    }
  }

  /** One round and the same reports rendered directly right after it, in seconds on the clock and of the JVM's processor time. */
  record Pair(Quarter quarter, double roundSeconds, double directSeconds, double roundCpuSeconds, double directCpuSeconds,
      double vacuumSeconds) {

    double clockShare() {
      return 100 * (1 - directSeconds / roundSeconds);
    }

    double processorShare() {
      return 100 * (1 - directCpuSeconds / roundCpuSeconds);
    }
  }

  /** The middle value, or the mean of the two middle ones. */
  static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }

  /** {@code autovacuum}: the stand-in for the server's autovacuum ({@link AutovacuumStandIn#none()} on H2). */
  static Result run(int plans, String database, String url, List<String> more, AutovacuumStandIn autovacuum) throws Exception {
    List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + url, "--spring.datasource.username="
        + (url.startsWith("jdbc:postgresql") ? "postgres" : "sa"), "--server.port=0", "--logging.level.root=WARN",
        "--logging.level.org.camunda=ERROR"));
    arguments.addAll(more);
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(AarshjulApplication.class)
        .profiles("demo")
        .run(arguments.toArray(String[]::new))) {
      List<PlanOf> made = plans(app, plans);
      RuntimeService runtime = app.getBean(RuntimeService.class);
      TaskService tasks = app.getBean(TaskService.class);
      ManagementService management = app.getBean(ManagementService.class);
      StatusRoundRequests requests = app.getBean(StatusRoundRequests.class);
      startFollowUps(app, made);
      DirectRendering direct = new DirectRendering(app.getBean(PlanService.class), app.getBean(StatusReportAssembler.class),
          app.getBean(DocumentRenderer.class), app.getBean(TenantMunicipalities.class));

      // warm-up of both paths on the previous quarter, so that class loading, the first pull and the JIT
      // compiling the renderers are measured in neither
      // a recording started changes what the JIT compiled (JFR instruments classes): started before the
      // warm-up, so that the round measured is as compiled as one without it
      jdk.jfr.Recording warmUpRecording = recording();
      List<PlanOf> warmUp = made.subList(0, Math.min(WARM_UP_PLANS, made.size()));
      int warmUpRounds = 0;
      double compilingShare = 1;
      for (Quarter quarter : WARM_UP_QUARTERS) {
        Compiling compiling = Compiling.fromNow();
        runRounds(runtime, tasks, management, requests, warmUp, quarter, CoreTimeline.Progress.fresh());
        renderDirectlyTimed(direct, warmUp, quarter, autovacuum);
        warmUpRounds++;
        compilingShare = compiling.percent() / 100;
        if (compilingShare * 100 < SETTLED_COMPILING_PERCENT) {
          break;
        }
      }
      HeapWatch heap = HeapWatch.start();
      jdk.jfr.Recording recording = recording();
      if (warmUpRecording != null) {
        warmUpRecording.close();
      }

      long vacuumingAtStart = autovacuum.busyNanos();
      // when the measured window opens and closes, for a profiler or a probe of the machine run beside it
      System.out.printf("  [measuring the round from %s]%n", java.time.LocalTime.now().withNano(0));
      long start = System.nanoTime();
      long databaseCpuStart = databaseServerCpuMillis();
      Map<String, double[]> statementsAtStart = url.startsWith("jdbc:postgresql") ? LoadBenchmark.Snapshot.statements(url) : Map.of();
      long cpuStart = processCpuNanos();
      long compilingAtStart = compilerCpuMillis();
      Map<String, Long> threadsAtStart = cpuByThreadGroup();
      CoreTimeline.Progress progress = CoreTimeline.Progress.fresh();
      CoreTimeline timeline = CoreTimeline.start(progress, url.startsWith("jdbc:postgresql"));
      Map<String, Long> perReport = runRounds(runtime, tasks, management, requests, made, QUARTER, progress);
      double roundSeconds = (System.nanoTime() - start) / 1e9;
      timeline.close();
      System.out.printf("  [the round measured until %s]%n", java.time.LocalTime.now().withNano(0));
      double roundCpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
      double databaseCpuSeconds = (databaseServerCpuMillis() - databaseCpuStart) / 1e3;
      if (!statementsAtStart.isEmpty()) {
        LoadBenchmark.printStatements(statementsAtStart, LoadBenchmark.Snapshot.statements(url), 10);
      }
      timeline.print(CORES, made.size());
      long roundCompiling = compilerCpuMillis() - compilingAtStart;
      Map<String, Long> byThreads = new java.util.TreeMap<>();
      cpuByThreadGroup().forEach((group, nanos) -> byThreads.put(group, nanos - threadsAtStart.getOrDefault(group, 0L)));
      if (recording != null) {
        recording.dump(java.nio.file.Path.of(System.getProperty(RECORDING)));
        recording.close();
        System.out.println("Flight recording of the round: " + System.getProperty(RECORDING));
      }
      long roundHeap = heap.peakUsed();
      long afterCollections = heap.stop();

      DirectTimes directly = renderDirectlyTimed(direct, made, QUARTER, autovacuum);
      double directSeconds = directly.seconds();
      // whether the server was vacuuming for the stand-in in the round (it counts in the server's processes)
      double vacuumSeconds = directly.vacuumSecondsSince(vacuumingAtStart);
      double directCpuSeconds = directly.cpuSeconds();
      long directCompiling = directly.compilingMillis();

      List<Pair> pairs = new ArrayList<>();
      for (Quarter quarter : PAIRED_QUARTERS) {
        pairs.add(pair(runtime, tasks, management, requests, direct, made, quarter, autovacuum));
      }

      List<Long> times = new ArrayList<>(perReport.values());
      Collections.sort(times);
      // the job executor's pool as it was made, not a second reckoning of its default
      int jobThreads = app.getBean("camundaTaskExecutor", org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor.class).getMaxPoolSize();
      return new Result(database, jobThreads, made.size(), warmUpRounds, compilingShare, roundSeconds, times, roundHeap, afterCollections,
          directSeconds, roundCpuSeconds, directCpuSeconds, byThreads, roundCompiling, directCompiling, database.equals("PostgreSQL") ? databaseCpuSeconds : -1, vacuumSeconds,
          pairs);
    }
  }

  /** A round on the quarter, then its reports rendered directly, each timed on the clock and on the JVM's processor time. */
  static Pair pair(RuntimeService runtime, TaskService tasks, ManagementService management, StatusRoundRequests requests,
      DirectRendering direct, List<PlanOf> plans, Quarter quarter, AutovacuumStandIn autovacuum) throws Exception {
    long vacuumingAtStart = autovacuum.busyNanos();
    long cpuStart = processCpuNanos();
    long start = System.nanoTime();
    runRounds(runtime, tasks, management, requests, plans, quarter, CoreTimeline.Progress.fresh());
    double roundSeconds = (System.nanoTime() - start) / 1e9;
    double roundCpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
    DirectTimes directly = renderDirectlyTimed(direct, plans, quarter, autovacuum);
    return new Pair(quarter, roundSeconds, directly.seconds(), roundCpuSeconds, directly.cpuSeconds(),
        directly.vacuumSecondsSince(vacuumingAtStart));
  }

  /** A file to keep a flight recording of the measured round in ({@code -Dbenchmark.recording=/tmp/round.jfr}), for {@code jfr print}. */
  static final String RECORDING = "benchmark.recording";

  static jdk.jfr.Recording recording() throws Exception {
    if (System.getProperty(RECORDING) == null) {
      return null;
    }
    jdk.jfr.Recording recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
    recording.start();
    return recording;
  }

  /**
   * The processor time of the JIT compiler's threads so far, in ms, from Linux's own accounting of each thread
   * ({@code /proc/self/task/<id>/schedstat}): the compilation bean's figure is time passed while compiling,
   * which on a busy machine includes waiting for a processor. Elsewhere than Linux, that figure.
   */
  static long compilerCpuMillis() {
    Map<String, Long> own = jvmOwnThreadsNanos();
    return own.isEmpty() ? ManagementFactory.getCompilationMXBean().getTotalCompilationTime() : own.getOrDefault(COMPILER, 0L) / 1_000_000;
  }

  /** The JIT compiler's share of the JVM's processor time from a start on, for the warm-ups' "settled yet?". */
  record Compiling(long cpuAtStart, long compilingAtStart) {

    static Compiling fromNow() {
      return new Compiling(processCpuNanos(), compilerCpuMillis());
    }

    /** Per cent of the JVM's processor time since the start. */
    double percent() {
      return 100.0 * (compilerCpuMillis() - compilingAtStart) * 1e6 / Math.max(1, processCpuNanos() - cpuAtStart);
    }
  }

  static final String COMPILER = "the JIT compiler (C1, C2)";
  static final String COLLECTOR = "the collector (G1's threads)";

  /**
   * The processor time so far of the JVM's own threads, which are not Java threads and so not in the thread
   * bean: the JIT compiler's ({@link #COMPILER}) and the collector's ({@link #COLLECTOR}), by their names in
   * {@code /proc/self/task}, in nanoseconds; empty elsewhere than Linux.
   */
  static Map<String, Long> jvmOwnThreadsNanos() {
    Map<String, Long> own = new java.util.HashMap<>();
    java.nio.file.Path tasks = java.nio.file.Path.of("/proc/self/task");
    if (!java.nio.file.Files.isDirectory(tasks)) {
      return own;
    }
    try (var threads = java.nio.file.Files.list(tasks)) {
      for (java.nio.file.Path thread : threads.toList()) {
        try {
          String name = java.nio.file.Files.readString(thread.resolve("comm")).strip();
          String role = name.matches("C\\d CompilerThre.*") ? COMPILER
              : name.startsWith("GC Thread") || name.startsWith("G1 ") ? COLLECTOR : null;
          if (role != null) {
            own.merge(role, Long.parseLong(java.nio.file.Files.readString(thread.resolve("schedstat")).split(" ")[0]), Long::sum);
          }
        } catch (java.io.IOException ended) {
          // the thread ended while being read
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    own.putIfAbsent(COMPILER, 0L);
    return own;
  }

  /** The processor time of each group of Java threads so far, the threads named without their numbers. */
  static Map<String, Long> cpuByThreadGroup() {
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<String, Long> groups = new java.util.HashMap<>();
    for (java.lang.management.ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (thread != null) {
        long nanos = threads.getThreadCpuTime(thread.getThreadId());
        if (nanos > 0) {
          groups.merge(thread.getThreadName().replaceAll("[-#]?\\d+", "").replaceAll("/tmp/\\S*", ""), nanos, Long::sum);
        }
      }
    }
    return groups;
  }

  /**
   * The processor time, in ms, of this machine's PostgreSQL server so far: every process named postgres
   * ({@code /proc/<pid>/stat}, user and system time, with that of the ended processes the server has collected);
   * -1 elsewhere than Linux.
   */
  static long databaseServerCpuMillis() {
    java.nio.file.Path proc = java.nio.file.Path.of("/proc");
    if (!java.nio.file.Files.isDirectory(proc.resolve("self/task"))) {
      return -1;
    }
    long ticks = 0;
    try (var processes = java.nio.file.Files.list(proc)) {
      for (java.nio.file.Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
        try {
          String stat = java.nio.file.Files.readString(process.resolve("stat"));
          if (stat.contains("(postgres)")) {
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // its own time, and that of the processes it has waited for: the server's main process collects each
            // backend and worker that ended (a connection closed, a vacuum pass's session), whose time would
            // otherwise leave the sum and make a stretch of the round look idle
            ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
          }
        } catch (java.io.IOException ended) {
          // the process ended while being read
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return ticks * 10; // USER_HZ is 100 on Linux
  }

  /** The processor time of the whole JVM so far. */
  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  record PlanOf(String planId, TenantId tenantId) {}

  /**
   * A direct rendering's time on the clock and the JVM's processor time in it, the compiler's part of that, and the
   * autovacuum stand-in's time so far when it began (a pass under way before it had ended).
   */
  record DirectTimes(double seconds, double cpuSeconds, long compilingMillis, long vacuumingAtStart) {

    /**
     * The stand-in's passes since {@code vacuumingBefore} (its time when the round before began), in seconds: those
     * that ended in the round, and one under way at its end, which the direct rendering waited for.
     */
    double vacuumSecondsSince(long vacuumingBefore) {
      return (vacuumingAtStart - vacuumingBefore) / 1e9;
    }
  }

  /**
   * {@link #renderDirectly}, timed, with the autovacuum stand-in held off: a pass under way ends first, outside the
   * clock, and none starts until the rendering has ended (it changes nothing in the database).
   */
  static DirectTimes renderDirectlyTimed(DirectRendering direct, List<PlanOf> plans, Quarter quarter, AutovacuumStandIn autovacuum)
      throws Exception {
    try (AutovacuumStandIn.Hold held = autovacuum.hold()) {
      long vacuuming = autovacuum.busyNanos();
      long cpuStart = processCpuNanos();
      long compilingStart = compilerCpuMillis();
      double seconds = renderDirectly(direct, plans, quarter);
      return new DirectTimes(seconds, (processCpuNanos() - cpuStart) / 1e9, compilerCpuMillis() - compilingStart, vacuuming);
    }
  }

  /** The same reports rendered directly, charts, draft and final as in the round, on as many threads as cores; seconds. */
  static double renderDirectly(DirectRendering direct, List<PlanOf> plans, Quarter quarter) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CORES);
    try {
      long start = System.nanoTime();
      List<Future<?>> renders = new ArrayList<>();
      for (PlanOf plan : plans) {
        renders.add(pool.submit(() -> direct.render(plan, quarter)));
      }
      for (Future<?> render : renders) {
        render.get();
      }
      return (System.nanoTime() - start) / 1e9;
    } finally {
      pool.shutdown();
    }
  }

  /** What the round's steps compute and render (charts once, draft and final), called straight, without engine or storage. */
  record DirectRendering(PlanService plans, StatusReportAssembler assembler, DocumentRenderer renderer,
      TenantMunicipalities municipalities) {

    void render(PlanOf plan, Quarter quarter) {
      PlanDocument document = plans.document(plan.planId(), List.of(plan.tenantId()));
      StatusReport report = assembler.assemble(plan.planId(), document.plan().title(), document.content(),
          municipalities.municipalities(plan.tenantId()), quarter, OffsetDateTime.now());
      Map<String, byte[]> charts = renderer.charts(report);
      renderer.statusReport(new StatusReportEdition(report, Map.of(), "", StatusReportEdition.DRAFT, false), charts,
          StatusReportService.DRAFT_FORMATS);
      renderer.statusReport(new StatusReportEdition(report, Map.of(), "Samlet set går det godt.", StatusReportEdition.FINAL, true), charts,
          StatusReportService.FINAL_FORMATS);
    }
  }

  /**
   * Asks each plan's follow-up for the quarter's round, as a planner does through the API (a round called by
   * its follow-up, as every round in production is), completes each review at once, waits for every final
   * report. Until 2026-12-03 the benchmark started each round as an instance of its own: its end then set the
   * removal time of all its history (the strategy "end", ADR 0015), which in production happens once, when the
   * follow-up ends years later, for all its rounds together. Counts the reviews completed and the rounds ended in
   * {@code progress}.
   */
  static Map<String, Long> runRounds(RuntimeService runtime, TaskService tasks, ManagementService management,
      StatusRoundRequests requests, List<PlanOf> plans, Quarter quarter, CoreTimeline.Progress progress) throws InterruptedException {
    Map<String, Long> requestedAt = new java.util.HashMap<>();
    for (PlanOf plan : plans) {
      requestedAt.put(plan.planId(), System.nanoTime());
      if (!requests.request(plan.planId(), plan.tenantId(), quarter)) {
        throw new IllegalStateException("No follow-up of plan " + plan.planId() + " took the request");
      }
    }
    // each request started its round up to the first step, which waits for the job executor
    Map<String, Long> started = new ConcurrentHashMap<>();
    for (org.camunda.bpm.engine.runtime.ProcessInstance round : runtime.createProcessInstanceQuery()
        .processDefinitionKey(StatusRound.PROCESS_KEY).variableValueEquals(StatusRound.Var.QUARTER, quarter.toString()).list()) {
      Long at = requestedAt.get(round.getBusinessKey());
      if (at != null) {
        started.put(round.getId(), at);
      }
    }
    if (started.size() != plans.size()) {
      throw new IllegalStateException(started.size() + " rounds started for " + plans.size() + " plans");
    }
    Map<String, Long> finished = progress.finished();
    long deadline = System.nanoTime() + java.time.Duration.ofMinutes(60).toNanos();
    while (finished.size() < plans.size()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(finished.size() + " of " + plans.size() + " rounds finished in an hour");
      }
      for (Task review : tasks.createTaskQuery().taskDefinitionKey(StatusRound.REVIEW_REPORT).list()) {
        tasks.complete(review.getId(), Variables.createVariables().putValue(StatusRound.Var.STATUS_TEXT, "Benchmark"));
        progress.reviewed().incrementAndGet();
      }
      for (Task orientation : tasks.createTaskQuery().taskDefinitionKey(StatusRound.COMMITTEE_ORIENTATION).list()) {
        String instance = orientation.getProcessInstanceId();
        if (started.containsKey(instance) && !finished.containsKey(instance)) {
          finished.put(instance, System.nanoTime());
        }
        tasks.complete(orientation.getId(), Variables.createVariables().putValue("orientationNoted", true));
      }
      if (finished.size() < plans.size()) {
        List<org.camunda.bpm.engine.runtime.Job> failed = management.createJobQuery().withException().list();
        if (!failed.isEmpty()) {
          throw new IllegalStateException(failed.size() + " failed jobs, e.g. "
              + management.getJobExceptionStacktrace(failed.get(0).getId()));
        }
        Thread.sleep(POLL_MILLIS);
      }
    }
    Map<String, Long> millis = new ConcurrentHashMap<>();
    finished.forEach((id, end) -> millis.put(id, (end - started.get(id)) / 1_000_000));
    return millis;
  }

  /**
   * Starts each plan's follow-up as the council's adoption does, with the timers of its quarters held (their
   * job definition suspended, so their jobs are made suspended): the rounds that run are those the benchmark
   * asks for. Returns once every follow-up has scheduled its quarters.
   */
  static void startFollowUps(ConfigurableApplicationContext app, List<PlanOf> plans) throws InterruptedException {
    ManagementService management = app.getBean(ManagementService.class);
    for (org.camunda.bpm.engine.management.JobDefinition timer : management.createJobDefinitionQuery()
        .processDefinitionKey(PlanFollowUp.PROCESS_KEY).activityIdIn(PlanFollowUp.QUARTER_END).list()) {
      management.suspendJobDefinitionById(timer.getId());
    }
    PlanService planService = app.getBean(PlanService.class);
    FollowUps followUps = app.getBean(FollowUps.class);
    for (PlanOf plan : plans) {
      followUps.start(planService.get(plan.planId(), List.of(plan.tenantId())), null);
    }
    long deadline = System.nanoTime() + java.time.Duration.ofMinutes(10).toNanos();
    while (management.createJobQuery().processDefinitionKey(PlanFollowUp.PROCESS_KEY).activityId(PlanFollowUp.SCHEDULE_ROUNDS).count() > 0) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("The follow-ups did not schedule their quarters in ten minutes");
      }
      Thread.sleep(POLL_MILLIS);
    }
  }

  /** One adopted plan of 15 goals per municipality; beyond 98, more plans for earlier years. */
  static List<PlanOf> plans(ConfigurableApplicationContext app, int count) {
    MunicipalityCatalog catalog = app.getBean(MunicipalityCatalog.class);
    OnboardingService onboarding = app.getBean(OnboardingService.class);
    PlanService planService = app.getBean(PlanService.class);
    List<Municipality> all = new ArrayList<>(catalog.all());
    List<PlanOf> made = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Municipality municipality = all.get(i % all.size());
      if (i < all.size()) {
        onboarding.onboard(municipality.tenantId(), List.of(), "benchmark");
      }
      int repeat = i / all.size();
      PlanPeriod period = PlanPeriod.ofYear(2025 - repeat);
      if (planService.exists(municipality.tenantId(), period.firstYear())) {
        period = PlanPeriod.ofYear(PlanPeriod.EARLIEST_YEAR + repeat);
      }
      PlanContent content = new PlanContentReader(planService.goalContext(period, null)).read(goals(period.lastYear()));
      Plan plan = planService.importAdopted(municipality.tenantId(), period, "Beskæftigelsesplan " + period.firstYear() + " for "
          + municipality.officialName(), content, "benchmark");
      made.add(new PlanOf(plan.id(), municipality.tenantId()));
    }
    return made;
  }

  /**
   * One focus area with 15 goals of the plan year, one or more of each kind with official figures: baselines
   * and references in the year before, deadlines at its end. The plans of the cluster test too.
   */
  public static List<Map<String, Object>> goals(int year) {
    String baseline = (year - 1) + "Q4";
    String deadline = year + "-12-31";
    List<Map<String, Object>> goals = new ArrayList<>();
    for (String benefit : List.of("sygedagpenge", "kontanthjaelp", "a-dagpenge", "fleksjob")) {
      goals.add(Map.of("kind", "baseline-to-target", "text", "Færre fuldtidspersoner på " + benefit, "indicatorCode",
          "fuldtidspersoner-" + benefit, "targetGroup", "all", "baselineValue", 400, "baselinePeriod", baseline,
          "targetValue", 350, "deadline", deadline, "benchmarks", List.of()));
    }
    goals.add(Map.of("kind", "relative-change", "text", "Andelen på offentlig forsørgelse falder 5 %", "indicatorCode",
        "pct-arbejdsstyrken-i-alt", "targetGroup", "all", "baselineValue", 12, "baselinePeriod", baseline, "changePercent", -5,
        "deadline", deadline, "benchmarks", List.of("country")));
    goals.add(Map.of("kind", "relative-change", "text", "Færre i jobafklaring", "indicatorCode", "fuldtidspersoner-jobafklaring",
        "targetGroup", "job-clarification", "baselineValue", 120, "baselinePeriod", baseline, "changePercent", -10,
        "deadline", deadline, "benchmarks", List.of()));
    for (String code : List.of("fuldtidspersoner-i-alt", "fuldtidspersoner-ledighedsydelse")) {
      goals.add(Map.of("kind", "not-worse-than", "text", "Ikke flere end året før: " + code, "indicatorCode", code, "targetGroup", "all",
          "referencePeriod", String.valueOf(year - 1), "better", "lower", "deadline", deadline, "benchmarks", List.of()));
    }
    for (String code : List.of("pct-arbejdsstyrken-uddannelseshjaelp", "pct-arbejdsstyrken-sygedagpenge")) {
      goals.add(Map.of("kind", "rank", "text", "Blandt den bedste tredjedel: " + code, "indicatorCode", code, "targetGroup", "youth",
          "fraction", "1/3", "better", "lower", "deadline", deadline, "benchmarks", List.of("country", "region:084")));
    }
    goals.add(Map.of("kind", "relative-to-benchmark", "text", "Ledigheden under landsgennemsnittet", "indicatorCode",
        "ledighed-saesonkorrigeret", "targetGroup", "all", "benchmark", "country", "comparison", "at-or-below", "deadline",
        deadline, "benchmarks", List.of("country")));
    goals.add(Map.of("kind", "relative-to-benchmark", "text", "Kontanthjælp på niveau med landet", "indicatorCode",
        "pct-arbejdsstyrken-kontanthjaelp", "targetGroup", "job-ready-cash-benefit", "benchmark", "country", "comparison", "at-level",
        "deadline", deadline, "benchmarks", List.of("country")));
    goals.add(Map.of("kind", "direction", "text", "Flere i job efter virksomhedsrettet tilbud", "indicatorCode",
        "beskaeftigelse-efter-virksomhedsrettet-tilbud", "targetGroup", "all", "baselinePeriod", baseline, "direction", "increasing",
        "deadline", deadline, "benchmarks", List.of("country")));
    goals.add(Map.of("kind", "absolute-level", "text", "Højst 3 % på a-dagpenge", "indicatorCode", "pct-arbejdsstyrken-a-dagpenge",
        "targetGroup", "insured-unemployed", "targetValue", 3, "bound", "at-most", "deadline", deadline, "benchmarks", List.of("country")));
    goals.add(Map.ofEntries(Map.entry("kind", "gap-to-benchmark"), Map.entry("text", "Forskellen til landet mindskes"),
        Map.entry("indicatorCode", "pct-arbejdsstyrken-a-dagpenge"), Map.entry("targetGroup", "insured-unemployed"),
        Map.entry("baselineValue", 3.9), Map.entry("baselinePeriod", baseline), Map.entry("benchmark", "country"),
        Map.entry("benchmarkBaselineValue", 2.8), Map.entry("reduceByPoints", 0.5), Map.entry("deadline", deadline),
        Map.entry("benchmarks", List.of("country", "region:084"))));
    return List.of(Map.of("title", "Færre på offentlig forsørgelse", "targetGroups", List.of("all", "youth"), "pejlemaerker", List.of(),
        "goals", goals));
  }

  /**
   * The heap while the round runs, from the collector's own figures: the most used at one time (just before a
   * collection, garbage included, so it grows with the heap the JVM is given) and the most still used right
   * after a collection (what the round held, plus old garbage a young collection leaves: an upper bound).
   */
  static final class HeapWatch implements javax.management.NotificationListener {

    private final java.util.concurrent.atomic.AtomicLong peakAfterCollections = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong peakBeforeCollections = new java.util.concurrent.atomic.AtomicLong();

    static HeapWatch start() {
      System.gc();
      ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
      HeapWatch watch = new HeapWatch();
      for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
        ((javax.management.NotificationEmitter) collector).addNotificationListener(watch, null, null);
      }
      return watch;
    }

    @Override
    public void handleNotification(javax.management.Notification notification, Object handback) {
      if (!notification.getType().equals(com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
        return;
      }
      var info = com.sun.management.GarbageCollectionNotificationInfo.from(
          (javax.management.openmbean.CompositeData) notification.getUserData()).getGcInfo();
      peakAfterCollections.accumulateAndGet(heapIn(info.getMemoryUsageAfterGc()), Math::max);
      peakBeforeCollections.accumulateAndGet(heapIn(info.getMemoryUsageBeforeGc()), Math::max);
    }

    private static long heapIn(Map<String, java.lang.management.MemoryUsage> pools) {
      return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
          .map(pool -> pools.get(pool.getName())).filter(java.util.Objects::nonNull)
          .mapToLong(java.lang.management.MemoryUsage::getUsed).sum();
    }

    /** The most the heap held at one time: its total just before the fullest collection. */
    long peakUsed() {
      return peakBeforeCollections.get();
    }

    /** Stops watching; the most held after a collection while watching. */
    long stop() {
      for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
        try {
          ((javax.management.NotificationEmitter) collector).removeNotificationListener(this);
        } catch (javax.management.ListenerNotFoundException e) {
          // not listening to this one
        }
      }
      return peakAfterCollections.get();
    }
  }
}
