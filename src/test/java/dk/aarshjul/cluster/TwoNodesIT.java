package dk.aarshjul.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.benchmark.StatusRoundBenchmark;
import dk.aarshjul.followup.adapter.camunda.StatusRound;
import dk.aarshjul.testing.Api;
import dk.aarshjul.testing.Balancer;
import dk.aarshjul.testing.LocalPostgres;
import dk.aarshjul.testing.NodeProcess;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
 * shipped {@code deploy/haproxy.cfg} (Camunda's homogeneous cluster, docs/adr/0012-two-nodes-one-database.md).
 * A Tasklist login made on one node holds on the other; a quarterly round for 20 plans survives node 1
 * killed with SIGKILL in the middle of it and a restart of PostgreSQL, and afterwards every report exists
 * exactly once, every job has finished or is an incident, and no task or figure is lost or doubled.
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
  /** Node 1 dies once this many plans have their final report: in the middle of the round, jobs on both nodes. */
  static final int KILL_AFTER_FINAL_REPORTS = 4;
  /** baseline-to-target, relative-change, not-worse-than, rank, relative-to-benchmark, direction, absolute-level, gap-to-benchmark. */
  static final List<Integer> GOALS_KEPT = List.of(0, 4, 6, 8, 10, 12, 13, 14);

  static final ObjectMapper JSON = new ObjectMapper();

  static LocalPostgres database;
  static NodeProcess node1;
  static NodeProcess node2;
  static Balancer balancer;
  static Api api;
  static final List<String> summary = java.util.Collections.synchronizedList(new ArrayList<>());

  @BeforeAll
  static void startTwoNodesAndTheBalancer() {
    database = LocalPostgres.start();
    List<String> settings = List.of("--spring.profiles.active=postgres,demo", "--spring.datasource.url=" + database.jdbcUrl(),
        "--spring.datasource.username=postgres", "--spring.datasource.password=",
        "--aarshjul.jobs.retry-cycle=" + TEST_RETRY_CYCLE,
        // an idle node looks for jobs every second or so, not after up to a minute
        "--camunda.bpm.job-execution.wait-time-in-millis=1000", "--camunda.bpm.job-execution.max-wait=5000",
        "--logging.level.org.camunda.bpm.engine.jobexecutor=INFO");
    node1 = new NodeProcess("node1", settings, LOGS);
    node2 = new NodeProcess("node2", settings, LOGS);
    long start = System.nanoTime();
    // the first start on an empty database creates the schemas, deploys and makes the demo data; the
    // second node starts on what the first made (docs/adr/0012: start one node first on a new database)
    node1.start().awaitReady(START);
    long node1Ready = System.nanoTime();
    node2.start().awaitReady(START);
    note("node1 (pid %d, port %d) ready after %.0f s on an empty database; node2 (pid %d, port %d) %.0f s after that",
        node1.pid(), node1.port(), (node1Ready - start) / 1e9, node2.pid(), node2.port(), (System.nanoTime() - node1Ready) / 1e9);
    balancer = Balancer.start(node1, node2, LOGS.resolve("haproxy.log"));
    balancer.awaitServing(Set.of("node1", "node2"), Duration.ofSeconds(30));
    api = Api.at(balancer.port());
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
    Browser browser = new Browser();
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
   * node 1 is killed with SIGKILL once some final reports exist, PostgreSQL restarts three seconds later,
   * node 1 starts again; the planners' reviews go through the balancer throughout.
   */
  @Test
  @Order(3)
  void aQuarterlyRoundSurvivesAKilledNodeAndADatabaseRestartWithEveryReportOnce() throws Exception {
    List<PlanOf> plans = adoptedPlans();
    Round round = new Round(plans);
    round.start();
    ScheduledExecutorService failures = Executors.newSingleThreadScheduledExecutor();
    try {
      failures.scheduleWithFixedDelay(round::bringAboutFailures, 0, 200, TimeUnit.MILLISECONDS);
      Awaitility.await("every plan's final report").atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(500))
          .ignoreExceptions().until(round::step);
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

    Counts counts = new Counts(plans);
    counts.check();
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

  /** The round as it runs: the planners' part, and the failures the test brings about at their moments. */
  static final class Round {

    final List<PlanOf> plans;
    final Map<String, PlanOf> byId = new HashMap<>();
    long start;
    volatile boolean killed;
    volatile long killedAt;
    volatile boolean databaseRestarted;
    volatile boolean node1Restarted;
    volatile int finalsAtKill;
    volatile int finalsAtRestart;
    int reviewsCompleted;

    Round(List<PlanOf> plans) {
      this.plans = plans;
      plans.forEach(p -> byId.put(p.id(), p));
    }

    void start() {
      start = System.nanoTime();
      for (PlanOf plan : plans) {
        Api.Response requested = api.as(plan.planner(), plan.password()).post("/api/plans/" + plan.id() + "/status-rounds",
            Map.of("quarter", QUARTER));
        assertThat(requested.status()).as(requested.toString()).isEqualTo(202);
      }
      event("round for %s requested for %d plans through the balancer", QUARTER, plans.size());
    }

    /** One turn of the planners' loop; true when every plan has its final report and nothing is left to do. */
    boolean step() throws SQLException {
      completeOpenReviews();
      return databaseRestarted && count(FINAL_REPORTS) == plans.size() && openReviews().isEmpty() && count(PENDING_JOBS) == 0;
    }

    /**
     * The failures, watched for every 200 ms beside the planners: SIGKILL to node 1 once a few final reports
     * exist, PostgreSQL restarted three seconds later, node 1 started again.
     */
    void bringAboutFailures() {
      try {
        if (!killed && count(FINAL_REPORTS) >= KILL_AFTER_FINAL_REPORTS) {
          String before = progress();
          node1.kill();
          killedAt = System.nanoTime();
          killed = true;
          finalsAtKill = count(FINAL_REPORTS);
          event("SIGKILL to node1 (pid %d); at that moment %s", node1.pid(), before);
        }
        if (killed && !databaseRestarted && System.nanoTime() - killedAt > 3_000_000_000L) {
          String before = progress();
          finalsAtRestart = count(FINAL_REPORTS);
          Duration away = database.restart();
          databaseRestarted = true;
          event("PostgreSQL restarted (pg_ctl restart -m fast, %.1f s); before it %s", away.toMillis() / 1e3, before);
        }
        if (databaseRestarted && !node1Restarted) {
          node1.start();
          node1Restarted = true;
          event("node1 starting again (pid %d)", node1.pid());
        }
      } catch (SQLException | RuntimeException e) {
        // the database is away for a moment: the next turn looks again
      }
    }

    /** The review tasks open now, by id, with their plan: what the planners see in Tasklist. */
    Map<String, String> openReviews() throws SQLException {
      Map<String, String> open = new LinkedHashMap<>();
      try (Connection db = database.connect(); PreparedStatement query = db.prepareStatement(
          "select t.id_, e.business_key_ from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_"
              + " where t.task_def_key_ = ?")) {
        query.setString(1, StatusRound.REVIEW_REPORT);
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            open.put(rows.getString(1), rows.getString(2));
          }
        }
      }
      return open;
    }

    /** Each planner reads the review form and submits it with a comment on the first goal, through the balancer. */
    void completeOpenReviews() throws SQLException {
      for (Map.Entry<String, String> review : openReviews().entrySet()) {
        PlanOf plan = byId.get(review.getValue());
        if (plan == null) {
          continue;
        }
        Api planner = api.as(plan.planner(), plan.password());
        Api.Response form = planner.get("/engine-rest/task/" + review.getKey() + "/form-variables?deserializeValues=false");
        if (form.status() != 200) {
          continue;
        }
        List<String> comments = new ArrayList<>();
        for (JsonNode goal : formList(form.json().path(StatusRound.Var.GOAL_COMMENTS).path("value"))) {
          String ref = goal.path("ref").asText();
          comments.add("{\"ref\": \"" + ref + "\", \"comment\": \"" + (ref.equals("1.1") ? commentOf(plan) : "") + "\"}");
        }
        Api.Response submitted = planner.post("/engine-rest/task/" + review.getKey() + "/submit-form", Map.of("variables", Map.of(
            StatusRound.Var.GOAL_COMMENTS, Map.of("type", "Json", "value", "[" + String.join(", ", comments) + "]"),
            StatusRound.Var.STATUS_TEXT, Map.of("value", "Gennemgået under klyngetesten."))));
        if (submitted.status() == 204) {
          reviewsCompleted++;
        }
      }
    }

    String progress() throws SQLException {
      return String.format("%d of %d final reports, %d drafts, %d reviews open, %d jobs locked, %d jobs waiting",
          count(FINAL_REPORTS), plans.size(),
          count("select count(*) from status_report where quarter = '" + QUARTER + "'"), openReviews().size(),
          count("select count(*) from act_ru_job where lock_owner_ is not null"), count(PENDING_JOBS));
    }

    void event(String format, Object... args) {
      note("t+%5.1f s  %s", (System.nanoTime() - start) / 1e9, String.format(format, args));
    }
  }

  static final String FINAL_REPORTS = "select count(*) from status_report where quarter = '" + QUARTER + "'"
      + " and finalised_at is not null";

  /** Jobs that still have work to do: not failed for good, not a timer set for later. */
  static final String PENDING_JOBS = "select count(*) from act_ru_job where retries_ > 0 and (duedate_ is null or duedate_ <= now()"
      + " or type_ <> 'timer')";

  static String commentOf(PlanOf plan) {
    return "Kommentar til " + plan.tenant() + " i " + QUARTER;
  }

  /** What the round left behind, counted in the database and through the API. */
  static final class Counts {

    final List<PlanOf> plans;

    Counts(List<PlanOf> plans) {
      this.plans = plans;
    }

    void check() throws SQLException {
      Map<String, Integer> rounds = perPlan("select plan_id, count(*) from status_round where quarter = ? group by plan_id");
      Map<String, Integer> reports = perPlan("select plan_id, count(*) from status_report where quarter = ? and finalised_at is not null"
          + " group by plan_id");
      Map<String, Integer> finalDocuments = perPlan("select d.plan_id, count(*) from plan_document d join status_round r on d.subject = r.id"
          + " where r.quarter = ? and d.label = 'ENDELIG' group by d.plan_id");
      Map<String, Integer> draftDocuments = perPlan("select d.plan_id, count(*) from plan_document d join status_round r on d.subject = r.id"
          + " where r.quarter = ? and d.label = 'UDKAST' group by d.plan_id");
      Map<String, Integer> reviews = perPlan("select p.business_key_, count(*) from act_hi_taskinst t join act_hi_procinst p"
          + " on p.id_ = t.proc_inst_id_ where t.task_def_key_ = '" + StatusRound.REVIEW_REPORT + "' group by p.business_key_");
      Map<String, Integer> completedReviews = perPlan("select p.business_key_, count(*) from act_hi_taskinst t join act_hi_procinst p"
          + " on p.id_ = t.proc_inst_id_ where t.task_def_key_ = '" + StatusRound.REVIEW_REPORT + "' and t.end_time_ is not null"
          + " and t.delete_reason_ = 'completed' group by p.business_key_");
      Map<String, Integer> orientations = perPlan("select e.business_key_, count(*) from act_ru_task t join act_ru_execution e"
          + " on e.id_ = t.proc_inst_id_ where t.task_def_key_ = '" + StatusRound.COMMITTEE_ORIENTATION + "'"
          + " group by e.business_key_");
      Map<String, Integer> finalisations = perPlan("select p.business_key_, count(*) from act_hi_actinst a join act_hi_procinst p"
          + " on p.id_ = a.proc_inst_id_ where a.act_id_ = '" + StatusRound.FINALISE_REPORT + "' and a.end_time_ is not null"
          + " group by p.business_key_");
      Map<String, Integer> commentaries = perPlan("select r.plan_id, count(*) from goal_commentary c join status_round r on r.id = c.round_id"
          + " where r.quarter = ? group by r.plan_id");
      Map<String, Integer> goalsInReports = goalsInReports();

      int jobs = count("select count(*) from act_ru_job");
      int failedJobs = count("select count(*) from act_ru_job where retries_ = 0");
      int incidents = count("select count(*) from act_ru_incident");
      List<String> incidentMessages = strings("select incident_type_ || ' at ' || activity_id_ || ': ' || coalesce(incident_msg_, '')"
          + " from act_ru_incident");
      int pendingJobs = count(PENDING_JOBS);
      int figures = count("select count(*) from indicator_value where period = '" + QUARTER + "'");
      int duplicateFigures = count("select count(*) from (select indicator_code, area_type, area_code, period from indicator_value"
          + " group by indicator_code, area_type, area_code, period having count(*) > 1) d");
      int revisedFigures = count("select count(*) from indicator_value_revision where period = '" + QUARTER + "'");
      int roundsStarted = count("select count(*) from act_hi_procinst where proc_def_key_ = '" + StatusRound.PROCESS_KEY + "'"
          + " and business_key_ in (select id from plan where first_year = 2025)");
      int roundsEndedAsAlreadyRun = count("select count(*) from act_hi_actinst where act_id_ = '" + StatusRound.ALREADY_RUN + "'");

      note("Counts after the round (%d plans, %s):", plans.size(), QUARTER);
      note("  status rounds per plan: %s", histogram(rounds));
      note("  final reports per plan: %s; final documents (PDF, Word, HTML) per plan: %s; drafts per plan: %s",
          histogram(reports), histogram(finalDocuments), histogram(draftDocuments));
      note("  review tasks per plan: %s (completed: %s); committee orientation tasks open per plan: %s",
          histogram(reviews), histogram(completedReviews), histogram(orientations));
      note("  'Færdiggør statusrapporten' completed per plan: %s; planner's comments per plan: %s; goals per report: %s",
          histogram(finalisations), histogram(commentaries), histogram(goalsInReports));
      note("  status round instances started: %d (%d ended at once as 'Kvartalet har allerede sin runde')", roundsStarted,
          roundsEndedAsAlreadyRun);
      note("  jobs left: %d (failed for good: %d, still pending: %d); incidents: %d %s", jobs, failedJobs, pendingJobs, incidents,
          incidentMessages);
      note("  figures of %s stored: %d; stored twice: %d; revised: %d", QUARTER, figures, duplicateFigures, revisedFigures);

      for (PlanOf plan : plans) {
        String of = plan.tenant() + "'s plan " + plan.id();
        assertThat(rounds.get(plan.id())).as("%s: one status round", of).isEqualTo(1);
        assertThat(reports.get(plan.id())).as("%s: one final report", of).isEqualTo(1);
        assertThat(finalDocuments.get(plan.id())).as("%s: the final report as PDF, Word and HTML, once each", of).isEqualTo(3);
        assertThat(draftDocuments.get(plan.id())).as("%s: one draft", of).isEqualTo(1);
        assertThat(reviews.get(plan.id())).as("%s: one review task", of).isEqualTo(1);
        assertThat(completedReviews.get(plan.id())).as("%s: the review completed", of).isEqualTo(1);
        assertThat(orientations.get(plan.id())).as("%s: one orientation task for the committee", of).isEqualTo(1);
        assertThat(finalisations.get(plan.id())).as("%s: the final report made once", of).isEqualTo(1);
        assertThat(commentaries.get(plan.id())).as("%s: the planner's one comment", of).isEqualTo(1);
        assertThat(goalsInReports.get(plan.id())).as("%s: each goal once in the report", of).isEqualTo(GOALS_KEPT.size());
        assertThat(documentsOfTheQuarter(plan)).as("%s: the documents the planner sees", of)
            .containsExactlyInAnyOrder("UDKAST/HTML", "ENDELIG/PDF", "ENDELIG/DOCX", "ENDELIG/HTML");
      }
      assertThat(pendingJobs).as("no job left but incidents").isZero();
      assertThat(failedJobs).as("every failed job is an incident the operator sees").isEqualTo(incidents);
      assertThat(incidents).as("the database restart and the killed node are retried, not incidents: %s", incidentMessages).isZero();
      assertThat(duplicateFigures).isZero();
      assertThat(revisedFigures).as("figures pulled again (a step run twice) are not revisions").isZero();
      assertThat(figures).isPositive();
    }

    private List<String> documentsOfTheQuarter(PlanOf plan) {
      List<String> found = new ArrayList<>();
      api.as(plan.planner(), plan.password()).get("/api/plans/" + plan.id() + "/documents").json().forEach(d -> {
        if (d.path("title").asText().endsWith(QUARTER_LABEL)) {
          found.add(d.path("label").asText() + "/" + d.path("format").asText());
        }
      });
      return found;
    }

    /** The goals in each plan's stored report, by their ref: each goal must be there once. */
    private Map<String, Integer> goalsInReports() throws SQLException {
      Map<String, Integer> goals = new HashMap<>();
      try (Connection db = database.connect(); PreparedStatement query = db.prepareStatement(
          "select plan_id, content from status_report where quarter = ?")) {
        query.setString(1, QUARTER);
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            goals.merge(rows.getString(1), distinctGoals(json(rows.getString(2))), Integer::sum);
          }
        }
      }
      return goals;
    }

    private Map<String, Integer> perPlan(String sql) throws SQLException {
      Map<String, Integer> counts = new HashMap<>();
      try (Connection db = database.connect(); PreparedStatement query = db.prepareStatement(sql)) {
        if (sql.contains("?")) {
          query.setString(1, QUARTER);
        }
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            counts.put(rows.getString(1), rows.getInt(2));
          }
        }
      }
      return counts;
    }

    /** How many plans have each count, e.g. {1=20}. */
    private String histogram(Map<String, Integer> perPlan) {
      Map<Integer, Integer> histogram = new TreeMap<>();
      for (PlanOf plan : plans) {
        histogram.merge(perPlan.getOrDefault(plan.id(), 0), 1, Integer::sum);
      }
      return histogram.toString();
    }
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

  /**
   * A browser's cookies, shared by every port on localhost as a browser shares them by host: the webapps'
   * session cookie and their XSRF token, whichever node set them.
   */
  static final class Browser {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

    void logInToTasklist(int port, String user, String password) {
      send(port, "GET", "/camunda/app/tasklist/default/", null);
      HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
              + "/camunda/api/admin/auth/user/default/login/tasklist"))
          .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrfToken())
          .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password, StandardCharsets.UTF_8)));
      assertThat(login.statusCode()).as("%s logs in to Tasklist: %s", user, login.body()).isEqualTo(200);
      send(port, "GET", "/camunda/app/tasklist/default/", null); // the login began a new session with a new token
    }

    HttpResponse<String> send(int port, String method, String path, String jsonBody) {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
          .header("Accept", "application/json")
          .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody));
      if (jsonBody != null) {
        request.header("Content-Type", "application/json");
      }
      if (!method.equals("GET")) {
        request.header("X-XSRF-TOKEN", csrfToken());
      }
      return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
      try {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new IllegalStateException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    private String csrfToken() {
      return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue)
          .reduce((first, latest) -> latest).orElseThrow(() -> new AssertionError("The webapps set no XSRF-TOKEN cookie"));
    }
  }
}
