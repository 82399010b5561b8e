package dk.aarshjul.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.aarshjul.benchmark.GenerateData.LoadDatabase;
import dk.aarshjul.documents.application.DocumentRenderer;
import dk.aarshjul.followup.application.StatusReportAssembler;
import dk.aarshjul.planning.application.PlanService;
import dk.aarshjul.shared.Quarter;
import dk.aarshjul.shared.TenantId;
import dk.aarshjul.tenancy.application.TenantMunicipalities;
import dk.aarshjul.followup.adapter.camunda.StatusRound;
import dk.aarshjul.planning.adapter.camunda.AnnualPlanCycle;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Staff of many municipalities working at once on years of history ({@link GenerateData}), on PostgreSQL,
 * while the job executor runs a quarterly round for every municipality. Each simulated office (one per
 * municipality) takes turns as its planner, consultation body, committee and secretariat, doing in Tasklist's
 * API what Tasklist does (the filters with their counts, the task list, opening a task with its form and
 * variables, claiming, completing through the form, starting next year's cycle and drafting it) and reading
 * Årshjul's API (plans, a plan, its versions and changes, its documents and one download), with a think time
 * between requests. Half the offices start their cycle in the warm-up, the other half once measuring has begun,
 * so that the cycle's start and draft are measured with the round running. Prints p50/p95/p99 per request type,
 * throughput, errors, the database's busy time (PostgreSQL's own {@code pg_stat_database.active_time}), the
 * tables read by full scans, how long the round took, and the JVM's processor time by thread (the JIT compiler's
 * among it).
 *
 * <p>The warm-up renders the last round's reports directly until the renderers are compiled, and lets the offices
 * work until the JIT compiler takes under {@value StatusRoundBenchmark#SETTLED_COMPILING_PERCENT} % of the JVM's
 * processor time ({@code --warm-up}, at least, default 30 s; {@code --max-warm-up}, at most, default 600 s): what is
 * measured is a node that has served for a while, not a fresh JVM compiling on the cores its requests need.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dk.aarshjul.benchmark.LoadBenchmark \
 *     -Dexec.args="--users=50 --seconds=120"
 * </pre>
 *
 * {@code --explain-ms=20} has PostgreSQL log the plans of statements slower than 20 ms. It runs on a copy of the generated database (made from it as a template and dropped afterwards), so it can
 * be repeated: every run finds the same history and the same round waiting.
 */
public final class LoadBenchmark {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FOLLOW_UP_TIMER = "timerEvent_quarterEnd";

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    int users = Integer.parseInt(options.getOrDefault("users", "50"));
    Duration measured = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "120")));
    Duration warmUp = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warm-up", "30")));
    Duration maxWarmUp = Duration.ofSeconds(Long.parseLong(options.getOrDefault("max-warm-up", "600")));
    long thinkMillis = Long.parseLong(options.getOrDefault("think-ms", "1000"));
    String source = options.getOrDefault("database", "aarshjul_load");
    vacuumAsAutovacuumWould(LoadDatabase.SERVER + source);
    String url = copy(source, source + "_run");
    if (options.containsKey("explain-ms")) {
      explainSlowStatements(source + "_run", Integer.parseInt(options.get("explain-ms")));
    }
    try {
      run(url, users, measured, warmUp, maxWarmUp, thinkMillis, options.containsKey("no-round"));
    } finally {
      drop(source + "_run");
    }
  }

  /**
   * The generated database as production's autovacuum would have kept it (one generated before GenerateData
   * vacuumed at its end had never been vacuumed), unmeasured. On the source, not on the copy: a database made
   * from a template starts with no activity counters, so in the copy autovacuum's rules find nothing due.
   */
  static void vacuumAsAutovacuumWould(String sourceUrl) throws SQLException {
    if (AutovacuumStandIn.autovacuumOn(sourceUrl)) {
      return;
    }
    long start = System.nanoTime();
    int tables = AutovacuumStandIn.pass(sourceUrl);
    System.out.printf("autovacuum is off on this server: %d tables of the generated database vacuumed or analysed as it would have,"
        + " in %.1f s%n", tables, (System.nanoTime() - start) / 1e9);
  }

  static void run(String url, int users, Duration measured, Duration warmUp, Duration maxWarmUp, long thinkMillis, boolean noRound)
      throws Exception {
    LoadDatabase.analyse(url);
    try (AutovacuumStandIn autovacuum = AutovacuumStandIn.startIfOff(url);
        ConfigurableApplicationContext app = LoadDatabase.start(url, 98, List.of("--server.port=0"))) {
      int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
      LoadStatistics statistics = new LoadStatistics();
      List<String> tenants = LoadDatabase.firstTenants(users);
      String filterId = groupsFilter(app);
      AtomicBoolean measuring = new AtomicBoolean(false);
      List<Office> offices = new ArrayList<>();
      for (int i = 0; i < tenants.size(); i++) {
        // every second office starts its year's cycle only once measuring has begun: the cycle's start and
        // draft are then measured, under the round, with the other offices' starts in the warm-up having compiled them
        offices.add(new Office(tenants.get(i), port, statistics, filterId, thinkMillis, i % 2 == 0 ? () -> true : measuring::get));
      }
      System.out.printf("Load: %d offices of different municipalities on %s, %d cores, think time 0-%d ms%n", users, url,
          Runtime.getRuntime().availableProcessors(), 2 * thinkMillis);
      offices.parallelStream().forEach(Office::logIn);

      AtomicBoolean working = new AtomicBoolean(true);
      List<Thread> threads = new ArrayList<>();
      for (Office office : offices) {
        Thread thread = new Thread(() -> office.work(working), "office-" + office.tenantId);
        thread.start();
        threads.add(thread);
      }
      long warmUpStart = System.nanoTime();
      if (!noRound) {
        warmUpRenderers(app, url);
      }
      untilCompiled(warmUpStart, warmUp, maxWarmUp);
      // what autovacuum does in production after the warm-up's logins filled the session tables (it is off on
      // this test server): without statistics PostgreSQL reads every session at every request
      LoadDatabase.analyse(url);

      Snapshot before = Snapshot.take(url);
      long standInBefore = autovacuum.busyNanos();
      System.out.printf("measuring from %.1f s of the JVM's uptime on (the time in its logs, -Xlog, -XX:+PrintCompilation)%n",
          ManagementFactory.getRuntimeMXBean().getUptime() / 1e3);
      RoundWatch round;
      long start;
      String collectorPauses;
      // the pauses and the answers counted from the same moment on
      try (CollectorPauses pauses = CollectorPauses.start()) {
        statistics.measure(true);
        measuring.set(true);
        start = System.nanoTime();
        round = noRound ? null : RoundWatch.start(app);
        Thread.sleep(measured.toMillis());
        statistics.measure(false);
        collectorPauses = pauses.describe();
      }
      Date measuredUntil = new Date();
      double seconds = (System.nanoTime() - start) / 1e9;
      Snapshot after = Snapshot.take(url);
      double standInSeconds = (autovacuum.busyNanos() - standInBefore) / 1e9;
      working.set(false);
      for (Thread thread : threads) {
        thread.join(30_000);
      }
      report(statistics, seconds, before, after, round, measuredUntil, standInSeconds, collectorPauses);
    }
  }

  private static void report(LoadStatistics statistics, double seconds, Snapshot before, Snapshot after, RoundWatch round,
      Date measuredUntil, double standInSeconds, String collectorPauses) {
    List<LoadStatistics.Row> rows = statistics.rows();
    int requests = rows.stream().mapToInt(LoadStatistics.Row::count).sum();
    int errors = rows.stream().mapToInt(LoadStatistics.Row::errors).sum();
    System.out.printf("%n%-34s %7s %6s %8s %8s %8s %8s%n", "request type", "count", "errors", "p50 ms", "p95 ms", "p99 ms", "max ms");
    rows.forEach(LoadBenchmark::printRow);
    printSlowest(statistics, rows, collectorPauses);
    List<LoadStatistics.Row> warmUpOnly = statistics.onlyInWarmUp();
    if (!warmUpOnly.isEmpty()) {
      System.out.println("seen only in the warm-up (the offices' first steps, while the JIT still compiled; not measured):");
      warmUpOnly.forEach(LoadBenchmark::printRow);
    }
    // the stand-in's vacuums and analyses are autovacuum's workers in production, not the sessions of the day
    double databaseSeconds = (after.activeMillis() - before.activeMillis()) / 1e3 - standInSeconds;
    double cpuSeconds = (after.processCpuNanos() - before.processCpuNanos()) / 1e9;
    System.out.printf("%nmeasured %.0f s: %d requests, %.1f requests/s, %d errors%n", seconds, requests, requests / seconds, errors);
    System.out.printf("PostgreSQL's sessions were in statements for %.1f s (pg_stat_database.active_time, waits included;"
        + " %.1f ms per request, the round's statements included; without the %.1f s of the autovacuum stand-in's passes)%n",
        databaseSeconds, 1e3 * databaseSeconds / Math.max(1, requests), standInSeconds);
    System.out.printf("this JVM (platform, job executor and the simulated staff) used %.1f s of processor time, %.0f %% of %d cores%n",
        cpuSeconds, 100 * cpuSeconds / seconds / Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().availableProcessors());
    printThreads(before.cpuByRole(), after.cpuByRole(), cpuSeconds);
    // G1's young and mixed collections stop every thread, the requests' included
    System.out.printf("the collector: %d collections, %.1f s in them (a request that meets one waits it out)%n",
        after.collections() - before.collections(), (after.collectingMillis() - before.collectingMillis()) / 1e3);
    System.out.println("tables read by full scans while measuring (rows read):");
    after.seqRowsRead().forEach((table, rowsRead) -> {
      long delta = rowsRead - before.seqRowsRead().getOrDefault(table, 0L);
      if (delta > 100_000) {
        System.out.printf("  %-32s %,d%n", table, delta);
      }
    });
    if (!after.statements().isEmpty()) {
      printStatements(before.statements(), after.statements(), 12);
    } else {
      System.out.println("(for the statements behind the busy time, load pg_stat_statements: shared_preload_libraries)");
    }
    if (round != null) {
      System.out.println(round.describe(measuredUntil));
    }
    statistics.errorExamples().forEach(example -> System.out.println("error: " + example));
  }

  /**
   * The JVM's processor time by what its threads do: the simulated staff (their office threads and HTTP
   * clients) run in this JVM too, on the same cores as the platform they measure; the compiler's and the
   * collector's threads are the JVM's own. What threads that ended while measuring used (HTTP clients' workers,
   * compiler threads the JVM added and removed) counts under the JVM's other threads.
   */
  private static void printThreads(Map<String, Long> before, Map<String, Long> after, double cpuSeconds) {
    Map<String, Double> seconds = new LinkedHashMap<>();
    after.forEach((role, nanos) -> seconds.put(role, (nanos - before.getOrDefault(role, 0L)) / 1e9));
    double named = seconds.values().stream().mapToDouble(Double::doubleValue).sum();
    seconds.put("the JVM's other threads of its own", cpuSeconds - named);
    System.out.println("its processor time by thread:");
    double small = 0;
    for (Map.Entry<String, Double> role : seconds.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).toList()) {
      if (role.getValue() < cpuSeconds / 100) {
        small += role.getValue();
      } else {
        System.out.printf("  %5.1f s (%2.0f %%) %s%n", role.getValue(), 100 * role.getValue() / cpuSeconds, role.getKey());
      }
    }
    System.out.printf("  %5.1f s (%2.0f %%) threads under 1 %% each%n", small, 100 * small / cpuSeconds);
  }

  static String threadRole(String threadGroup) {
    if (threadGroup.startsWith("office") || threadGroup.startsWith("HttpClient")) {
      return "the simulated staff (offices and their HTTP clients)";
    }
    if (threadGroup.startsWith("http-nio")) {
      return "the platform's request threads (Tomcat)";
    }
    if (threadGroup.startsWith("camunda-job")) {
      return "the job executor (the round)";
    }
    return "other Java threads (" + threadGroup + ")";
  }

  /**
   * For each request type with a p95 over 100 ms, its slowest answers and when they came, beside the
   * collector's pauses of 10 ms or more while measuring: whether the tail is the round's start, a pause, or
   * spread over the run.
   */
  private static void printSlowest(LoadStatistics statistics, List<LoadStatistics.Row> rows, String collectorPauses) {
    List<LoadStatistics.Row> over = rows.stream().filter(LoadBenchmark::overTarget).toList();
    if (over.isEmpty()) {
      return;
    }
    System.out.println("the slowest answers of the types over 100 ms (ms, at s since measuring began):");
    for (LoadStatistics.Row row : over) {
      System.out.printf("  %-32s %s%n", row.type(), statistics.slowest(row.type(), 5).stream()
          .map(answer -> String.format("%.0f at %.1f", answer.millis(), answer.endedAtSeconds())).collect(Collectors.joining(", ")));
    }
    System.out.printf("  the collector's pauses of 10 ms or more: %s%n", collectorPauses);
  }

  private static void printRow(LoadStatistics.Row row) {
    System.out.printf("%-34s %7d %6d %8.1f %8.1f %8.1f %8.1f%s%n", row.type(), row.count(), row.errors(), row.p50(), row.p95(),
        row.p99(), row.max(), overTarget(row) ? "   p95 over 100 ms" : "");
  }

  /** Issue 14's target: every request type's p95 under 100 ms. */
  private static boolean overTarget(LoadStatistics.Row row) {
    return row.p95() >= 100;
  }

  /** The statements that took the database's time between two snapshots of pg_stat_statements, the costliest first. */
  static void printStatements(Map<String, double[]> before, Map<String, double[]> after, int limit) {
    double[] none = new double[2];
    List<StatementCost> measured = after.entrySet().stream()
        .map(e -> new StatementCost(e.getKey().replaceAll("\\s+", " "),
            e.getValue()[0] - before.getOrDefault(e.getKey(), none)[0], e.getValue()[1] - before.getOrDefault(e.getKey(), none)[1]))
        .filter(statement -> statement.calls() > 0)
        // the autovacuum stand-in's own commands: autovacuum's workers in production, not statements of the day
        .filter(statement -> !statement.text().startsWith("vacuum ") && !statement.text().startsWith("analyze "))
        .toList();
    System.out.printf("statements taking the database's time while measuring (pg_stat_statements; %.0f in all, %.0f ms):%n",
        measured.stream().mapToDouble(StatementCost::calls).sum(), measured.stream().mapToDouble(StatementCost::millis).sum());
    print(measured, Comparator.comparingDouble(StatementCost::millis), limit);
    System.out.println("the statements run most often:");
    print(measured, Comparator.comparingDouble(StatementCost::calls), limit);
  }

  /** One statement's calls and time between two snapshots of {@code pg_stat_statements}. */
  private record StatementCost(String text, double calls, double millis) {}

  private static void print(List<StatementCost> statements, Comparator<StatementCost> by, int limit) {
    statements.stream().sorted(by.reversed()).limit(limit)
        .forEach(statement -> System.out.printf("  %8.0f ms %7.0f calls  %s%n", statement.millis(), statement.calls(),
            statement.text().substring(0, Math.min(160, statement.text().length()))));
  }

  /** The shared Tasklist filter "my groups' tasks", the one Tasklist opens first. */
  private static String groupsFilter(ConfigurableApplicationContext app) {
    return app.getBean(org.camunda.bpm.engine.FilterService.class).createFilterQuery().list().stream()
        .sorted(java.util.Comparator.comparing(f -> String.valueOf(f.getProperties().get("priority"))))
        .filter(f -> f.getName().toLowerCase().contains("grupper")).findFirst().orElseThrow().getId();
  }

  /** The follow-ups' next quarterly timers set due now, as an operator does in Cockpit: the round for every plan starts. */
  record RoundWatch(HistoryService history, int plans, long dueBefore, Date started) {

    static RoundWatch start(ConfigurableApplicationContext app) {
      ManagementService management = app.getBean(ManagementService.class);
      HistoryService history = app.getBean(HistoryService.class);
      Date now = new Date();
      long dueBefore = history.createHistoricTaskInstanceQuery().taskDefinitionKey(StatusRound.REVIEW_REPORT).unfinished().count();
      return new RoundWatch(history, roundsDueNow(management, now), dueBefore, now);
    }

    /**
     * The current quarter's follow-up timers (of these municipalities; of all without any) set due at {@code now}:
     * how many rounds that starts.
     */
    static int roundsDueNow(ManagementService management, Date now, String... tenants) {
      Date nextQuarterStart = Date.from(LocalDate.now().plusMonths(4).withDayOfMonth(1).atStartOfDay(ZoneId.systemDefault()).toInstant());
      var timers = management.createJobQuery().timers().activityId(FOLLOW_UP_TIMER).duedateLowerThan(nextQuarterStart);
      List<Job> due = (tenants.length == 0 ? timers : timers.tenantIdIn(tenants)).list();
      for (Job timer : due) {
        management.setJobDuedate(timer.getId(), now);
      }
      return due.size();
    }

    String describe(Date measuredUntil) {
      var drafts = history.createHistoricTaskInstanceQuery().taskDefinitionKey(StatusRound.REVIEW_REPORT).startedAfter(started)
          .startedBefore(measuredUntil);
      long drafted = drafts.count();
      var last = drafts.orderByHistoricActivityInstanceStartTime().desc().listPage(0, 1);
      String took = last.isEmpty() ? "-" : String.format("%.1f s", (last.get(0).getStartTime().getTime() - started.getTime()) / 1e3);
      return String.format("quarterly round: %d of %d plans pulled, assessed and drafted while measuring (the last after %s);"
          + " %d reviews were waiting before it started", drafted, plans, took, dueBefore);
    }
  }

  /**
   * Renders the last round's status reports of some plans directly (charts, draft and final, nothing stored),
   * again until the JIT compiler's share of the JVM's processor time in a pass is under
   * {@value StatusRoundBenchmark#SETTLED_COMPILING_PERCENT} %, or {@value #RENDER_WARM_UP_PASSES} passes. A node that
   * has served for a while has compiled the renderers; without this, the measured window was the first time
   * this JVM drew a chart or wrote a PDF, and its compiler took 30-40 % of the JVM's processor time while
   * measuring, on the cores the requests need.
   */
  static void warmUpRenderers(ConfigurableApplicationContext app, String url) throws Exception {
    List<StatusRoundBenchmark.PlanOf> plans = new ArrayList<>();
    Quarter quarter;
    try (Connection db = DriverManager.getConnection(url, LoadDatabase.USER, LoadDatabase.PASSWORD);
        ResultSet rows = db.createStatement().executeQuery("select plan_id, tenant_id, quarter from status_round"
            + " where quarter = (select max(quarter) from status_round) order by tenant_id limit " + RENDER_WARM_UP_PLANS)) {
      String last = null;
      while (rows.next()) {
        plans.add(new StatusRoundBenchmark.PlanOf(rows.getString(1), TenantId.of(rows.getString(2))));
        last = rows.getString(3);
      }
      if (last == null) {
        return;
      }
      quarter = Quarter.parse(last);
    }
    StatusRoundBenchmark.DirectRendering direct = new StatusRoundBenchmark.DirectRendering(app.getBean(PlanService.class),
        app.getBean(StatusReportAssembler.class), app.getBean(DocumentRenderer.class), app.getBean(TenantMunicipalities.class));
    double compiling = 100;
    int passes = 0;
    while (passes < RENDER_WARM_UP_PASSES && compiling >= StatusRoundBenchmark.SETTLED_COMPILING_PERCENT) {
      StatusRoundBenchmark.Compiling pass = StatusRoundBenchmark.Compiling.fromNow();
      StatusRoundBenchmark.renderDirectly(direct, plans, quarter);
      compiling = pass.percent();
      passes++;
    }
    System.out.printf("warm-up: %d plans' status reports of %s rendered directly %d times; the compiler took %.0f %% of the JVM's"
        + " processor time in the last%n", plans.size(), quarter, passes, compiling);
  }

  static final int RENDER_WARM_UP_PLANS = 20;
  static final int RENDER_WARM_UP_PASSES = 20;
  static final Duration COMPILING_WINDOW = Duration.ofSeconds(20);

  /**
   * The offices go on working until the JIT compiler's share of the JVM's processor time over the last
   * {@link #COMPILING_WINDOW} is under {@value StatusRoundBenchmark#SETTLED_COMPILING_PERCENT} %: at least
   * {@code --warm-up}, at most {@code --max-warm-up} from the start. On two cores a fresh JVM compiles for
   * minutes, and what is measured is meant to be a node that has served for a while.
   */
  static void untilCompiled(long warmUpStart, Duration least, Duration most) throws InterruptedException {
    while (true) {
      StatusRoundBenchmark.Compiling window = StatusRoundBenchmark.Compiling.fromNow();
      Thread.sleep(COMPILING_WINDOW.toMillis());
      double compiling = window.percent();
      Duration elapsed = Duration.ofNanos(System.nanoTime() - warmUpStart);
      if (elapsed.compareTo(least) >= 0 && compiling < StatusRoundBenchmark.SETTLED_COMPILING_PERCENT
          || elapsed.compareTo(most) >= 0) {
        System.out.printf("warm-up: %.0f s; the compiler took %.0f %% of the JVM's processor time in its last %d s%n",
            elapsed.toMillis() / 1e3, compiling, COMPILING_WINDOW.toSeconds());
        return;
      }
    }
  }

  /** What PostgreSQL and this JVM have done so far. */
  record Snapshot(double activeMillis, long processCpuNanos, Map<String, Long> seqRowsRead, Map<String, double[]> statements,
      Map<String, Long> cpuByRole, long collections, long collectingMillis) {

    static Snapshot take(String url) throws SQLException {
      Map<String, Long> scans = new LinkedHashMap<>();
      double active;
      try (Connection db = DriverManager.getConnection(url, LoadDatabase.USER, LoadDatabase.PASSWORD)) {
        try (ResultSet rows = db.createStatement().executeQuery(
            "select active_time from pg_stat_database where datname = current_database()")) {
          rows.next();
          active = rows.getDouble(1);
        }
        try (ResultSet rows = db.createStatement().executeQuery(
            "select relname, seq_tup_read from pg_stat_user_tables order by seq_tup_read desc")) {
          while (rows.next()) {
            scans.put(rows.getString(1), rows.getLong(2));
          }
        }
      }
      Map<String, Long> threads = new java.util.HashMap<>();
      StatusRoundBenchmark.cpuByThreadGroup().forEach((group, nanos) -> threads.merge(threadRole(group), nanos, Long::sum));
      StatusRoundBenchmark.jvmOwnThreadsNanos().forEach((role, nanos) -> threads.merge(role, nanos, Long::sum));
      long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
      long collections = 0;
      long collectingMillis = 0;
      for (java.lang.management.GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
        collections += Math.max(0, collector.getCollectionCount());
        collectingMillis += Math.max(0, collector.getCollectionTime());
      }
      return new Snapshot(active, cpu, scans, statements(url), threads, collections, collectingMillis);
    }

    /**
     * The statements' calls and time from pg_stat_statements, where the server loads it
     * ({@code shared_preload_libraries = 'pg_stat_statements'}); empty where it does not.
     */
    static Map<String, double[]> statements(String url) {
      Map<String, double[]> statements = new LinkedHashMap<>();
      try (Connection db = DriverManager.getConnection(url, LoadDatabase.USER, LoadDatabase.PASSWORD)) {
        db.createStatement().execute("create extension if not exists pg_stat_statements");
        try (ResultSet rows = db.createStatement().executeQuery("select query, calls, total_exec_time from pg_stat_statements"
            + " where dbid = (select oid from pg_database where datname = current_database())")) {
          while (rows.next()) {
            statements.merge(rows.getString(1), new double[] {rows.getLong(2), rows.getDouble(3)},
                (a, b) -> new double[] {a[0] + b[0], a[1] + b[1]});
          }
        }
      } catch (SQLException e) {
        // not loaded on this server: the busy time above still tells the database's share
      }
      return statements;
    }
  }

  /** One municipality's staff, taking turns at their work. */
  static final class Office {

    private static final List<String> PEOPLE = List.of("planner", "disability-council", "committee", "secretariat");

    final String tenantId;
    private final List<Staff> people;
    private final String filterId;
    private final long thinkMillis;
    private final BooleanSupplier mayStartCycle;
    private boolean cycleStarted;

    Office(String tenantId, int port, LoadStatistics statistics, String filterId, long thinkMillis,
        BooleanSupplier mayStartCycle) {
      this.tenantId = tenantId;
      this.people = PEOPLE.stream().map(role -> new Staff(tenantId + "." + role, "demo", port, statistics)).toList();
      this.filterId = filterId;
      this.thinkMillis = thinkMillis;
      this.mayStartCycle = mayStartCycle;
    }

    void logIn() {
      people.forEach(Staff::logIn);
    }

    void work(AtomicBoolean working) {
      int turn = 0;
      while (working.get()) {
        Staff person = people.get(turn++ % people.size());
        try {
          tasklist(person);
          if (person == people.get(0)) {
            readPlans(person);
          }
        } catch (RuntimeException e) {
          // recorded as an error by the request that failed; the office goes on, as staff do
        }
      }
    }

    /** Tasklist as a person uses it: the filters, the list, the first task opened, claimed and completed. */
    private void tasklist(Staff person) {
      think();
      person.tasklist("tasklist: filters with counts", "GET", "/filter?resourceType=Task&itemCount=true", null);
      think();
      JsonNode list = person.tasklistHal("tasklist: task list", "POST", "/filter/" + filterId + "/list?firstResult=0&maxResults=15",
          "{\"sorting\": [{\"sortBy\": \"created\", \"sortOrder\": \"desc\"}], \"active\": true}").json();
      JsonNode tasks = list.path("_embedded").path("task");
      if (tasks.isEmpty()) {
        if (person == people.get(0) && !cycleStarted && mayStartCycle.getAsBoolean()) {
          startCycle(person);
        }
        return;
      }
      JsonNode task = tasks.get(0);
      String id = task.path("id").asText();
      think();
      person.tasklist("tasklist: open task", "GET", "/task/" + id, null);
      JsonNode variables = person.tasklist("tasklist: form variables", "GET", "/task/" + id + "/form-variables?deserializeValues=false", null).json();
      person.tasklist("tasklist: form", "GET", "/task/" + id + "/deployed-form", null);
      think();
      if (task.path("assignee").isNull() || task.path("assignee").isMissingNode()) {
        person.tasklist("tasklist: claim", "POST", "/task/" + id + "/claim", "{\"userId\": \"" + person.userId + "\"}");
        think();
      }
      String taskKey = task.path("taskDefinitionKey").asText();
      person.tasklist("tasklist: complete " + taskKey.replaceFirst("^userTask_", ""), "POST", "/task/" + id + "/submit-form",
          formValues(taskKey, variables));
    }

    private void startCycle(Staff planner) {
      JsonNode plans = planner.api("api: plans", "/api/plans").json();
      int year = LocalDate.now().getYear() + 1;
      for (JsonNode plan : plans) {
        year = Math.max(year, plan.path("firstYear").asInt() + 1);
      }
      think();
      Staff.Response started = planner.tasklist("tasklist: start cycle", "POST", "/process-definition/key/"
          + AnnualPlanCycle.PROCESS_KEY + "/submit-form", "{\"variables\": {\"firstYear\": {\"value\": " + year + "}}}");
      cycleStarted = started.ok();
    }

    /** Årshjul's API as a planner reads it: the plans, one of them, its versions, changes and documents. */
    private void readPlans(Staff planner) {
      think();
      JsonNode plans = planner.api("api: plans", "/api/plans").json();
      if (!plans.isArray() || plans.isEmpty()) {
        return;
      }
      String planId = plans.get(ThreadLocalRandom.current().nextInt(plans.size())).path("id").asText();
      think();
      JsonNode plan = planner.api("api: plan", "/api/plans/" + planId).json();
      think();
      planner.api("api: versions", "/api/plans/" + planId + "/versions");
      int version = plan.path("version").asInt(1);
      if (version > 1) {
        think();
        planner.api("api: changes", "/api/plans/" + planId + "/versions/" + version + "/changes");
      }
      think();
      JsonNode documents = planner.api("api: documents", "/api/plans/" + planId + "/documents").json();
      if (documents.isArray() && !documents.isEmpty()) {
        think();
        JsonNode document = documents.get(ThreadLocalRandom.current().nextInt(documents.size()));
        planner.api("api: document download", "/api/plans/" + planId + "/documents/" + document.path("id").asText());
      }
    }

    private void think() {
      try {
        Thread.sleep(thinkMillis == 0 ? 0 : ThreadLocalRandom.current().nextLong(2 * thinkMillis));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    /** What the person enters in the task's form. */
    static String formValues(String taskKey, JsonNode formVariables) {
      ObjectNode variables = JSON.createObjectNode();
      switch (taskKey) {
        case AnnualPlanCycle.DRAFT_PLAN, AnnualPlanCycle.REVISE_PLAN -> json(variables, "focusAreas",
            DataGenerator.draft(LocalDate.now().getYear() + 1, 1).getValueSerialized());
        case AnnualPlanCycle.REQUEST_CONSULTATION -> {
          json(variables, "consultationBodies", "[\"disability-council\"]");
          variables.putObject("consultationDeadline").put("value", LocalDate.now().plusDays(30).toString());
        }
        case AnnualPlanCycle.CONSULTATION_RESPONSE -> variables.putObject("responseText").put("value", "Handicaprådet støtter planen.");
        case AnnualPlanCycle.COMMITTEE_RECOMMENDATION -> variables.putObject("committeeDecision").put("value", "approve");
        case AnnualPlanCycle.COUNCIL_ADOPTION -> {
          variables.putObject("councilDecision").put("value", "approve");
          variables.putObject("councilRemarks").put("value", "Vedtaget");
        }
        case StatusRound.REVIEW_REPORT -> {
          ArrayNode comments = JSON.createArrayNode();
          JsonNode goals = parse(formVariables.path(StatusRound.Var.GOAL_COMMENTS).path("value"));
          goals.forEach(goal -> comments.addObject().put("ref", goal.path("ref").asText()).put("comment", "På sporet."));
          json(variables, StatusRound.Var.GOAL_COMMENTS, comments.toString());
          variables.putObject(StatusRound.Var.STATUS_TEXT).put("value", "Udviklingen følger planen.");
        }
        case StatusRound.COMMITTEE_ORIENTATION -> variables.putObject("orientationNoted").put("value", true);
        default -> { }
      }
      return JSON.createObjectNode().set("variables", variables).toString();
    }

    private static void json(ObjectNode variables, String name, String json) {
      variables.putObject(name).put("type", "Json").put("value", json);
    }

    private static JsonNode parse(JsonNode value) {
      try {
        return value.isTextual() ? JSON.readTree(value.asText()) : value;
      } catch (java.io.IOException e) {
        return JSON.createArrayNode();
      }
    }
  }

  static Map<String, String> options(String[] args) {
    Map<String, String> given = new LinkedHashMap<>();
    for (String arg : args) {
      String[] pair = arg.replaceFirst("^--", "").split("=", 2);
      given.put(pair[0], pair.length > 1 ? pair[1] : "true");
    }
    return given;
  }

  static String copy(String source, String copy) throws SQLException {
    drop(copy);
    try (Connection admin = DriverManager.getConnection(LoadDatabase.SERVER + "postgres", LoadDatabase.USER, LoadDatabase.PASSWORD)) {
      admin.createStatement().execute("create database " + copy + " template " + source);
    }
    return LoadDatabase.SERVER + copy;
  }

  /**
   * PostgreSQL writes the plan of every statement slower than this to its log (auto_explain, loaded per
   * session): how to find what stands in the way without restarting the server for pg_stat_statements.
   */
  private static void explainSlowStatements(String database, int millis) throws SQLException {
    try (Connection admin = DriverManager.getConnection(LoadDatabase.SERVER + "postgres", LoadDatabase.USER, LoadDatabase.PASSWORD)) {
      admin.createStatement().execute("alter database " + database + " set session_preload_libraries = 'auto_explain'");
      admin.createStatement().execute("alter database " + database + " set auto_explain.log_min_duration = " + millis);
    }
  }

  static void drop(String database) throws SQLException {
    try (Connection admin = DriverManager.getConnection(LoadDatabase.SERVER + "postgres", LoadDatabase.USER, LoadDatabase.PASSWORD)) {
      admin.createStatement().execute("drop database if exists " + database + " with (force)");
    }
  }
}
