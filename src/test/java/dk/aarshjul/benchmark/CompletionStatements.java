package dk.aarshjul.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import dk.aarshjul.benchmark.GenerateData.LoadDatabase;
import dk.aarshjul.planning.adapter.camunda.AnnualPlanCycle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What each of Tasklist's steps asks of the database, one request at a time with nothing else running: offices
 * of the generated ten years ({@link GenerateData}) start next year's cycle and take it through every task in
 * Tasklist's own API, as {@link LoadBenchmark}'s offices do, and then the quarter's round (review, orientation).
 * The job executor is off; the steps' jobs are run between requests, so a request's statements are its own. For
 * each request type: the statements PostgreSQL counted (pg_stat_statements, before and after each request; a
 * rewritten batch of inserts counts once per group of rows), the time on the clock, and the statements it sends
 * most. Statements are a count that does not change with the machine's speed: what a request's round trips to the
 * database cost under load (LoadBenchmark) grows with them.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dk.aarshjul.benchmark.CompletionStatements \
 *     -Dexec.args="--offices=6"
 * </pre>
 * ({@code --most=60}: every statement of a request type, not only the eight it sends most).
 *
 * Needs {@code shared_preload_libraries = 'pg_stat_statements'} on the server. Runs on a copy of the generated
 * database, dropped afterwards.
 */
public final class CompletionStatements {

  /** How many of a request type's statements it prints, the most sent first ({@code --most=N}). */
  private static final int MOST_SENT = 8;
  private static final int MAX_STEPS = 40;

  private final Map<String, List<Measured>> byType = new LinkedHashMap<>();
  private final String url;
  private final int mostSent;

  private CompletionStatements(String url, int mostSent) {
    this.url = url;
    this.mostSent = mostSent;
  }

  /** One request: its time on the clock and the calls of each statement it sent. */
  record Measured(double millis, Map<String, Long> calls) {

    long statements() {
      return calls.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = LoadBenchmark.options(args);
    int offices = Integer.parseInt(options.getOrDefault("offices", "6"));
    int mostSent = Integer.parseInt(options.getOrDefault("most", String.valueOf(MOST_SENT)));
    String source = options.getOrDefault("database", "aarshjul_load");
    LoadBenchmark.vacuumAsAutovacuumWould(LoadDatabase.SERVER + source);
    String url = LoadBenchmark.copy(source, source + "_statements");
    try {
      LoadDatabase.analyse(url);
      if (LoadBenchmark.Snapshot.statements(url).isEmpty()) {
        throw new IllegalStateException("pg_stat_statements is not loaded on this server (shared_preload_libraries)");
      }
      try (ConfigurableApplicationContext app = LoadDatabase.start(url, 98,
          List.of("--server.port=0", "--camunda.bpm.job-execution.enabled=false"))) {
        new CompletionStatements(url, mostSent).run(app, LoadDatabase.firstTenants(offices));
      }
    } finally {
      LoadBenchmark.drop(source + "_statements");
    }
  }

  private void run(ConfigurableApplicationContext app, List<String> tenants) {
    int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    ManagementService management = app.getBean(ManagementService.class);
    TaskService tasks = app.getBean(TaskService.class);
    IdentityService identity = app.getBean(IdentityService.class);
    LoadStatistics statistics = new LoadStatistics();
    Map<String, Staff> people = new HashMap<>();
    System.out.printf("Statements per request: %d offices, one request at a time, the job executor off, on %s%n", tenants.size(), url);
    // the first office's steps warm the JVM up and are left out: the statements are the same, the times are not
    for (int round = 0; round < 2; round++) {
      List<String> offices = round == 0 ? tenants.subList(0, 1) : tenants.subList(1, tenants.size());
      boolean measuring = round == 1;
      for (String tenant : offices) {
        Staff planner = person(people, tenant + ".planner", port, statistics);
        int year = LocalDate.now().getYear() + 1;
        for (JsonNode plan : planner.api("api: plans", "/api/plans").json()) {
          year = Math.max(year, plan.path("firstYear").asInt() + 1);
        }
        String start = "{\"variables\": {\"firstYear\": {\"value\": " + year + "}}}";
        measure(measuring, "start cycle", () -> planner.tasklist("tasklist: start cycle", "POST",
            "/process-definition/key/" + AnnualPlanCycle.PROCESS_KEY + "/submit-form", start));
        runJobs(management);
        workThrough(tenant, tasks, identity, management, people, port, statistics, measuring);
      }
      // the quarter's round of these offices' current plans, as an operator starts it in Cockpit
      LoadBenchmark.RoundWatch.roundsDueNow(management, new Date(), offices.toArray(String[]::new));
      runJobs(management);
      for (String tenant : offices) {
        workThrough(tenant, tasks, identity, management, people, port, statistics, measuring);
      }
    }
    print();
  }

  /** Every task of the office, taken and completed through its form by a person of its group, until none is left. */
  private void workThrough(String tenant, TaskService tasks, IdentityService identity, ManagementService management,
      Map<String, Staff> people, int port, LoadStatistics statistics, boolean measuring) {
    for (int step = 0; step < MAX_STEPS; step++) {
      List<Task> open = tasks.createTaskQuery().tenantIdIn(tenant).active().orderByTaskCreateTime().asc().listPage(0, 1);
      if (open.isEmpty()) {
        return;
      }
      Task task = open.get(0);
      String group = tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId).filter(g -> g != null)
          .findFirst().orElseThrow(() -> new IllegalStateException("Task " + task.getTaskDefinitionKey() + " has no group"));
      String userId = identity.createUserQuery().memberOfGroup(group).listPage(0, 1).stream()
          .map(org.camunda.bpm.engine.identity.User::getId).findFirst()
          .orElseThrow(() -> new IllegalStateException("Nobody in " + group));
      Staff person = person(people, userId, port, statistics);
      String key = task.getTaskDefinitionKey().replaceFirst("^userTask_", "");
      String id = task.getId();
      measure(measuring, "open task", () -> person.tasklist("tasklist: open task", "GET", "/task/" + id, null));
      JsonNode[] variables = new JsonNode[1];
      measure(measuring, "form variables", () -> {
        Staff.Response response = person.tasklist("tasklist: form variables", "GET", "/task/" + id + "/form-variables?deserializeValues=false", null);
        variables[0] = response.json();
        return response;
      });
      measure(measuring, "claim", () -> person.tasklist("tasklist: claim", "POST", "/task/" + id + "/claim", "{\"userId\": \"" + userId + "\"}"));
      measure(measuring, "complete " + key, () -> person.tasklist("tasklist: complete " + key, "POST", "/task/" + id + "/submit-form",
          LoadBenchmark.Office.formValues(task.getTaskDefinitionKey(), variables[0])));
      runJobs(management);
    }
    throw new IllegalStateException(tenant + " still has tasks after " + MAX_STEPS + " steps");
  }

  private static Staff person(Map<String, Staff> people, String userId, int port, LoadStatistics statistics) {
    return people.computeIfAbsent(userId, id -> {
      Staff staff = new Staff(id, "demo", port, statistics);
      staff.logIn();
      return staff;
    });
  }

  private void measure(boolean measuring, String type, Supplier<Staff.Response> request) {
    Map<String, double[]> before = LoadBenchmark.Snapshot.statements(url);
    long start = System.nanoTime();
    Staff.Response response = request.get();
    double millis = (System.nanoTime() - start) / 1e6;
    Map<String, double[]> after = LoadBenchmark.Snapshot.statements(url);
    if (!response.ok()) {
      throw new IllegalStateException(type + ": " + response);
    }
    if (!measuring) {
      return;
    }
    Map<String, Long> calls = new HashMap<>();
    after.forEach((query, now) -> {
      long delta = (long) (now[0] - before.getOrDefault(query, new double[2])[0]);
      if (delta > 0 && !ownQuery(query)) {
        calls.put(query, delta);
      }
    });
    byType.computeIfAbsent(type, t -> new ArrayList<>())
        .add(new Measured(millis, calls));
  }

  /** The snapshots' own statements and their connections' set-up. */
  private static boolean ownQuery(String query) {
    return query.contains("pg_stat_statements") || query.startsWith("SET extra_float_digits") || query.startsWith("SET application_name");
  }

  /** The due jobs, run one after another as the job executor would, until none is due. */
  private static void runJobs(ManagementService management) {
    for (int pass = 0; pass < 100; pass++) {
      List<Job> due = management.createJobQuery().executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
    throw new IllegalStateException("Jobs still due after 100 passes");
  }

  private void print() {
    System.out.printf("%n(times: a JVM warmed up by one office only, the machine otherwise idle; compare the statements)%n");
    System.out.printf("%-34s %5s %11s %9s%n", "request type", "count", "statements", "ms (p50)");
    byType.forEach((type, measured) -> System.out.printf("%-34s %5d %11.0f %9.1f%n", type, measured.size(),
        median(measured.stream().mapToDouble(Measured::statements).toArray()), median(measured.stream().mapToDouble(Measured::millis).toArray())));
    byType.forEach((type, measured) -> {
      Map<String, Long> total = new HashMap<>();
      measured.forEach(m -> m.calls().forEach((query, calls) -> total.merge(query, calls, Long::sum)));
      System.out.printf("%n%s: the statements it sends most, per request%n", type);
      total.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).limit(mostSent)
          .forEach(e -> {
            String text = e.getKey().replaceAll("\\s+", " ");
            System.out.printf("  %5.1f  %s%n", (double) e.getValue() / measured.size(), text.substring(0, Math.min(150, text.length())));
          });
    });
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
