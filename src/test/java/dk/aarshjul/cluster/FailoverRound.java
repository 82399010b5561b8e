package dk.aarshjul.cluster;

import static dk.aarshjul.cluster.TwoNodesIT.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.aarshjul.followup.adapter.camunda.StatusRound;
import dk.aarshjul.testing.Api;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The round as it runs: the planners' part, and the failures the test brings about at their moments. */
final class FailoverRound {

  final List<PlanOf> plans;
  final Map<String, PlanOf> byId = new HashMap<>();
  long start;
  volatile boolean killed;
  volatile long killedAt;
  volatile boolean databaseRestarted;
  volatile boolean node1Restarted;
  volatile int finalsAtKill;
  volatile java.time.Instant killedAtClock;
  final Map<String, String> lockedAtKill = new java.util.concurrent.ConcurrentHashMap<>();
  /**
   * Of those, the ever-living ones (Camunda's history cleanup inside its batch window): one job id that runs
   * again and again by design, so "ran once" does not apply to them.
   */
  final java.util.Set<String> everLivingAtKill = java.util.concurrent.ConcurrentHashMap.newKeySet();
  /**
   * Jobs of the round seen locked before the kill, with their lock owner (one per node's job executor), to tell which
   * node that is. Not the history cleanup: both nodes run that one job, so its job log names both.
   */
  final Map<String, String> ownersSeen = new java.util.concurrent.ConcurrentHashMap<>();
  final Map<String, String> nodeOfOwner = new java.util.concurrent.ConcurrentHashMap<>();
  volatile int finalsAtRestart;
  int reviewsCompleted;
  /** What {@link #stalledFor} saw last, and since when. */
  private String lastProgress = "";
  private long lastProgressAt = System.nanoTime();

  FailoverRound(List<PlanOf> plans) {
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

  /**
   * Whether the round has stood still for the given time: no final report, draft, completed review or successful
   * job since. A slow machine keeps moving, only slower; a stuck round does not. While the database restarts
   * nothing can be counted, and that is not counted as standing still.
   */
  synchronized boolean stalledFor(Duration quiet) {
    String now;
    try {
      now = count(FINAL_REPORTS) + "/" + count(DRAFTS) + "/" + reviewsCompleted + "/"
          + count("select count(*) from act_hi_job_log where job_state_ = 2");
    } catch (SQLException | RuntimeException e) {
      return false;
    }
    if (!now.equals(lastProgress)) {
      lastProgress = now;
      lastProgressAt = System.nanoTime();
    }
    return System.nanoTime() - lastProgressAt > quiet.toNanos();
  }

  /** One turn of the planners' loop; true when every plan has its final report and nothing is left to do. */
  boolean step() throws SQLException {
    completeOpenReviews();
    return databaseRestarted && count(FINAL_REPORTS) == plans.size() && openReviews().isEmpty() && count(PENDING_JOBS) == 0;
  }

  /**
   * The failures, watched for every 200 ms beside the planners: SIGKILL to node 1 once a few final reports
   * exist and it holds jobs, PostgreSQL restarted while node 2 runs jobs, node 1 started again.
   */
  void bringAboutFailures() {
    try {
      if (!killed) {
        ownersSeen.putAll(lockedRoundJobs());
      }
      if (!killed && count(FINAL_REPORTS) >= KILL_AFTER_FINAL_REPORTS
          && (holdsLocks("node1") || count(FINAL_REPORTS) >= plans.size() / 2 - 2)) {
        String before = progress();
        lockedAtKill.putAll(lockedJobs());
        everLivingAtKill.addAll(strings("select id_ from act_ru_job where lock_owner_ is not null and handler_type_ = 'history-cleanup'"));
        node1.kill();
        killedAt = System.nanoTime();
        killedAtClock = java.time.Instant.now();
        killed = true;
        finalsAtKill = count(FINAL_REPORTS);
        event("SIGKILL to node1 (pid %d); at that moment %s", node1.pid(), before);
      }
      // the restart while node 2 is running steps (or ten seconds after the kill at the latest)
      if (killed && !databaseRestarted && (holdsLocks("node2") || System.nanoTime() - killedAt > 10_000_000_000L)) {
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
      if (plan == null || !killed && plans.indexOf(plan) >= plans.size() / 2) {
        // until node 1 is killed the planners of half the plans wait: on a quiet machine the whole round
        // took less time than it takes to see a node holding jobs, and the kill came after the last report
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

  /** Whether the node's job executor holds a job now: its lock owner is known by a job it has finished (the job log's host name). */
  boolean holdsLocks(String node) throws SQLException {
    for (String owner : new java.util.HashSet<>(lockedJobs().values())) {
      if (!nodeOfOwner.containsKey(owner)) {
        for (String job : ownersSeen.entrySet().stream().filter(e -> e.getValue().equals(owner)).map(Map.Entry::getKey).toList()) {
          List<String> ranOn = strings("select hostname_ from act_hi_job_log where job_state_ = 2 and job_id_ = '" + job + "'");
          if (!ranOn.isEmpty()) {
            nodeOfOwner.put(owner, ranOn.get(0));
            break;
          }
        }
      }
      if (node.equals(nodeOfOwner.get(owner))) {
        return true;
      }
    }
    return false;
  }

  /** The jobs locked at this moment, by id, with the owner's lock (one per node's job executor). */
  Map<String, String> lockedJobs() throws SQLException {
    return locked("select id_, lock_owner_ from act_ru_job where lock_owner_ is not null");
  }

  /** The same, without the ever-living history cleanup. */
  Map<String, String> lockedRoundJobs() throws SQLException {
    return locked("select id_, lock_owner_ from act_ru_job where lock_owner_ is not null and handler_type_ <> 'history-cleanup'");
  }

  private static Map<String, String> locked(String query) throws SQLException {
    Map<String, String> locked = new HashMap<>();
    try (Connection db = database.connect(); ResultSet rows = db.createStatement().executeQuery(query)) {
      while (rows.next()) {
        locked.put(rows.getString(1), rows.getString(2));
      }
    }
    return locked;
  }

  String progress() throws SQLException {
    return String.format("%d of %d final reports, %d drafts, %d reviews open, %d jobs locked, %d jobs waiting",
        count(FINAL_REPORTS), plans.size(),
        count(DRAFTS), openReviews().size(),
        count("select count(*) from act_ru_job where lock_owner_ is not null"), count(PENDING_JOBS));
  }

  void event(String format, Object... args) {
    note("t+%5.1f s  %s", (System.nanoTime() - start) / 1e9, String.format(format, args));
  }
}
