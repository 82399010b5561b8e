package dk.aarshjul.cluster;

import static dk.aarshjul.cluster.TwoNodesIT.*;
import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.followup.adapter.camunda.StatusRound;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the round left behind, counted in the database and through the API. */
final class RoundCounts {

  final List<PlanOf> plans;

  RoundCounts(List<PlanOf> plans) {
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
    note("  jobs left: %d %s (failed for good: %d, still pending: %d); incidents: %d %s", jobs, strings("select type_ || ' ' ||"
        + " coalesce(handler_type_, '') || ' due ' || coalesce(cast(duedate_ as varchar), '-') from act_ru_job"), failedJobs, pendingJobs,
        incidents, incidentMessages);
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
