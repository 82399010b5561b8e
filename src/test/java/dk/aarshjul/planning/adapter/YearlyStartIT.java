package dk.aarshjul.planning.adapter;

import static dk.aarshjul.testing.PlanFixtures.anImportDecision;
import static dk.aarshjul.testing.PlanFixtures.anImportedPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.aarshjul.followup.adapter.camunda.PlanFollowUp;
import dk.aarshjul.goals.domain.GoalStatus;
import dk.aarshjul.planning.application.YearlyCycleStarts;
import dk.aarshjul.planning.domain.YearlyStart;
import dk.aarshjul.shared.TenantId;
import dk.aarshjul.testing.AarshjulIntegrationTest;
import dk.aarshjul.testing.Api;
import dk.aarshjul.testing.CycleDriver;
import dk.aarshjul.testing.Documents;
import dk.aarshjul.testing.Jobs;
import dk.aarshjul.testing.StatusRoundDriver;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The yearly start: on a municipality's day, the cycle for the coming year starts once, unless a plan covers the
 * year; a multi-year plan is revised where the municipality chose so; the new draft is a copy of the plan in force
 * and shows its results. The days are given to the start, as the scheduler gives it today's.
 */
@AarshjulIntegrationTest
class YearlyStartIT {

  static final String SYSTEM = "system";
  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired YearlyCycleStarts starts;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired JdbcClient jdbc;
  Api api;

  @BeforeEach
  void setUp() {
    api = Api.at(port);
  }

  @Test
  void onItsDayTheCycleForTheComingYearStartsOnceAndASecondPlanForTheYearIsRefusedByTheDatabase() {
    TenantId taarnby = TenantId.of("taarnby");

    YearlyCycleStarts.Result early = starts.startIfDue(taarnby, LocalDate.of(2055, 5, 31), SYSTEM);
    assertThat(early.decision().outcome()).isEqualTo(YearlyStart.Outcome.NOT_DUE);
    assertThat(early.started()).isFalse();
    assertThat(cyclesFor("taarnby", 2056)).isZero();

    YearlyStart decidedBefore = starts.decide(taarnby, LocalDate.of(2055, 6, 1));
    YearlyCycleStarts.Result onTheDay = starts.startIfDue(taarnby, LocalDate.of(2055, 6, 1), SYSTEM);
    assertThat(onTheDay.decision().outcome()).isEqualTo(YearlyStart.Outcome.NEW_PLAN);
    assertThat(onTheDay.started()).isTrue();
    assertThat(cyclesFor("taarnby", 2056)).isEqualTo(1);
    JsonNode plan = api.as("taarnby.planner").get("/api/plans/" + onTheDay.planId()).json();
    assertThat(plan.path("title").asText()).isEqualTo("Beskæftigelsesplan 2056 for Tårnby Kommune");
    assertThat(plan.path("createdBy").asText()).isEqualTo(SYSTEM);

    YearlyCycleStarts.Result again = starts.startIfDue(taarnby, LocalDate.of(2055, 6, 2), SYSTEM);
    assertThat(again.decision().outcome()).isEqualTo(YearlyStart.Outcome.PLAN_EXISTS);
    YearlyCycleStarts.Result stale = starts.carryOut(taarnby, decidedBefore, SYSTEM);
    assertThat(stale.started()).as("a run that looked before the first started").isFalse();
    assertThat(stale.stoppedByAnother()).isTrue();
    Jobs.runDue(management);
    assertThat(cyclesFor("taarnby", 2056)).isEqualTo(1);
    assertThat(plansOf("taarnby.planner", 2056)).hasSize(1);

    assertThatThrownBy(() -> jdbc.sql("insert into plan (id, tenant_id, title, first_year, last_year, status, current_version, created_at)"
            + " values ('second-2056', 'taarnby', 'Anden plan', 2056, 2056, 'DRAFT', 0, ?)").params(OffsetDateTime.now()).update())
        .as("not only a check: the database holds one plan per municipality and first year").isInstanceOf(DuplicateKeyException.class);
  }

  @Test
  void anAdoptedMultiYearPlanStandsOrIsRevisedForItsRemainingYearsAsTheMunicipalityChose() {
    TenantId vordingborg = TenantId.of("vordingborg");
    Api.Response imported = api.as("vordingborg.planner").post("/api/plans/imports", anImportedPlan("vordingborg", 2052, 2055,
        List.of(anImportDecision("COUNCIL", null, "2025-12-10T19:00:00+01:00", null))));
    assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
    String multiYear = imported.json().path("id").asText();
    Jobs.runDue(management);

    YearlyCycleStarts.Result stands = starts.startIfDue(vordingborg, LocalDate.of(2052, 6, 2), SYSTEM);
    assertThat(stands.decision().outcome()).isEqualTo(YearlyStart.Outcome.MULTI_YEAR_PLAN_STANDS);
    assertThat(plansOf("vordingborg.planner", 2053)).isEmpty();

    Api.Response revise = api.as("vordingborg.planner").put("/api/municipalities/vordingborg/yearly-start",
        Map.of("startDay", 1, "startMonth", 6, "reviseMultiYearPlans", true));
    assertThat(revise.status()).as(revise.toString()).isEqualTo(200);
    try {
      YearlyCycleStarts.Result revision = starts.startIfDue(vordingborg, LocalDate.of(2052, 6, 2), SYSTEM);
      assertThat(revision.decision().outcome()).isEqualTo(YearlyStart.Outcome.REVISION);
      Jobs.runDue(management);
      JsonNode plan = api.as("vordingborg.planner").get("/api/plans/" + revision.planId()).json();
      assertThat(plan.path("firstYear").asInt()).isEqualTo(2053);
      assertThat(plan.path("lastYear").asInt()).isEqualTo(2055);
      assertThat(plan.path("title").asText()).isEqualTo("Beskæftigelsesplan 2052-2055, vedtaget uden for Årshjul, revideret for 2053-2055");
      assertThat(plan.path("origin").path("revisionOf").asText()).isEqualTo(multiYear);
      assertThat(plan.path("origin").path("carriedOverFrom").asText()).as("the revision begins as the plan it revises").isEqualTo(multiYear);
      assertThat(plan.path("focusAreas").get(0).path("goals").get(0).path("deadline").asText()).isEqualTo("2055-12-31");
      assertThat(cyclesFor("vordingborg", 2053)).isEqualTo(1);

      assertThat(starts.startIfDue(vordingborg, LocalDate.of(2052, 9, 1), SYSTEM).decision().outcome())
          .isEqualTo(YearlyStart.Outcome.PLAN_EXISTS);
      assertThat(cyclesFor("vordingborg", 2053)).isEqualTo(1);

      String cycle = runtime.createProcessInstanceQuery().processDefinitionKey("annualPlanCycle")
          .processInstanceBusinessKey(revision.planId()).singleResult().getId();
      new CycleDriver(api, management, "vordingborg").driveToAdoption(cycle, 2053);
      assertThat(api.as("vordingborg.planner").get("/api/plans/" + revision.planId()).json().path("status").asText()).isEqualTo("ADOPTED");
      quarterEnds(multiYear, "2052Q4");
      quarterEnds(multiYear, "2053Q1");
      assertThat(api.as("vordingborg.planner").get("/api/plans/" + multiYear).json().path("statusRounds"))
          .as("the revised plan reports on its own year, the revision on the years it took over")
          .extracting(r -> r.path("quarter").asText()).containsExactly("2052Q4");
      assertThat(scheduledQuarters(revision.planId())).startsWith("2053Q1");
    } finally {
      api.as("vordingborg.planner").put("/api/municipalities/vordingborg/yearly-start", Map.of("startDay", 1, "startMonth", 6));
    }
  }

  @Test
  void theNewDraftIsACopyOfLastYearsAdoptedPlanAndShowsTheResultsOfItsFinalRound() throws Exception {
    Map<String, Object> lastYear = anImportedPlan("vordingborg", 2016, 2016,
        List.of(anImportDecision("COUNCIL", null, "2015-12-10T19:00:00+01:00", "Vedtaget")));
    addGoal(lastYear, Map.of("kind", "baseline-to-target", "targetGroup", "sickness-benefit",
        "text", "Andelen på sygedagpenge skal ned på landsgennemsnittet", "indicatorCode", "pct-arbejdsstyrken-sygedagpenge",
        "baselineValue", "3,5", "baselinePeriod", "2014", "targetValue", "2,8", "deadline", "2016-12-31",
        "benchmarks", List.of("country", "region:085")));
    Api.Response imported = api.as("vordingborg.planner").post("/api/plans/imports", lastYear);
    assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
    String inForce = imported.json().path("id").asText();
    Jobs.runDue(management);
    assertThat(api.as("vordingborg.planner").post("/api/plans/" + inForce + "/status-rounds", Map.of("quarter", "2016Q4")).status())
        .isEqualTo(202);
    Jobs.runDue(management);
    new StatusRoundDriver(api, management).finish(inForce, "vordingborg.planner", List.of("vordingborg.committee"), "1.2",
        "Sygefraværsindsatsen er styrket med en tidlig samtale.");
    Map<String, String> finalStatuses = finalStatuses(inForce);
    assertThat(finalStatuses).containsOnlyKeys("1.1", "1.2");
    assertThat(finalStatuses.values()).as("measured with the bundled figures of 2016").doesNotContain("NOT_MEASURABLE");

    YearlyCycleStarts.Result started = starts.startIfDue(TenantId.of("vordingborg"), LocalDate.of(2016, 6, 2), SYSTEM);
    assertThat(started.started()).isTrue();
    Jobs.runDue(management);

    JsonNode before = api.as("vordingborg.planner").get("/api/plans/" + inForce).json();
    JsonNode draft = api.as("vordingborg.planner").get("/api/plans/" + started.planId()).json();
    assertThat(draft.path("version").asInt()).as("the copy is the draft's first version").isEqualTo(1);
    assertThat(draft.path("origin").path("carriedOverFrom").asText()).isEqualTo(inForce);
    assertThat(draft.path("origin").path("carriedOverVersion").asInt()).isEqualTo(1);
    assertThat(api.as("vordingborg.planner").get("/api/plans/" + started.planId() + "/versions").json().get(0).path("createdBy").asText())
        .isEqualTo("årshjul (overført fra planen i kraft)");
    assertThat(draft.path("focusAreas").size()).isEqualTo(before.path("focusAreas").size());
    for (int a = 0; a < before.path("focusAreas").size(); a++) {
      JsonNode oldArea = before.path("focusAreas").get(a);
      JsonNode newArea = draft.path("focusAreas").get(a);
      assertThat(withoutGoals(newArea)).isEqualTo(withoutGoals(oldArea));
      assertThat(newArea.path("goals").size()).isEqualTo(oldArea.path("goals").size());
      for (int g = 0; g < oldArea.path("goals").size(); g++) {
        ObjectNode oldGoal = oldArea.path("goals").get(g).deepCopy();
        ObjectNode newGoal = newArea.path("goals").get(g).deepCopy();
        assertThat(newGoal.remove("deadline").asText()).as("moved into the new year")
            .isEqualTo(oldGoal.remove("deadline").asText().replace("2016-", "2017-"));
        assertThat(newGoal).as("goal %s.%s", a + 1, g + 1).isEqualTo(oldGoal);
      }
    }

    JsonNode task = draftTask("vordingborg.planner", started.planId());
    JsonNode variables = api.as("vordingborg.planner").get("/engine-rest/task/" + task.path("id").asText()
        + "/form-variables?deserializeValues=false").json();
    assertThat(variables.path("carriedOver").path("value").asText())
        .startsWith("Overført fra Beskæftigelsesplan 2016, vedtaget uden for Årshjul (version 1) – ret det, der skal ændres.");
    assertThat(variables.path("lastYearHeading").path("value").asText()).isEqualTo("Resultater for 2016");
    assertThat(variables.path("lastYearBasis").path("value").asText()).startsWith("Status for 4. kvartal 2016 på ");
    JsonNode results = JSON.readTree(variables.path("lastYearResults").path("value").asText());
    Map<String, String> shown = new HashMap<>();
    results.forEach(goal -> shown.put(goal.path("ref").asText(), goal.path("status").asText()));
    assertThat(shown).as("the final round's statuses").isEqualTo(labels(finalStatuses));
    assertThat(results.get(1).path("commentary").asText()).isEqualTo("Sygefraværsindsatsen er styrket med en tidlig samtale.");
    assertThat(results.get(1).path("comparisons").asText()).contains("hele landet");
    assertThat(results.get(1).path("latest").asText()).endsWith("(4. kvartal 2016)");

    String html = api.as("vordingborg.planner").get("/api/plans/" + started.planId() + "/plan-document?format=html").body();
    assertThat(html).contains("Resultater for 2016", "Sygefraværsindsatsen er styrket med en tidlig samtale.");
    Api.Download pdf = api.as("vordingborg.planner").getBytes("/api/plans/" + started.planId() + "/plan-document?format=pdf");
    String pdfText = Documents.pdfText(pdf.bytes()).replaceAll("\\s+", " ");
    assertThat(pdfText).contains("Resultater for 2016", "Kommentar til udvalget");
    labels(finalStatuses).values().forEach(label -> assertThat(pdfText).contains(label));
  }

  @Test
  void aMunicipalitysDayIsItsOwnAndTheRunStartsEveryOnboardedMunicipalityOnce() {
    Api.Response august = api.as("ishoej.planner").put("/api/municipalities/ishoej/yearly-start",
        Map.of("startDay", 15, "startMonth", 8));
    assertThat(august.status()).as(august.toString()).isEqualTo(200);
    try {
      assertThat(starts.startIfDue(TenantId.of("ishoej"), LocalDate.of(2057, 8, 14), SYSTEM).decision().outcome())
          .isEqualTo(YearlyStart.Outcome.NOT_DUE);
      assertThat(starts.startIfDue(TenantId.of("ishoej"), LocalDate.of(2057, 8, 15), SYSTEM).started()).isTrue();
      assertThat(cyclesFor("ishoej", 2058)).isEqualTo(1);
    } finally {
      api.as("ishoej.planner").put("/api/municipalities/ishoej/yearly-start", Map.of("startDay", 1, "startMonth", 6));
    }

    List<YearlyCycleStarts.Result> first = starts.startDue(LocalDate.of(2058, 6, 2), SYSTEM);
    List<YearlyCycleStarts.Result> second = starts.startDue(LocalDate.of(2058, 6, 3), SYSTEM);

    List<String> onboarded = new ArrayList<>();
    api.as("operator").get("/api/municipalities").json().forEach(m -> {
      if (m.path("onboarded").asBoolean()) {
        onboarded.add(m.path("tenantId").asText());
      }
    });
    assertThat(first).filteredOn(YearlyCycleStarts.Result::started).extracting(r -> r.tenantId().value())
        .containsExactlyInAnyOrderElementsOf(onboarded);
    assertThat(second).noneMatch(YearlyCycleStarts.Result::started);
    Jobs.runDue(management);
    for (String municipality : onboarded) {
      assertThat(cyclesFor(municipality, 2059)).as(municipality).isEqualTo(1);
    }
  }

  /** The plan's follow-up reaches the end of a quarter: its timer fires and the round runs as far as it can alone. */
  private void quarterEnds(String planId, String quarter) {
    Execution waiting = runtime.createExecutionQuery().processInstanceBusinessKey(planId).activityId(PlanFollowUp.QUARTER_END).list()
        .stream().filter(e -> quarter.equals(runtime.getVariable(e.getId(), PlanFollowUp.Var.QUARTER))).findFirst().orElseThrow();
    Job timer = management.createJobQuery().executionId(waiting.getId()).timers().singleResult();
    management.executeJob(timer.getId());
    Jobs.runDue(management);
  }

  private List<String> scheduledQuarters(String planId) {
    return runtime.createExecutionQuery().processInstanceBusinessKey(planId).activityId(PlanFollowUp.QUARTER_END).list().stream()
        .map(e -> (String) runtime.getVariable(e.getId(), PlanFollowUp.Var.QUARTER)).sorted().toList();
  }

  private long cyclesFor(String municipality, int year) {
    return runtime.createProcessInstanceQuery().processDefinitionKey("annualPlanCycle").tenantIdIn(municipality)
        .variableValueEquals("firstYear", year).count();
  }

  private List<JsonNode> plansOf(String user, int firstYear) {
    return CycleDriver.plansOf(api, user, firstYear);
  }

  private JsonNode draftTask(String user, String planId) {
    JsonNode tasks = api.as(user).get("/engine-rest/task?taskDefinitionKey=userTask_draftPlan&processInstanceBusinessKey=" + planId).json();
    assertThat(tasks).hasSize(1);
    return tasks.get(0);
  }

  /** Every goal's status in the round's final report as stored: goal ref → status. */
  private Map<String, String> finalStatuses(String planId) throws Exception {
    String content = jdbc.sql("select content from status_report where plan_id = ? and finalised_at is not null").params(planId)
        .query(String.class).single();
    Map<String, String> statuses = new HashMap<>();
    JSON.readTree(content).path("goals").forEach(goal -> statuses.put(goal.path("ref").asText(), goal.path("status").asText()));
    return statuses;
  }

  private static Map<String, String> labels(Map<String, String> statuses) {
    Map<String, String> labels = new HashMap<>();
    statuses.forEach((ref, status) -> labels.put(ref, GoalStatus.valueOf(status).danishLabel()));
    return labels;
  }

  private static JsonNode withoutGoals(JsonNode area) {
    ObjectNode copy = area.deepCopy();
    copy.remove("goals");
    return copy;
  }

  @SuppressWarnings("unchecked")
  private static void addGoal(Map<String, Object> plan, Map<String, Object> goal) {
    Map<String, Object> area = ((List<Map<String, Object>>) plan.get("focusAreas")).get(0);
    List<Map<String, Object>> goals = new ArrayList<>((List<Map<String, Object>>) area.get("goals"));
    goals.add(new HashMap<>(goal));
    area.put("goals", goals);
  }
}
