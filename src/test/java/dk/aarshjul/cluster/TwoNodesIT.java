package dk.aarshjul.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.benchmark.StatusRoundBenchmark;
import dk.aarshjul.followup.adapter.camunda.StatusRound;
import dk.aarshjul.shared.DanishTime;
import dk.aarshjul.testing.Api;
import dk.aarshjul.testing.Balancer;
import dk.aarshjul.testing.BrowserTest;
import dk.aarshjul.testing.LocalPostgres;
import dk.aarshjul.testing.NodeProcess;
import dk.aarshjul.testing.Tasklist;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two Årshjul nodes, each in its own JVM on its own port, on one PostgreSQL, behind HAProxy with the
 * shipped {@code deploy/haproxy.cfg} (Camunda's homogeneous cluster, docs/adr/0014-two-nodes-one-database.md).
 * A Tasklist login made on one node holds on the other; a quarterly round for 20 plans survives node 1
 * killed with SIGKILL in the middle of it and a restart of PostgreSQL, and afterwards every report exists
 * exactly once, every job has finished or is an incident, and no task or figure is lost or doubled; then
 * Tasklist in Chromium works through the balancer on both nodes.
 *
 * <p>The database is a PostgreSQL server of the test's own ({@link LocalPostgres}), so restarting it
 * disturbs no other test. What was killed when, and the counts, are printed and written to
 * {@code target/cluster/summary.txt}; the nodes' logs are in {@code target/cluster/}.
 */
@Tag("postgres")
@ExtendWith(Balancer.Available.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

  static final Path LOGS = Path.of("target/cluster");
  static final int PLANS = 20;
  static final String QUARTER = "2025Q4";
  static final String QUARTER_LABEL = "4. kvartal 2025";
  static final String NEW_USERS_PASSWORD = "kvartal-2025";
  /** A failed step is tried again after ten seconds here (R3/PT5M in production; see JobRetries). */
  static final String TEST_RETRY_CYCLE = "R3/PT10S";
  static final Duration START = Duration.ofMinutes(3);
  /** How long the failover round may stand still before the test calls it stuck. */
  static final Duration STALLED = Duration.ofMinutes(2);
  /** Node 1 dies once this many plans have their final report and it holds jobs: in the middle of the round. */
  static final int KILL_AFTER_FINAL_REPORTS = 4;
  /** baseline-to-target, relative-change, not-worse-than, rank, relative-to-benchmark, direction, absolute-level, gap-to-benchmark. */
  static final List<Integer> GOALS_KEPT = List.of(0, 4, 6, 8, 10, 12, 13, 14);

  static final ObjectMapper JSON = new ObjectMapper();

  static LocalPostgres database;
  static NodeProcess node1;
  static NodeProcess node2;
  static Balancer balancer;
  static Api api;
  static List<PlanOf> roundPlans = List.of();
  static final List<String> summary = java.util.Collections.synchronizedList(new ArrayList<>());

  @BeforeAll
  static void startTwoNodesAndTheBalancer() {
    database = LocalPostgres.start();
    List<String> settings = List.of("--spring.profiles.active=postgres,demo", "--spring.datasource.url=" + database.jdbcUrl(),
        "--spring.datasource.username=postgres", "--spring.datasource.password=",
        "--aarshjul.jobs.retry-cycle=" + TEST_RETRY_CYCLE,
        // an idle node looks for jobs every second or so, not after up to a minute
        "--camunda.bpm.job-execution.wait-time-in-millis=1000", "--camunda.bpm.job-execution.max-wait=5000",
        // the jobs node 1 held when it was killed are taken over once their locks expire: after 30 s here
        // (60 s in production), still ten times the longest step of the round on this machine
        "--camunda.bpm.job-execution.lock-time-in-millis=30000",
        "--logging.level.org.camunda.bpm.engine.jobexecutor=INFO");
    node1 = new NodeProcess("node1", withHostname(settings, "node1"), LOGS);
    node2 = new NodeProcess("node2", withHostname(settings, "node2"), LOGS);
    long start = System.nanoTime();
    // the first start on an empty database creates the schemas, deploys and makes the demo data; the
    // second node starts on what the first made (docs/adr/0014: start one node first on a new database)
    node1.start().awaitReady(START);
    long node1Ready = System.nanoTime();
    node2.start().awaitReady(START);
    note("node1 (pid %d, port %d) ready after %.0f s on an empty database; node2 (pid %d, port %d) %.0f s after that",
        node1.pid(), node1.port(), (node1Ready - start) / 1e9, node2.pid(), node2.port(), (System.nanoTime() - node1Ready) / 1e9);
    balancer = Balancer.start(node1, node2, LOGS.resolve("haproxy.log"));
    balancer.awaitServing(Set.of("node1", "node2"), Duration.ofSeconds(30));
    api = Api.at(balancer.port());
  }

  /** The engine's host name, which the job log records with every job run and failure. */
  static List<String> withHostname(List<String> settings, String node) {
    List<String> named = new ArrayList<>(settings);
    named.add("--camunda.bpm.generic-properties.properties.hostname=" + node);
    return named;
  }

  @AfterAll
  static void stopEverything() throws IOException {
    if (database != null) {
      Files.createDirectories(LOGS);
      Files.copy(database.serverLog(), LOGS.resolve("postgresql.log"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    for (AutoCloseable part : new AutoCloseable[] {balancer, node1, node2, database}) {
      try {
        if (part != null) {
          part.close();
        }
      } catch (Exception e) {
        System.err.println("Stopping " + part + ": " + e);
      }
    }
    Files.createDirectories(LOGS);
    Files.write(LOGS.resolve("summary.txt"), summary);
  }

  @Test
  @Order(1)
  void theSecondNodeStartsOnTheFirstNodesDatabaseWithoutMakingAnythingTwice() throws SQLException {
    assertThat(count("select count(*) from act_re_deployment where name_ = 'aarshjul'"))
        .as("the second node found the processes deployed and deployed nothing").isEqualTo(1);
    assertThat(count("select count(*) from aarshjul_schema_history where success"))
        .as("Flyway ran each migration once").isEqualTo(count("select count(distinct version) from aarshjul_schema_history where success"));
    assertThat(count("select count(*) from act_id_user where id_ = 'taarnby.planner'")).isEqualTo(1);
    assertThat(count("select count(*) from act_ru_filter")).as("the two shared Tasklist filters, once").isEqualTo(2);
    assertThat(count("select count(*) from plan where tenant_id = 'taarnby'")).as("the demo's example plan, once").isEqualTo(1);
  }

  /**
   * Spring Session JDBC: the login made on node 1 is in the database, so node 2 and the balancer's round
   * robin serve the same user, reads and writes (with the webapps' CSRF token) alike, and a logout on one
   * node ends the session on both.
   */
  @Test
  @Order(2)
  void aTasklistLoginMadeOnNodeOneHoldsOnNodeTwoAndThroughTheBalancer() throws SQLException {
    TasklistBrowser browser = new TasklistBrowser();
    browser.logInToTasklist(node1.port(), "taarnby.planner", Api.DEMO_PASSWORD);

    HttpResponse<String> whoOnNode2 = browser.send(node2.port(), "GET", "/camunda/api/admin/auth/user/default", null);
    assertThat(whoOnNode2.statusCode()).as("node 2 knows the login node 1 made: %s", whoOnNode2.body()).isEqualTo(200);
    assertThat(json(whoOnNode2.body()).path("userId").asText()).isEqualTo("taarnby.planner");

    // a write through node 2: Tasklist's start form, with the CSRF token node 1 handed out
    HttpResponse<String> definitions = browser.send(node2.port(), "GET",
        "/camunda/api/engine/engine/default/process-definition?key=annualPlanCycle&latestVersion=true", null);
    assertThat(definitions.statusCode()).as(definitions.body()).isEqualTo(200);
    String definition = json(definitions.body()).get(0).path("id").asText();
    HttpResponse<String> started = browser.send(node2.port(), "POST",
        "/camunda/api/engine/engine/default/process-definition/" + definition + "/submit-form",
        "{\"variables\": {\"firstYear\": {\"value\": 2031}}}");
    assertThat(started.statusCode()).as("Tasklist's start form through node 2: %s", started.body()).isEqualTo(200);
    String instance = json(started.body()).path("id").asText();

    // the cycle's first step runs on whichever node's job executor takes it; the draft task is read and
    // claimed through the balancer, request by request on alternating nodes
    String draftTask = Awaitility.await("the planner's draft task").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
        .until(() -> {
          JsonNode tasks = json(browser.send(balancer.port(), "GET",
              "/camunda/api/engine/engine/default/task?processInstanceId=" + instance, null).body());
          return tasks.size() == 1 ? tasks.get(0).path("id").asText() : null;
        }, java.util.Objects::nonNull);
    HttpResponse<String> claimed = browser.send(balancer.port(), "POST", "/camunda/api/engine/engine/default/task/" + draftTask + "/claim",
        "{\"userId\": \"taarnby.planner\"}");
    assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(204);

    Set<String> servedBy = new HashSet<>();
    for (int i = 0; i < 6; i++) {
      HttpResponse<String> who = browser.send(balancer.port(), "GET", "/camunda/api/engine/engine/default/task?assignee=taarnby.planner", null);
      assertThat(who.statusCode()).as("request %d through the balancer: %s", i, who.body()).isEqualTo(200);
      assertThat(json(who.body()).findValuesAsText("id")).contains(draftTask);
      who.headers().firstValue(Balancer.NODE_HEADER).ifPresent(servedBy::add);
    }
    assertThat(servedBy).as("round robin: the user's requests went to both nodes").containsExactlyInAnyOrder("node1", "node2");
    assertThat(count("select count(*) from spring_session")).as("the login is in the database").isPositive();
    note("Tasklist login of taarnby.planner made on node1; read, started a cycle and claimed its task through node2 and "
        + "the balancer (requests answered by %s)", servedBy);

    HttpResponse<String> logout = browser.send(node2.port(), "POST", "/camunda/api/admin/auth/user/default/logout", null);
    assertThat(logout.statusCode()).isEqualTo(200);
    HttpResponse<String> afterLogout = browser.send(node1.port(), "GET", "/camunda/api/engine/engine/default/task", null);
    assertThat(afterLogout.statusCode()).as("logged out on node 2 is logged out on node 1").isEqualTo(401);
  }

  /**
   * 20 adopted plans of eight goals each, a round for the fourth quarter of 2025 for all of them at once;
   * node 1 is killed with SIGKILL once some final reports exist and it holds jobs, PostgreSQL restarts while
   * node 2 runs jobs, node 1 starts again; the planners' reviews go through the balancer throughout.
   */
  @Test
  @Order(3)
  void aQuarterlyRoundSurvivesAKilledNodeAndADatabaseRestartWithEveryReportOnce() throws Exception {
    List<PlanOf> plans = adoptedPlans();
    roundPlans = plans;
    TasklistBrowser committee = new TasklistBrowser();
    committee.logInToTasklist(node1.port(), "taarnby.committee", Api.DEMO_PASSWORD);
    FailoverRound round = new FailoverRound(plans);
    round.start();
    ScheduledExecutorService failures = Executors.newSingleThreadScheduledExecutor();
    try {
      failures.scheduleWithFixedDelay(round::bringAboutFailures, 0, 200, TimeUnit.MILLISECONDS);
      // a limit for a stuck round, not for a slow machine: it fails once nothing has moved for two minutes
      // (on a busy CI machine node 1 took 110 s to start and the round twice as long as alone, yet it kept moving)
      Awaitility.await("every plan's final report").atMost(Duration.ofMinutes(12)).pollInterval(Duration.ofMillis(500))
          .failFast("the round stood still for two minutes", () -> round.stalledFor(STALLED)).ignoreExceptions().until(round::step);
    } finally {
      failures.shutdownNow();
    }
    assertThat(round.finalsAtKill).as("node 1 died in the middle of the round").isBetween(1, PLANS - 1);
    assertThat(round.finalsAtRestart).as("the database restarted in the middle of the round").isLessThan(PLANS);
    round.event("every plan has its final report; %d reviews completed by the planners", round.reviewsCompleted);
    if (!node1.isAlive() || !node1.ready()) {
      node1.awaitReady(START);
      round.event("node1 ready again");
    }

    // the committee member logged in on node 1 before it died reads the orientation through the balancer
    HttpResponse<String> orientation = committee.send(balancer.port(), "GET", "/camunda/api/engine/engine/default/task?taskDefinitionKey="
        + StatusRound.COMMITTEE_ORIENTATION, null);
    assertThat(orientation.statusCode()).as("still logged in after node 1 died: %s", orientation.body()).isEqualTo(200);
    assertThat(json(orientation.body())).as("Tårnby's orientation task").hasSize(1);
    round.event("taarnby.committee, logged in on node1 before the kill, still logged in: sees its orientation task (answered by %s)",
        orientation.headers().firstValue(Balancer.NODE_HEADER).orElse("?"));

    new RoundCounts(plans).check();
    new RoundJobLog(round).report();
  }

  /**
   * Tasklist in a real browser through the balancer, round robin: its pages, scripts and API calls go to
   * both nodes (node 1 started again after the kill) on one login, and the committee completes its orientation.
   */
  @Test
  @Order(4)
  @BrowserTest
  void theCommitteeCompletesItsOrientationInTasklistThroughTheBalancer() throws Exception {
    PlanOf taarnby = roundPlans.stream().filter(p -> p.tenant().equals("taarnby")).findFirst().orElseThrow();
    String orientation = strings("select t.id_ from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_ where t.task_def_key_ = '"
        + StatusRound.COMMITTEE_ORIENTATION + "' and e.business_key_ = '" + taarnby.id() + "'").get(0);
    long logBefore = Files.readAllLines(LOGS.resolve("haproxy.log")).size();
    try (Tasklist tasklist = new Tasklist(balancer.port())) {
      tasklist.logIn("taarnby.committee");
      tasklist.openAndClaim(orientation, "Orientering: status på beskæftigelsesplanen", "Status");
      tasklist.screenshot("screenshots/cluster/orientation-through-the-balancer");
      tasklist.tick("Udvalget har taget orienteringen til efterretning");
      tasklist.complete();
    }
    Awaitility.await("the orientation completed").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
        .until(() -> count("select count(*) from act_ru_task where id_ = '" + orientation + "'") == 0);
    List<String> browserRequests = Files.readAllLines(LOGS.resolve("haproxy.log")).stream().skip(logBefore)
        .filter(line -> line.contains("/camunda/")).toList();
    long onNode1 = browserRequests.stream().filter(line -> line.contains("aarshjul_nodes/node1")).count();
    long onNode2 = browserRequests.stream().filter(line -> line.contains("aarshjul_nodes/node2")).count();
    note("Tasklist in Chromium through the balancer as taarnby.committee: %d requests answered by node1, %d by node2, one login;"
        + " the orientation completed (target/screenshots/cluster/orientation-through-the-balancer.png)", onNode1, onNode2);
    assertThat(onNode1).as("the browser's requests on node 1").isPositive();
    assertThat(onNode2).as("the browser's requests on node 2").isPositive();
  }

  /**
   * The yearly start run on both nodes at the same moment (the operator's "run it now", as the morning runs on every
   * node do): every onboarded municipality gets one plan for the coming year and one cycle, whichever node came first.
   */
  @Test
  @Order(5)
  void theYearlyStartOnBothNodesAtOnceStartsEachMunicipalitysYearOnce() throws Exception {
    int planYear = LocalDate.now(DanishTime.ZONE).getYear() + 1;
    CyclicBarrier together = new CyclicBarrier(2);
    List<CompletableFuture<Api.Response>> runs = new ArrayList<>();
    for (NodeProcess node : List.of(node1, node2)) {
      runs.add(CompletableFuture.supplyAsync(() -> {
        try {
          together.await();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
        return Api.at(node.port()).as("operator").post("/api/yearly-starts", Map.of());
      }));
    }
    int startedByNode1 = 0;
    int startedByNode2 = 0;
    for (int i = 0; i < runs.size(); i++) {
      Api.Response run = runs.get(i).get(2, TimeUnit.MINUTES);
      assertThat(run.status()).as(run.toString()).isEqualTo(200);
      int started = 0;
      for (JsonNode line : run.json()) {
        started += line.hasNonNull("planId") ? 1 : 0;
      }
      if (i == 0) {
        startedByNode1 = started;
      } else {
        startedByNode2 = started;
      }
    }
    int onboarded = count("select count(*) from municipality_onboarding");
    assertThat(startedByNode1 + startedByNode2).as("each municipality's year started by one node or the other").isEqualTo(onboarded);
    assertThat(count("select count(*) from plan where first_year = " + planYear)).isEqualTo(onboarded);
    assertThat(count("select count(distinct tenant_id) from plan where first_year = " + planYear)).isEqualTo(onboarded);
    assertThat(count("select count(*) from act_hi_procinst i join plan p on p.id = i.business_key_ where i.proc_def_key_ = 'annualPlanCycle'"
        + " and p.first_year = " + planYear)).as("one cycle per plan").isEqualTo(onboarded);
    note("yearly start for %d on both nodes at once: node1 started %d municipalities' cycles, node2 %d, %d onboarded, one plan"
        + " and one cycle each", planYear, startedByNode1, startedByNode2, onboarded);
  }

  /** 20 plans for 2025, adopted by their councils: the five demo municipalities' and 15 onboarded by the operator. */
  private List<PlanOf> adoptedPlans() {
    List<PlanOf> plans = new ArrayList<>();
    for (String tenant : List.of("taarnby", "ishoej", "vallensbaek", "broendby", "vordingborg")) {
      plans.add(new PlanOf(null, tenant, tenant + ".planner", Api.DEMO_PASSWORD));
    }
    JsonNode municipalities = api.as("operator").get("/api/municipalities").json();
    for (JsonNode municipality : municipalities) {
      if (plans.size() == PLANS) {
        break;
      }
      if (!municipality.path("onboarded").asBoolean()) {
        String tenant = municipality.path("tenantId").asText();
        Api.Response onboarded = api.as("operator").put("/api/municipalities/" + tenant + "/onboarding", Map.of("users", List.of(
            user(tenant + ".planner", "planner", municipality.path("name").asText()),
            user(tenant + ".committee", "committee", municipality.path("name").asText()))));
        assertThat(onboarded.status()).as(onboarded.toString()).isEqualTo(201);
        plans.add(new PlanOf(null, tenant, tenant + ".planner", NEW_USERS_PASSWORD));
      }
    }
    List<PlanOf> imported = new ArrayList<>();
    for (PlanOf plan : plans) {
      Api.Response response = api.as(plan.planner(), plan.password()).post("/api/plans/imports", Map.of(
          "municipality", plan.tenant(), "title", "Beskæftigelsesplan 2025", "firstYear", 2025, "lastYear", 2025,
          "focusAreas", planContent(),
          "decisions", List.of(Map.of("body", "COUNCIL", "municipality", plan.tenant(), "decidedAt", "2024-12-12T19:00:00+01:00"))));
      assertThat(response.status()).as("%s imports its plan: %s", plan.planner(), response).isEqualTo(201);
      imported.add(new PlanOf(response.json().path("id").asText(), plan.tenant(), plan.planner(), plan.password()));
    }
    return imported;
  }

  /** The benchmark's plan cut to one goal of each of its eight kinds, so a round of 20 plans renders in minutes on two cores. */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> planContent() {
    Map<String, Object> area = new HashMap<>(StatusRoundBenchmark.goals(2025).get(0));
    List<Map<String, Object>> goals = (List<Map<String, Object>>) area.get("goals");
    area.put("goals", GOALS_KEPT.stream().map(goals::get).toList());
    return List.of(area);
  }

  private static Map<String, Object> user(String id, String role, String municipalityName) {
    return Map.of("id", id, "firstName", role.equals("planner") ? "Planlægger" : "Udvalg", "lastName", municipalityName,
        "email", id + "@demo.aarshjul.dk", "password", NEW_USERS_PASSWORD, "roles", List.of(role));
  }

  record PlanOf(String id, String tenant, String planner, String password) {}

  static final String DRAFTS = "select count(*) from status_report where quarter = '" + QUARTER + "'";
  static final String FINAL_REPORTS = "select count(*) from status_report where quarter = '" + QUARTER + "'"
      + " and finalised_at is not null";

  /**
   * Jobs that still have work to do: due now, or failed and waiting to be tried again; not those failed for
   * good, nor those set for later (a timer, Camunda's history cleanup in its nightly window).
   */
  static final String PENDING_JOBS = "select count(*) from act_ru_job where retries_ > 0 and (duedate_ is null or duedate_ <= now()"
      + " or exception_msg_ is not null)";

  static String commentOf(PlanOf plan) {
    return "Kommentar til " + plan.tenant() + " i " + QUARTER;
  }

  /** The goals of a stored report, by their distinct refs; -1 when a ref occurs twice. */
  static int distinctGoals(JsonNode report) {
    List<String> refs = report.findValuesAsText("ref");
    return new HashSet<>(refs).size() == refs.size() ? refs.size() : -1;
  }

  static List<JsonNode> formList(JsonNode value) {
    JsonNode list = value.isTextual() ? json(value.asText()) : value;
    List<JsonNode> items = new ArrayList<>();
    list.forEach(items::add);
    return items;
  }

  static int count(String sql) throws SQLException {
    try (Connection db = database.connect(); ResultSet rows = db.createStatement().executeQuery(sql)) {
      rows.next();
      return rows.getInt(1);
    }
  }

  static List<String> strings(String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection db = database.connect(); ResultSet rows = db.createStatement().executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new IllegalStateException("Not JSON: " + text, e);
    }
  }

  static void note(String format, Object... args) {
    String line = String.format(format, args);
    System.out.println("[cluster] " + line);
    summary.add(line);
  }

}
