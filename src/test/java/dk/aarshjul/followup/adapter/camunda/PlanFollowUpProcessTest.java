package dk.aarshjul.followup.adapter.camunda;

import dk.aarshjul.engine.PlanVariables;
import dk.aarshjul.testing.ProcessTestSupport;
import dk.aarshjul.testing.ProcessTestEngine;
import dk.aarshjul.planning.adapter.camunda.TaskDatesListener;
import dk.aarshjul.planning.adapter.camunda.PlanLabelListener;
import dk.aarshjul.testing.PlanFixtures;
import dk.aarshjul.engine.ProcessValues;
import static dk.aarshjul.testing.PlanFixtures.PLAN_ID;
import static dk.aarshjul.testing.ProcessTestEngine.FORM_JSON;
import static dk.aarshjul.testing.PlanFixtures.TAARNBY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dk.aarshjul.planning.application.PlanService;
import dk.aarshjul.followup.application.StatusRoundRepository.Claim;
import dk.aarshjul.followup.application.StatusRoundService;
import dk.aarshjul.followup.application.StatusReportService;
import dk.aarshjul.documents.domain.GoalReport;
import dk.aarshjul.goals.domain.GoalStatus;
import dk.aarshjul.documents.domain.StatusReport;
import java.time.OffsetDateTime;
import dk.aarshjul.shared.Quarter;
import dk.aarshjul.shared.ReportingPeriod;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The follow-up of an adopted plan: one status round per quarter of the period, and rounds on demand. */
class PlanFollowUpProcessTest extends ProcessTestSupport {

  static final StatusRoundService rounds = mock(StatusRoundService.class);
  static final StatusReport REPORT = new StatusReport(PLAN_ID, "Beskæftigelsesplan", "Tårnby Kommune", new Quarter(2027, 1),
      OffsetDateTime.parse("2027-04-01T08:00:00+02:00"), List.of(new GoalReport("1.1", "Unge", "Flere unge i uddannelse",
          "Fuldtidspersoner på uddannelseshjælp", "fra 150 til 120", "150 fuldtidspersoner (2025)", "140 fuldtidspersoner", ReportingPeriod.of("2027Q1"),
          "−10 fuldtidspersoner (−6,7 %)", GoalStatus.ON_TRACK, "140 fuldtidspersoner i 2027Q1 mod målet 120 i 2027.", List.of(),
          dk.aarshjul.documents.domain.GoalFigure.NONE)));
  static final dk.aarshjul.indicators.application.IndicatorPullService pulls =
      mock(dk.aarshjul.indicators.application.IndicatorPullService.class);

  io.micrometer.core.instrument.MeterRegistry meters;

  @BeforeEach
  void registerDelegates() {
    reset(rounds, reports, pulls, plans);
    when(rounds.open(eq(PLAN_ID), eq(TAARNBY), any(Quarter.class), anyBoolean(), anyString()))
        .thenAnswer(call -> new Claim("round-" + call.getArgument(2) + (Boolean.TRUE.equals(call.getArgument(3)) ? "-extra" : ""), true));
    when(reports.report(anyString(), eq(TAARNBY))).thenReturn(REPORT);
    when(plans.decidingMunicipalities(TAARNBY)).thenReturn(List.of(TAARNBY));
    Mocks.register("jobRetries", new dk.aarshjul.engine.JobRetries("R3/PT5M"));
    Mocks.register("scheduleStatusRoundsDelegate", new ScheduleStatusRoundsDelegate());
    Mocks.register("quarterRoundScheduleListener", new QuarterRoundScheduleListener());
    when(plans.document(PLAN_ID, java.util.List.of(TAARNBY))).thenReturn(new dk.aarshjul.planning.application.PlanDocument(
        PlanFixtures.aTaarnbyPlan2027(null), new dk.aarshjul.planning.domain.PlanContentReader(
            dk.aarshjul.testing.Catalogues.goalContext(dk.aarshjul.shared.PlanPeriod.ofYear(2027), java.util.Set.of()))
            .read(org.camunda.spin.Spin.JSON(PlanFixtures.aYouthFocusArea(null).getValueSerialized()).mapTo(java.util.List.class)),
        java.util.List.of(), java.util.List.of()));
    Mocks.register("pullRoundIndicatorsDelegate", new PullRoundIndicatorsDelegate(plans, pulls,
        new dk.aarshjul.indicators.application.AreaFigures(mock(dk.aarshjul.indicators.application.IndicatorStore.class),
            dk.aarshjul.testing.Catalogues.INDICATORS, dk.aarshjul.testing.Catalogues.SOURCES), java.time.Duration.ZERO, JUNE_2026));
    Mocks.register("openStatusRoundDelegate", new OpenStatusRoundDelegate(rounds, plans, JUNE_2026));
    ReportStepDelegates steps = new ReportStepDelegates();
    Mocks.register("assessGoalsDelegate", steps.assessGoalsDelegate(reports));
    Mocks.register("renderDraftReportDelegate", steps.renderDraftReportDelegate(reports));
    Mocks.register("finaliseReportDelegate", steps.finaliseReportDelegate(reports));
    Mocks.register("reviewReportListener", new ReviewReportListener(reports, rounds, new ReviewReportForm(reports), FORM_JSON));
    Mocks.register("committeeOrientationListener", new CommitteeOrientationListener(reports));
    meters = new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
    Mocks.register("statusRoundMetrics", new StatusRoundMetrics(engine.getHistoryService(), meters));
    when(plans.get(PLAN_ID, List.of(TAARNBY))).thenReturn(PlanFixtures.aTaarnbyPlan2027(null));
    Mocks.register("planLabelListener", new PlanLabelListener(plans));
    Mocks.register("taskDatesListener", new TaskDatesListener(JUNE_2026, dk.aarshjul.testing.Catalogues.consultationBodies()));
  }

  @ParameterizedTest(name = "{0}-{1} has {2} status rounds")
  @CsvSource({"2027, 2027, 4", "2019, 2022, 16", "2019, 2023, 20"})
  void everyQuarterOfThePlanPeriodGetsItsRound(int firstYear, int lastYear, int quarters) {
    ProcessInstance followUp = startFollowUp(firstYear, lastYear);
    ProcessTestEngine.executeAsyncJobs(engine);

    List<Job> timers = engine.getManagementService().createJobQuery().processInstanceId(followUp.getId()).timers()
        .orderByJobDuedate().asc().list();
    assertThat(timers).hasSize(quarters);
    assertThat(timers.get(0).getDuedate()).isEqualTo(ProcessValues.morningOf(LocalDate.of(firstYear, 4, 1)));
    assertThat(timers.get(quarters - 1).getDuedate()).isEqualTo(ProcessValues.morningOf(LocalDate.of(lastYear + 1, 1, 1)));

    timers.forEach(timer -> engine.getManagementService().executeJob(timer.getId()));
    ProcessTestEngine.executeAsyncJobs(engine);

    List<Task> reviews = engine.getTaskService().createTaskQuery().taskDefinitionKey(StatusRound.REVIEW_REPORT)
        .processInstanceBusinessKey(PLAN_ID).list();
    assertThat(reviews).hasSize(quarters)
        .allSatisfy(task -> {
          assertThat(task).hasCandidateGroup("taarnby-planner");
          assertThat(task.getTenantId()).isEqualTo(TAARNBY.value());
          assertThat(task.getDueDate()).isAfter(task.getFollowUpDate());
          // the listeners' today is the test's clock, not the engine's
          assertThat(task.getFollowUpDate()).isAfter(java.util.Date.from(JUNE_2026.instant()));
          assertThat(task.getName()).startsWith("Gennemse status og skriv kommentarer – Beskæftigelsesplan 2027 for Tårnby Kommune, ")
              .endsWith(". kvartal " + task.getName().substring(task.getName().length() - 4));
        });
    verify(rounds).open(eq(PLAN_ID), eq(TAARNBY), eq(new Quarter(firstYear, 1)), eq(false), anyString());
    verify(pulls).pullQuarterUnlessFresh(java.util.List.of("fuldtidspersoner-uddannelseshjaelp"), ReportingPeriod.quarter(firstYear, 1), java.time.Duration.ZERO, JUNE_2026);
    verify(pulls).pullQuarterUnlessFresh(java.util.List.of("fuldtidspersoner-uddannelseshjaelp"), ReportingPeriod.quarter(lastYear, 4), java.time.Duration.ZERO, JUNE_2026);
    verify(rounds).open(eq(PLAN_ID), eq(TAARNBY), eq(new Quarter(lastYear, 4)), eq(false), anyString());
    String firstRound = "round-" + firstYear + "Q1";
    verify(reports).assess(firstRound, TAARNBY);
    verify(reports).renderDraft(firstRound, TAARNBY);

    reviews.forEach(task -> engine.getFormService().submitTaskForm(task.getId(), Variables.createVariables()
        .putValue(StatusRound.Var.GOAL_COMMENTS, SpinValues.jsonValue("[{\"ref\": \"1.1\", \"goal\": \"…\", \"comment\": \"Flere i brobygning\"}]").create())
        .putValue(StatusRound.Var.STATUS_TEXT, "Målene følger planen")));
    verify(reports).writeCommentary(firstRound, TAARNBY, java.util.Map.of("1.1", "Flere i brobygning"), "system");
    verify(rounds).writeStatus(firstRound, TAARNBY, "Målene følger planen", "system");
    ProcessTestEngine.executeAsyncJobs(engine);
    verify(reports).finalise(firstRound, TAARNBY, "system");

    List<Task> orientations = engine.getTaskService().createTaskQuery().taskDefinitionKey(StatusRound.COMMITTEE_ORIENTATION)
        .processInstanceBusinessKey(PLAN_ID).list();
    assertThat(orientations).hasSize(quarters).allSatisfy(task -> assertThat(task).hasCandidateGroup("taarnby-committee"));
    orientations.forEach(task -> engine.getFormService().submitTaskForm(task.getId(),
        Variables.createVariables().putValue(OrientationForm.NOTED, true)));
    assertThat(engine.getManagementService().createJobQuery().activityId(StatusRound.END).count())
        .as("each round ends in a step of its own, after the committee's completion").isEqualTo(quarters);
    ProcessTestEngine.executeAsyncJobs(engine);
    assertThat(followUp).isEnded().hasPassed(PlanFollowUp.END);
    assertThat(meters.get(StatusRoundMetrics.ROUNDS).tag("tenant", TAARNBY.value()).timer().count())
        .as("each round's duration is measured when the committee is oriented").isEqualTo(quarters);
  }

  @Test
  void anImportedPlansFollowUpSchedulesTheQuartersFromItsImportOn() {
    ProcessInstance followUp = startFollowUp(2026, 2027, "2026Q3");
    ProcessTestEngine.executeAsyncJobs(engine);

    List<Job> timers = engine.getManagementService().createJobQuery().processInstanceId(followUp.getId()).timers()
        .orderByJobDuedate().asc().list();
    assertThat(timers).hasSize(6);
    assertThat(timers.get(0).getDuedate()).as("2026Q3's round").isEqualTo(ProcessValues.morningOf(LocalDate.of(2026, 10, 1)));
    assertThat(followUp).isActive();
  }

  @Test
  void aFollowUpWhosePeriodIsOverRunsARequestedRoundAndThenEnds() {
    ProcessInstance followUp = startFollowUp(2019, 2023, "2026Q3");
    engine.getRuntimeService().createMessageCorrelation(PlanFollowUp.MESSAGE_ROUND_REQUESTED)
        .processInstanceBusinessKey(PLAN_ID).tenantId(TAARNBY.value())
        .setVariableLocal(PlanFollowUp.Var.REQUESTED_QUARTER, "2021Q4")
        .correlate();
    ProcessTestEngine.executeAsyncJobs(engine);

    assertThat(engine.getManagementService().createJobQuery().processInstanceId(followUp.getId()).timers().count())
        .as("no quarter ahead").isZero();
    assertThat(followUp).hasPassed(PlanFollowUp.END).isWaitingAt(PlanFollowUp.ON_DEMAND_ROUND);
    verify(rounds).open(eq(PLAN_ID), eq(TAARNBY), eq(new Quarter(2021, 4)), eq(true), anyString());
    Task review = engine.getTaskService().createTaskQuery().taskDefinitionKey(StatusRound.REVIEW_REPORT)
        .processInstanceBusinessKey(PLAN_ID).singleResult();
    assertThat(engine.getTaskService().getVariable(review.getId(), StatusRound.Var.QUARTER_LABEL))
        .isEqualTo("ekstra status, 4. kvartal 2021");
  }

  @Test
  void aRoundCanBeRequestedBeforeACommitteeMeeting() {
    ProcessInstance followUp = startFollowUp(2027, 2027);
    ProcessTestEngine.executeAsyncJobs(engine);

    engine.getRuntimeService().createMessageCorrelation(PlanFollowUp.MESSAGE_ROUND_REQUESTED)
        .processInstanceBusinessKey(PLAN_ID).tenantId(TAARNBY.value())
        .setVariableLocal(PlanFollowUp.Var.REQUESTED_QUARTER, "2027Q1")
        .correlate();
    ProcessTestEngine.executeAsyncJobs(engine);

    verify(rounds).open(eq(PLAN_ID), eq(TAARNBY), eq(new Quarter(2027, 1)), eq(true), anyString());
    Task extra = engine.getTaskService().createTaskQuery().taskDefinitionKey(StatusRound.REVIEW_REPORT)
        .processInstanceBusinessKey(PLAN_ID).singleResult();
    assertThat(engine.getTaskService().getVariable(extra.getId(), StatusRound.Var.QUARTER_LABEL))
        .isEqualTo("ekstra status, 1. kvartal 2027");
    assertThat(extra.getName()).isEqualTo(
        "Gennemse status og skriv kommentarer – Beskæftigelsesplan 2027 for Tårnby Kommune, ekstra status, 1. kvartal 2027");
    assertThat(followUp).isWaitingAt(PlanFollowUp.ON_DEMAND_ROUND);
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(followUp.getId()).timers().count())
        .as("the quarterly rounds still wait").isEqualTo(4);
  }

  @Test
  void figuresThatCannotBePulledBecomeAnIncidentAndTheRoundGoesOnWhenRetried() {
    org.mockito.Mockito.when(pulls.pullQuarterUnlessFresh(org.mockito.ArgumentMatchers.anyList(), any(), any(), any()))
        .thenThrow(new dk.aarshjul.indicators.application.IndicatorSourceException("Jobindsats svarede ikke inden for 30 sekunder"));
    ProcessInstance round = engine.getRuntimeService().startProcessInstanceByKey(StatusRound.PROCESS_KEY, Variables.createVariables()
        .putValue(PlanVariables.TENANT, TAARNBY.value()).putValue(PlanVariables.PLAN_ID, PLAN_ID)
        .putValue(StatusRound.Var.QUARTER, "2027Q1").putValue(StatusRound.Var.ON_DEMAND, false)
        .putValue(PlanVariables.PLANNER_GROUP, "taarnby-planner"));
    var management = engine.getManagementService();
    for (int attempt = 0; attempt < 3; attempt++) {
      Job job = management.createJobQuery().processInstanceId(round.getId()).singleResult();
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> management.executeJob(job.getId()))
          .hasMessageContaining("Jobindsats svarede ikke");
    }
    var incident = engine.getRuntimeService().createIncidentQuery().processInstanceId(round.getId()).singleResult();
    assertThat(incident.getActivityId()).isEqualTo(StatusRound.PULL_INDICATORS);
    assertThat(incident.getIncidentMessage()).isEqualTo("Jobindsats svarede ikke inden for 30 sekunder");
    verify(rounds, org.mockito.Mockito.never()).open(any(), any(), any(), anyBoolean(), any());

    org.mockito.Mockito.reset(pulls);
    retryAsTheOperatorDoes(round);
  }

  /**
   * Assessing the goals runs in the job that opens the round, without a transaction of its own: a failure rolls
   * the opening back with it, the incident names the assessment as the step that failed, and the retry opens
   * and assesses again. The pull before them has committed and is not repeated.
   */
  @Test
  void anAssessmentThatFailsRollsBackToTheOpeningAndTheIncidentNamesTheAssessment() {
    when(reports.assess(anyString(), eq(TAARNBY))).thenThrow(new IllegalStateException("Målenes tal kunne ikke læses"));
    ProcessInstance round = startRound("2027Q1");
    var management = engine.getManagementService();
    management.executeJob(management.createJobQuery().processInstanceId(round.getId()).singleResult().getId());
    assertThat(round).isWaitingAt(StatusRound.OPEN_ROUND);
    for (int attempt = 0; attempt < 3; attempt++) {
      Job job = management.createJobQuery().processInstanceId(round.getId()).singleResult();
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> management.executeJob(job.getId()))
          .hasMessageContaining("Målenes tal kunne ikke læses");
      if (attempt == 0) {
        Job retried = management.createJobQuery().processInstanceId(round.getId()).singleResult();
        assertThat(retried.getRetries()).isEqualTo(2);
        assertThat(retried.getDuedate()).as("the opening's retry cycle, R3/PT5M")
            .isAfter(java.util.Date.from(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant().plusSeconds(4 * 60)));
      }
    }
    var incident = engine.getRuntimeService().createIncidentQuery().processInstanceId(round.getId()).singleResult();
    assertThat(incident.getActivityId()).as("where the retry begins").isEqualTo(StatusRound.OPEN_ROUND);
    assertThat(incident.getFailedActivityId()).as("the step that failed, as Cockpit shows it").isEqualTo(StatusRound.ASSESS_GOALS);
    assertThat(engine.getRuntimeService().getVariable(round.getId(), StatusRound.Var.ROUND_ID))
        .as("the opened round rolled back with the step").isNull();
    verify(rounds, org.mockito.Mockito.times(3)).open(eq(PLAN_ID), eq(TAARNBY), eq(new Quarter(2027, 1)), eq(false), anyString());

    org.mockito.Mockito.doReturn(REPORT).when(reports).assess(anyString(), eq(TAARNBY));
    retryAsTheOperatorDoes(round);
    verify(pulls, org.mockito.Mockito.times(1).description("the sources asked once")).pullQuarterUnlessFresh(
        java.util.List.of("fuldtidspersoner-uddannelseshjaelp"), ReportingPeriod.quarter(2027, 1), java.time.Duration.ZERO, JUNE_2026);
  }

  @Test
  void aQuarterWhoseRoundAnotherInstanceHasEndsWithoutASecondReport() {
    when(rounds.open(eq(PLAN_ID), eq(TAARNBY), any(Quarter.class), anyBoolean(), anyString()))
        .thenReturn(new Claim("round-of-another-instance", false));
    ProcessInstance round = startRound("2027Q1");
    ProcessTestEngine.executeAsyncJobs(engine);

    assertThat(round).isEnded().hasPassed(StatusRound.ALREADY_RUN).hasNotPassed(StatusRound.ASSESS_GOALS);
    verify(reports, org.mockito.Mockito.never()).assess(any(), any());
  }

  @Test
  void aCommentForAGoalTheReportDoesNotHaveIsRejectedAndTheTaskStaysOpen() {
    ProcessInstance round = startRound("2027Q1");
    ProcessTestEngine.executeAsyncJobs(engine);
    Task review = engine.getTaskService().createTaskQuery().processInstanceId(round.getId()).singleResult();
    assertThat(engine.getTaskService().getVariableLocal(review.getId(), StatusRound.Var.GOAL_COMMENTS).toString())
        .contains("1.1 Flere unge i uddannelse – På rette spor: 140 fuldtidspersoner i 2027Q1 mod målet 120 i 2027.");

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.getFormService().submitTaskForm(review.getId(),
            Variables.createVariables().putValue(StatusRound.Var.GOAL_COMMENTS,
                SpinValues.jsonValue("[{\"ref\": \"9.9\", \"comment\": \"x\"}]").create())))
        .hasMessageContaining("Kommentarer: rapporten har intet mål '9.9'");
    assertThat(round).isWaitingAt(StatusRound.REVIEW_REPORT);
    verify(reports, org.mockito.Mockito.never()).writeCommentary(any(), any(), any(), any());
  }

  /** The incident's job given a retry, as from Cockpit: the round goes on to the planner's review. */
  private void retryAsTheOperatorDoes(ProcessInstance round) {
    var management = engine.getManagementService();
    Job failed = management.createJobQuery().processInstanceId(round.getId()).singleResult();
    management.setJobRetries(failed.getId(), 1);
    management.executeJob(failed.getId());
    ProcessTestEngine.executeAsyncJobs(engine);
    assertThat(round).isWaitingAt(StatusRound.REVIEW_REPORT).hasPassedInOrder(StatusRound.PULL_INDICATORS, StatusRound.OPEN_ROUND,
        StatusRound.ASSESS_GOALS, StatusRound.RENDER_DRAFT);
  }

  private ProcessInstance startRound(String quarter) {
    return engine.getRuntimeService().startProcessInstanceByKey(StatusRound.PROCESS_KEY, Variables.createVariables()
        .putValue(PlanVariables.TENANT, TAARNBY.value()).putValue(PlanVariables.PLAN_ID, PLAN_ID)
        .putValue(StatusRound.Var.QUARTER, quarter).putValue(StatusRound.Var.ON_DEMAND, false)
        .putValue(PlanVariables.PLAN_TITLE, "Beskæftigelsesplan")
        .putValue(PlanVariables.PLANNER_GROUP, "taarnby-planner"));
  }

  private ProcessInstance startFollowUp(int firstYear, int lastYear) {
    return startFollowUp(firstYear, lastYear, null);
  }

  /** @param followFrom an imported plan's first scheduled quarter */
  private ProcessInstance startFollowUp(int firstYear, int lastYear, String followFrom) {
    return engine.getRuntimeService().createProcessInstanceByKey(PlanFollowUp.PROCESS_KEY)
        .businessKey(PLAN_ID)
        .setVariables(Variables.createVariables()
            .putValue(PlanFollowUp.Var.FOLLOW_FROM, followFrom)
            .putValue(PlanVariables.TENANT, TAARNBY.value())
            .putValue(PlanVariables.PLAN_ID, PLAN_ID)
            .putValue(PlanVariables.PLAN_TITLE, "Beskæftigelsesplan")
            .putValue(PlanVariables.FIRST_YEAR, firstYear)
            .putValue(PlanVariables.LAST_YEAR, lastYear)
            .putValue(PlanVariables.PLANNER_GROUP, "taarnby-planner"))
        .execute();
  }
}
