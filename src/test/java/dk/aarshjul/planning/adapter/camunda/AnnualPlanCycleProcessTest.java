package dk.aarshjul.planning.adapter.camunda;

import dk.aarshjul.shared.TenantId;
import dk.aarshjul.testing.PlanFixtures;
import dk.aarshjul.testing.ProcessTestEngine;
import dk.aarshjul.planning.application.FollowUps;
import dk.aarshjul.engine.ProcessValues;
import dk.aarshjul.tenancy.application.ConsultationBodies;
import dk.aarshjul.testing.ProcessTestSupport;
import static dk.aarshjul.planning.adapter.camunda.AnnualPlanCycle.*;
import static dk.aarshjul.testing.PlanFixtures.PLAN_ID;
import static dk.aarshjul.testing.ProcessTestEngine.FORM_JSON;
import static dk.aarshjul.testing.PlanFixtures.TAARNBY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dk.aarshjul.shared.DanishTime;
import dk.aarshjul.planning.application.NationalGoalsRepository;
import dk.aarshjul.planning.application.PlanService;
import dk.aarshjul.goals.domain.BaselineCheck;
import dk.aarshjul.planning.domain.Decision;
import dk.aarshjul.planning.domain.DecisionResult;
import dk.aarshjul.planning.domain.Plan;
import dk.aarshjul.planning.domain.PlanContent;
import dk.aarshjul.documents.application.DocumentFormat;
import dk.aarshjul.documents.application.DocumentStore;
import dk.aarshjul.documents.application.DocumentStore.StoredDocument;
import dk.aarshjul.planning.application.PlanDocumentService;
import dk.aarshjul.testing.Catalogues;
import dk.aarshjul.tenancy.domain.MunicipalityCatalog;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every path of the annual plan cycle, with the plan's use cases mocked. */
class AnnualPlanCycleProcessTest extends ProcessTestSupport {


  static final NationalGoalsRepository nationalGoals = mock(NationalGoalsRepository.class);
  static final FollowUps followUps = mock(FollowUps.class);
  static final dk.aarshjul.planning.application.BaselineFigures figures = mock(dk.aarshjul.planning.application.BaselineFigures.class);
  static final PlanDocumentService planDocuments = mock(PlanDocumentService.class);
  static final dk.aarshjul.planning.application.LastYear lastYear = mock(dk.aarshjul.planning.application.LastYear.class);

  MunicipalityCatalog catalog;
  PlanTaskVariables taskVariables;

  @BeforeEach
  void registerDelegates() throws Exception {
    reset(plans, nationalGoals, followUps, planDocuments, lastYear);
    try (var in = getClass().getResourceAsStream("/tenancy/municipalities.csv")) {
      catalog = MunicipalityCatalog.fromCsv(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    taskVariables = new PlanTaskVariables(plans, nationalGoals, catalog,
        new dk.aarshjul.goals.application.BenchmarkNames(catalog), Catalogues.INDICATORS, userId -> "Navn på " + userId, FORM_JSON,
        new dk.aarshjul.goals.application.ReferenceTargetGroups(Catalogues.reference()), lastYear);
    Mocks.register("jobRetries", new dk.aarshjul.engine.JobRetries("R3/PT5M"));
    CycleDefinitions definitions = new CycleDefinitions(engine.getRepositoryService(), Catalogues.reference());
    Mocks.register("chooseCycleVersionDelegate", new ChooseCycleVersionDelegate(definitions));
    Mocks.register("registerPlanDelegate", new RegisterPlanDelegate(plans, new StartCycleForm(plans), catalog, definitions, JUNE_2026, FORM_JSON, lastYear));
    Mocks.register("planEditorListener", new PlanEditorListener(plans, taskVariables, new EditPlanForm(plans), FORM_JSON));
    ConsultationBodies bodies = Catalogues.consultationBodies();
    ConsultationRequestListener requests =
        new ConsultationRequestListener(plans, taskVariables, new RequestConsultationForm(JUNE_2026, plans, bodies), JUNE_2026,
            FORM_JSON, bodies);
    Mocks.register("consultationRequestListener", requests);
    Mocks.register("consultationResponseListener",
        new ConsultationResponseListener(plans, taskVariables, new ConsultationResponseForm(), FORM_JSON, bodies));
    Mocks.register("recordNoResponseDelegate", new RecordNoResponseDelegate(plans, bodies));
    Mocks.register("decisionListener",
        new DecisionListener(plans, taskVariables, new DecisionForm.Committee(), new DecisionForm.Council(), catalog,
            planDocuments, JUNE_2026, FORM_JSON));
    Mocks.register("renderPlanDocumentDelegate", new RenderPlanDocumentDelegate(planDocuments));
    Mocks.register("startFollowUpDelegate", new StartFollowUpDelegate(plans, followUps));
    Mocks.register("fillBaselinesDelegate", new FillBaselinesDelegate(plans, figures, FORM_JSON));
    Mocks.register("planLabelListener", new PlanLabelListener(plans));
    Mocks.register("taskDatesListener", new TaskDatesListener(JUNE_2026, bodies));

    givenThePlan(PlanFixtures.aTaarnbyPlan2027(2027), Set.of(1, 2, 3, 4, 5));
    when(plans.decidingMunicipalities(TAARNBY)).thenReturn(List.of(TAARNBY));
    when(plans.fillBaselines(anyString(), any(), any(), anyString())).thenReturn(PlanService.BaselineFill.NOTHING);
    // the plan's answer as a one-municipality plan gives it: an approval moves it on, a sending back sends it back
    when(plans.decide(anyString(), any(), any(), any(), anyBoolean(), any(), anyString()))
        .thenAnswer(call -> new DecisionResult(PlanFixtures.aTaarnbyPlan2027(2027),
            call.<Boolean>getArgument(4) ? DecisionResult.Effect.MOVED_ON : DecisionResult.Effect.SENT_BACK));
  }

  private void givenThePlan(Plan plan, Set<Integer> nationalGoalNumbers) {
    when(plans.register(eq(TAARNBY), any(), any(), eq("Tårnby Kommune"), any())).thenReturn(plan);
    when(plans.get(eq(PLAN_ID), eq(List.of(TAARNBY)))).thenReturn(plan);
    when(plans.document(eq(PLAN_ID), eq(List.of(TAARNBY)))).thenReturn(PlanFixtures.anEmptyDocument(plan));
    when(plans.goalContext(plan)).thenReturn(Catalogues.goalContext(plan.period(), nationalGoalNumbers));
  }

  @Test
  void approvedFirstTimeGoesFromDraftToAdoptionAndStartsTheFollowUp() {
    ProcessInstance cycle = startCycle();

    assertThat(cycle).isWaitingAt(DRAFT_PLAN);
    verify(lastYear).carryOver(argThat(plan -> plan.id().equals(PLAN_ID)), eq(RegisterPlanDelegate.CARRY_OVER_ACTOR));
    assertThat(task()).hasCandidateGroup("taarnby-planner");
    assertThat(task().getDueDate()).isEqualTo(endOfDanishDay(2026, 9, 1));
    assertThat(task().getFollowUpDate()).isEqualTo(endOfDanishDay(2026, 8, 25));
    submit(task(), Map.of(Var.FOCUS_AREAS, PlanFixtures.aYouthFocusArea("2")));
    verify(plans).saveContent(eq(PLAN_ID), eq(TAARNBY), any(PlanContent.class), anyString());
    verify(plans).fillBaselines(PLAN_ID, TAARNBY, figures, FillBaselinesDelegate.ACTOR);

    assertThat(cycle).isWaitingAt(REQUEST_CONSULTATION);
    engine.getFormService().submitTaskForm(task().getId(), consultationRequest("disability-council", "social-partners"));
    verify(plans).requestConsultation(eq(PLAN_ID), eq(TAARNBY), anyList(), eq(LocalDate.of(2026, 9, 15)), anyString());
    // the planner's request ends where the consultation begins: each body's task, loading the draft into its
    // form, is made in a step of its own, retried on failure, and the request is kept
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(cycle.getId())
        .activityId(CONSULTATION + "#multiInstanceBody").count()).isEqualTo(1);
    assertThat(taskQuery().taskDefinitionKey(CONSULTATION_RESPONSE).count()).isZero();
    ProcessTestEngine.executeAsyncJobs(engine);

    List<Task> consultations = taskQuery().taskDefinitionKey(CONSULTATION_RESPONSE).list();
    assertThat(consultations).extracting(Task::getName).containsExactlyInAnyOrder(
        "Afgiv høringssvar – Handicaprådet – Beskæftigelsesplan 2027 for Tårnby Kommune",
        "Afgiv høringssvar – De lokale arbejdsmarkedsparter – Beskæftigelsesplan 2027 for Tårnby Kommune");
    assertThat(consultations).allSatisfy(t -> assertThat(t.getDueDate()).isEqualTo(endOfDanishDay(2026, 9, 15)));
    // three days before the deadline is a Saturday: the reminder comes on the Friday
    assertThat(consultations).allSatisfy(t -> assertThat(t.getFollowUpDate()).isEqualTo(endOfDanishDay(2026, 9, 11)));
    assertThat(taskFor("taarnby-body-disability-council")).isNotNull();
    assertThat(taskFor("taarnby-body-social-partners")).isNotNull();
    submit(consultations.get(0), Map.of(Var.RESPONSE_TEXT, "Ingen bemærkninger"));
    engine.getFormService().submitTaskForm(consultations.get(1).getId(), Map.of(Var.RESPONSE_TEXT, "Ingen bemærkninger"));
    verify(plans, times(2)).recordResponse(eq(PLAN_ID), eq(TAARNBY), anyString(), eq("Ingen bemærkninger"), anyString());
    // the last answer's completion ends where the revision begins: the revision task, which loads the plan
    // into its form, is made in a step of its own, retried on failure, and the body's answer is kept
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(cycle.getId()).activityId(REVISE_PLAN).count())
        .isEqualTo(1);
    assertThat(taskQuery().taskDefinitionKey(REVISE_PLAN).count()).isZero();
    ProcessTestEngine.executeAsyncJobs(engine);

    assertThat(cycle).isWaitingAt(REVISE_PLAN);
    assertThat(task()).hasCandidateGroup("taarnby-planner");
    assertThat(task().getDueDate()).isEqualTo(endOfDanishDay(2026, 9, 29));
    submit(task(), Map.of(Var.FOCUS_AREAS, PlanFixtures.aYouthFocusArea("2")));
    verify(plans).submitToCommittee(PLAN_ID, TAARNBY);
    verify(plans, times(2)).fillBaselines(PLAN_ID, TAARNBY, figures, FillBaselinesDelegate.ACTOR);

    engine.getFormService().submitTaskForm(task().getId(), decision(Var.COMMITTEE_DECISION, Var.COMMITTEE_REMARKS, true, null));
    verify(plans).decide(PLAN_ID, TAARNBY, Decision.Body.COMMITTEE, TAARNBY, true, null, "system");
    // the committee's recommendation ends where the council's adoption begins: its task, loading the plan, what
    // changed since the committee's last decision and the documents into its form, is made in a step of its
    // own, retried on failure, and the recommendation is kept
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(cycle.getId())
        .activityId(COUNCIL_ADOPTION + "#multiInstanceBody").count()).isEqualTo(1);
    assertThat(taskQuery().taskDefinitionKey(COUNCIL_ADOPTION).count()).isZero();
    ProcessTestEngine.executeAsyncJobs(engine);

    assertThat(cycle).isWaitingAt(COUNCIL_ADOPTION);
    assertThat(task()).hasCandidateGroup("taarnby-secretariat");
    assertThat(task().getDueDate()).isEqualTo(endOfDanishDay(2026, 12, 31));
    adopt(true, null);

    ProcessTestEngine.executeDueJobs(engine);
    assertThat(cycle).isEnded().hasPassedInOrder(REGISTER_PLAN, DRAFT_PLAN, FILL_BASELINES, REQUEST_CONSULTATION, CONSULTATION_RESPONSE,
        REVISE_PLAN, FILL_REVISED_BASELINES, COMMITTEE_RECOMMENDATION, COUNCIL_ADOPTION, START_FOLLOW_UP, END_ADOPTED);
    assertThat(cycle).hasNotPassed(RECORD_NO_RESPONSE);
    verify(followUps).start(argThat(plan -> plan.id().equals(PLAN_ID) && plan.tenantId().equals(TAARNBY)), isNull());
  }

  @Test
  void planSentBackByTheCommitteeGoesBackToThePlannerWithTheRemarks() {
    ProcessInstance cycle = throughConsultation();
    recommend(false, "Målene for unge skal være mere ambitiøse");

    assertThat(cycle).isWaitingAt(REVISE_PLAN);
    assertThat(task()).hasCandidateGroup("taarnby-planner");
    verify(plans).decide(PLAN_ID, TAARNBY, Decision.Body.COMMITTEE, TAARNBY, false, "Målene for unge skal være mere ambitiøse", "system");
    submit(task(), Map.of(Var.FOCUS_AREAS, PlanFixtures.aYouthFocusArea(null)));
    recommend(true, null);
    adopt(true, null);

    ProcessTestEngine.executeDueJobs(engine);
    assertThat(cycle).isEnded().hasPassedInOrder(COMMITTEE_RECOMMENDATION, REVISE_PLAN, COMMITTEE_RECOMMENDATION,
        COUNCIL_ADOPTION, END_ADOPTED);
  }

  @Test
  void planSentBackByTheCouncilIsRevisedAndRecommendedAgain() {
    ProcessInstance cycle = throughConsultation();
    recommend(true, null);
    adopt(false, "Afvent budgetaftalen");

    assertThat(cycle).isWaitingAt(REVISE_PLAN);
    verify(plans).decide(PLAN_ID, TAARNBY, Decision.Body.COUNCIL, TAARNBY, false, "Afvent budgetaftalen", "system");
    submit(task(), Map.of(Var.FOCUS_AREAS, PlanFixtures.aYouthFocusArea(null)));
    assertThat(cycle).isWaitingAt(COMMITTEE_RECOMMENDATION);
    recommend(true, null);
    adopt(true, null);
    ProcessTestEngine.executeDueJobs(engine);

    assertThat(cycle).isEnded().hasPassedInOrder(COUNCIL_ADOPTION, REVISE_PLAN, COMMITTEE_RECOMMENDATION,
        COUNCIL_ADOPTION, START_FOLLOW_UP);
  }

  @Test
  void aBodyThatMissesTheDeadlineIsRecordedAsNoResponseAndTheCycleGoesOn() {
    ProcessInstance cycle = startCycle();
    submit(task(), Map.of(Var.FOCUS_AREAS, PlanFixtures.aYouthFocusArea("1")));
    requestConsultation("disability-council", "integration-council");

    submit(taskFor("taarnby-body-disability-council"), Map.of(Var.RESPONSE_TEXT, "Husk tilgængelighed"));
    assertThat(cycle).isWaitingAt(CONSULTATION_RESPONSE);
    Job deadline = engine.getManagementService().createJobQuery().timers().processInstanceId(cycle.getId()).singleResult();
    assertThat(deadline.getDuedate()).isEqualTo(endOfDanishDay(2026, 9, 15));
    engine.getManagementService().executeJob(deadline.getId());
    ProcessTestEngine.executeDueJobs(engine);

    verify(plans).recordNoResponse(PLAN_ID, TAARNBY, "integration-council");
    verify(plans).recordResponse(PLAN_ID, TAARNBY, "disability-council", "Husk tilgængelighed", "system");
    assertThat(cycle).isWaitingAt(REVISE_PLAN).hasPassed(RECORD_NO_RESPONSE);
  }

  @Test
  void theCycleRunsWithoutNationalGoalsAndRejectsALinkToOne() {
    givenThePlan(PlanFixtures.aTaarnbyPlan2027(null), Set.of());
    ProcessInstance cycle = startCycle();
    Task draft = task();
    assertThat(engine.getTaskService().getVariableLocal(draft.getId(), Var.NATIONAL_GOAL_OPTIONS).toString()).isEqualTo("[]");

    assertThatThrownBy(() -> submit(draft, Map.of(Var.FOCUS_AREAS, PlanFixtures.aYouthFocusArea("2"))))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Fokusområde 1, mål 1, Nationalt mål: der er ingen nationale mål for planens år");
    assertThat(cycle).isWaitingAt(DRAFT_PLAN);
    verify(plans, never()).saveContent(any(), any(), any(), any());

    submit(draft, Map.of(Var.FOCUS_AREAS, PlanFixtures.aYouthFocusArea(null)));
    assertThat(cycle).isWaitingAt(REQUEST_CONSULTATION);
  }

  @Test
  void anInvalidSubmissionLeavesTheTaskOpenAndItsValuesUntouched() {
    ProcessInstance cycle = startCycle();
    Task draft = task();
    String before = engine.getTaskService().getVariableLocal(draft.getId(), Var.FOCUS_AREAS).toString();

    var broken = org.camunda.spin.plugin.variable.SpinValues.jsonValue(
        "[{\"title\": \"\", \"targetGroups\": [], \"goals\": [{\"text\": \"x\", \"indicatorCode\": \"fuldtidspersoner-i-alt\","
            + " \"baselineValue\": \"mange\", \"baselinePeriod\": \"2025\", \"targetValue\": 1, \"deadline\": \"2027-12-31\"}]}]").create();
    assertThatThrownBy(() -> submit(draft, Map.of(Var.FOCUS_AREAS, broken)))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Fokusområde 1, Titel: skal udfyldes")
        .hasMessageContaining("Fokusområde 1, Målgrupper: vælg mindst én målgruppe")
        .hasMessageContaining("Fokusområde 1, mål 1, Udgangspunkt: skal være et tal");

    assertThat(cycle).isWaitingAt(DRAFT_PLAN);
    assertThat(engine.getTaskService().getVariableLocal(draft.getId(), Var.FOCUS_AREAS).toString()).isEqualTo(before);
    verify(plans, never()).saveContent(any(), any(), any(), any());
  }

  @Test
  void aDecisionToSendBackNeedsRemarks() {
    ProcessInstance cycle = throughConsultation();
    Task committee = task();
    assertThatThrownBy(() -> submit(committee, Map.of(Var.COMMITTEE_DECISION, "sendBack")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Bemærkninger: skriv, hvad der skal ændres");
    assertThat(cycle).isWaitingAt(COMMITTEE_RECOMMENDATION);
  }

  @Test
  void aConsultationDeadlineMustBeInTheFuture() {
    startCycle();
    submit(task(), Map.of(Var.FOCUS_AREAS, PlanFixtures.aYouthFocusArea(null)));
    Task request = task();
    assertThatThrownBy(() -> submit(request, Map.of(
        Var.CONSULTATION_BODIES, org.camunda.spin.plugin.variable.SpinValues.jsonValue("[\"disability-council\"]").create(),
        Var.CONSULTATION_DEADLINE, "2026-05-01")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Høringsfrist: skal ligge efter i dag");
    verify(plans, never()).requestConsultation(any(), any(), any(), any(), any());
  }

  @Test
  void thePlannerIsOfferedTheBodiesTheLawHasInThePlansPeriodAndNoOther() {
    // reference data in which the regional council is no consultation body from 2027
    var without = Catalogues.reference(entry -> !(entry.kind() == dk.aarshjul.reference.domain.ReferenceKind.CONSULTATION_BODY
        && entry.code().equals("regional-council") && entry.validity().from().getYear() == 2027));
    ConsultationBodies bodies = Catalogues.consultationBodies(without);
    Mocks.register("consultationRequestListener", new ConsultationRequestListener(plans, taskVariables,
        new RequestConsultationForm(JUNE_2026, plans, bodies), JUNE_2026, FORM_JSON, bodies));
    startCycle();
    submit(task(), Map.of(Var.FOCUS_AREAS, PlanFixtures.aYouthFocusArea(null)));
    Task request = task();
    String options = engine.getTaskService().getVariableLocal(request.getId(), Var.CONSULTATION_BODY_OPTIONS).toString();
    assertThat(options).contains("Handicaprådet", "Integrationsrådet", "De lokale arbejdsmarkedsparter")
        .doesNotContain("regional-council", "Det regionale beskæftigelsesråd");

    assertThatThrownBy(() -> submit(request, Map.of(
        Var.CONSULTATION_BODIES, org.camunda.spin.plugin.variable.SpinValues.jsonValue("[\"regional-council\"]").create(),
        Var.CONSULTATION_DEADLINE, "2026-08-01")))
        .hasMessageContaining("Det regionale beskæftigelsesråd er ikke høringspart i planperioden 2027");
    verify(plans, never()).requestConsultation(any(), any(), any(), any(), any());
    assertThat(task().getId()).as("the task stays open").isEqualTo(request.getId());
  }

  @Test
  void tasksCreatedAfterTheirPlannedDeadlinesGetWorkingTimeAndFollowUpsBetweenCreationAndDueDate() {
    // the cycle was planned in June; its tasks are created on Monday 30 November, the committee's
    // planned deadline (1 December) the next day
    Mocks.register("taskDatesListener", new TaskDatesListener(java.time.Clock.fixed(
        java.time.ZonedDateTime.of(2026, 11, 30, 10, 0, 0, 0, DanishTime.ZONE).toInstant(),
        DanishTime.ZONE), Catalogues.consultationBodies()));
    startCycle();
    assertThat(task().getName()).isEqualTo("Udarbejd udkast til fokusområder og mål – Beskæftigelsesplan 2027 for Tårnby Kommune");
    assertThat(task().getDueDate()).as("five working days").isEqualTo(endOfDanishDay(2026, 12, 7));
    assertThat(task().getFollowUpDate()).isEqualTo(endOfDanishDay(2026, 12, 3));

    throughConsultation();
    Task committee = task();
    assertThat(committee.getName()).isEqualTo("Udvalget i Tårnby indstiller planen – Beskæftigelsesplan 2027 for Tårnby Kommune");
    assertThat(committee.getDueDate()).as("ten working days").isEqualTo(endOfDanishDay(2026, 12, 14));
    assertThat(committee.getFollowUpDate()).isEqualTo(endOfDanishDay(2026, 12, 7));

    recommend(true, null);
    Task council = task();
    assertThat(council.getName()).isEqualTo("Kommunalbestyrelsen i Tårnby vedtager planen – Beskæftigelsesplan 2027 for Tårnby Kommune");
    assertThat(council.getDueDate()).as("the legal deadline leaves enough time").isEqualTo(endOfDanishDay(2026, 12, 31));
    assertThat(council.getFollowUpDate()).as("the working day before Christmas Eve").isEqualTo(endOfDanishDay(2026, 12, 23));
  }

  @Test
  void aJointPlanIsWorkedOnByBothMunicipalitiesAndAdoptedOnlyWhenBothCouncilsHave() {
    TenantId joint = TenantId.of("ishoej-vallensbaek");
    Plan plan = new Plan(PLAN_ID, joint, "Beskæftigelsesplan 2027 for Ishøj og Vallensbæk Kommuner",
        dk.aarshjul.shared.PlanPeriod.ofYear(2027), null, dk.aarshjul.planning.domain.PlanStatus.DRAFT, 1,
        java.time.OffsetDateTime.parse("2026-06-01T09:00:00+02:00"), "ishoej.planner", null);
    when(plans.register(eq(joint), any(), any(), eq("Ishøj og Vallensbæk Kommuner"), any())).thenReturn(plan);
    when(plans.get(eq(PLAN_ID), eq(List.of(joint)))).thenReturn(plan);
    when(plans.document(eq(PLAN_ID), eq(List.of(joint)))).thenReturn(PlanFixtures.anEmptyDocument(plan));
    when(plans.goalContext(plan)).thenReturn(Catalogues.goalContext(plan.period(), Set.of()));
    when(plans.decidingMunicipalities(joint)).thenReturn(List.of(TenantId.of("ishoej"), TenantId.of("vallensbaek")));

    ProcessInstance cycle = engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY,
        Variables.createVariables().putValue(Var.TENANT, joint.value()).putValue(Var.FIRST_YEAR, 2027));
    ProcessTestEngine.executeDueJobs(engine);
    assertThat(cycle).isWaitingAt(DRAFT_PLAN);
    assertThat(task()).hasCandidateGroup("ishoej-planner").hasCandidateGroup("vallensbaek-planner");
    submit(task(), Map.of(Var.FOCUS_AREAS, PlanFixtures.aYouthFocusArea(null)));
    submit(task(), Map.of(
        Var.CONSULTATION_BODIES, org.camunda.spin.plugin.variable.SpinValues.jsonValue(
            "[\"ishoej:disability-council\", \"vallensbaek:integration-council\"]").create(),
        Var.CONSULTATION_DEADLINE, "2026-09-15"));
    assertThat(taskQuery().taskDefinitionKey(CONSULTATION_RESPONSE).list()).extracting(Task::getName)
        .containsExactlyInAnyOrder("Afgiv høringssvar – Handicaprådet, Ishøj – Beskæftigelsesplan 2027 for Ishøj og Vallensbæk Kommuner", "Afgiv høringssvar – Integrationsrådet, Vallensbæk – Beskæftigelsesplan 2027 for Ishøj og Vallensbæk Kommuner");
    submit(taskFor("ishoej-body-disability-council"), Map.of(Var.RESPONSE_TEXT, "Ingen bemærkninger"));
    submit(taskFor("vallensbaek-body-integration-council"), Map.of(Var.RESPONSE_TEXT, "Husk sprogskolen"));
    verify(plans).recordResponse(PLAN_ID, joint, "ishoej:disability-council", "Ingen bemærkninger", "system");
    verify(plans).recordResponse(PLAN_ID, joint, "vallensbaek:integration-council", "Husk sprogskolen", "system");
    submit(task(), Map.of(Var.FOCUS_AREAS, PlanFixtures.aYouthFocusArea(null)));

    assertThat(taskQuery().taskDefinitionKey(COMMITTEE_RECOMMENDATION).list()).extracting(Task::getName)
        .containsExactlyInAnyOrder("Udvalget i Ishøj indstiller planen – Beskæftigelsesplan 2027 for Ishøj og Vallensbæk Kommuner", "Udvalget i Vallensbæk indstiller planen – Beskæftigelsesplan 2027 for Ishøj og Vallensbæk Kommuner");
    submit(taskFor("ishoej-committee"), decision(Var.COMMITTEE_DECISION, Var.COMMITTEE_REMARKS, true, null));
    assertThat(cycle).isWaitingAt(COMMITTEE_RECOMMENDATION);
    submit(taskFor("vallensbaek-committee"), decision(Var.COMMITTEE_DECISION, Var.COMMITTEE_REMARKS, true, null));

    assertThat(taskQuery().taskDefinitionKey(COUNCIL_ADOPTION).count()).isEqualTo(2);
    submit(taskFor("vallensbaek-secretariat"), decision(Var.COUNCIL_DECISION, Var.COUNCIL_REMARKS, false, "Afvent budgettet"));
    assertThat(taskQuery().taskDefinitionKey(COUNCIL_ADOPTION).count()).as("the other council's task ends").isZero();
    assertThat(cycle).isWaitingAt(REVISE_PLAN);
    verify(plans).decide(PLAN_ID, joint, Decision.Body.COUNCIL, TenantId.of("vallensbaek"), false, "Afvent budgettet", "system");

    submit(task(), Map.of(Var.FOCUS_AREAS, PlanFixtures.aYouthFocusArea(null)));
    submit(taskFor("ishoej-committee"), decision(Var.COMMITTEE_DECISION, Var.COMMITTEE_REMARKS, true, null));
    submit(taskFor("vallensbaek-committee"), decision(Var.COMMITTEE_DECISION, Var.COMMITTEE_REMARKS, true, null));
    submit(taskFor("ishoej-secretariat"), decision(Var.COUNCIL_DECISION, Var.COUNCIL_REMARKS, true, null));
    assertThat(cycle).isWaitingAt(COUNCIL_ADOPTION);
    submit(taskFor("vallensbaek-secretariat"), decision(Var.COUNCIL_DECISION, Var.COUNCIL_REMARKS, true, null));
    ProcessTestEngine.executeDueJobs(engine);

    assertThat(cycle).isEnded().hasPassed(END_ADOPTED);
    verify(plans).decide(PLAN_ID, joint, Decision.Body.COUNCIL, TenantId.of("ishoej"), true, null, "system");
    verify(plans).decide(PLAN_ID, joint, Decision.Body.COUNCIL, TenantId.of("vallensbaek"), true, null, "system");
  }

  @Test
  void aFailingServiceTaskBecomesAnIncidentAfterItsRetriesAndLosesNothing() {
    when(plans.register(eq(TAARNBY), any(), any(), eq("Tårnby Kommune"), any()))
        .thenThrow(new IllegalStateException("database unavailable"));
    ProcessInstance cycle = engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY,
        Variables.createVariables().putValue(Var.TENANT, TAARNBY.value()).putValue(Var.FIRST_YEAR, 2027));
    onItsVersion(cycle);

    var management = engine.getManagementService();
    for (int attempt = 1; attempt <= 3; attempt++) {
      Job job = management.createJobQuery().processInstanceId(cycle.getId()).singleResult();
      assertThat(job.getRetries()).isEqualTo(4 - attempt);
      assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("database unavailable");
      if (attempt < 3) {
        assertThat(management.createJobQuery().processInstanceId(cycle.getId()).singleResult().getDuedate())
            .as("the retry cycle of jobRetries: tried again in five minutes")
            .isCloseTo(java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofMinutes(5))), 10_000);
      }
    }

    var incident = engine.getRuntimeService().createIncidentQuery().processInstanceId(cycle.getId()).singleResult();
    assertThat(incident.getActivityId()).isEqualTo(REGISTER_PLAN);
    assertThat(incident.getIncidentMessage()).isEqualTo("database unavailable");
    assertThat(cycle).isWaitingAt(REGISTER_PLAN);
    assertThat(engine.getRuntimeService().getVariable(cycle.getId(), Var.FIRST_YEAR)).isEqualTo(2027);

    // the operator retries from Cockpit once the database is back
    givenThePlan(PlanFixtures.aTaarnbyPlan2027(2027), Set.of(1, 2, 3, 4, 5));
    Job failed = management.createJobQuery().processInstanceId(cycle.getId()).singleResult();
    management.setJobRetries(failed.getId(), 1);
    management.executeJob(failed.getId());
    assertThat(cycle).isWaitingAt(DRAFT_PLAN);
  }

  @Test
  void aFailingRendererBecomesAnIncidentBeforeTheCommitteesTaskWhileThePlannersRevisionStaysDone() {
    ProcessInstance cycle = startCycle();
    submit(task(), Map.of(Var.FOCUS_AREAS, PlanFixtures.aYouthFocusArea(null)));
    requestConsultation("regional-council");
    submit(task(), Map.of(Var.RESPONSE_TEXT, "Ingen bemærkninger"));
    when(planDocuments.current(PLAN_ID, List.of(TAARNBY))).thenThrow(new IllegalStateException("renderer unavailable"));

    // the planner's Afslut succeeds: rendering is not part of it
    engine.getFormService().submitTaskForm(task().getId(), Map.of(Var.FOCUS_AREAS, PlanFixtures.aYouthFocusArea(null)));
    verify(plans).submitToCommittee(PLAN_ID, TAARNBY);
    var management = engine.getManagementService();
    management.executeJob(management.createJobQuery().activityId(FILL_REVISED_BASELINES).singleResult().getId());
    for (int attempt = 1; attempt <= 3; attempt++) {
      Job job = management.createJobQuery().processInstanceId(cycle.getId()).singleResult();
      assertThat(job.getRetries()).isEqualTo(4 - attempt);
      assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("renderer unavailable");
    }

    var incident = engine.getRuntimeService().createIncidentQuery().processInstanceId(cycle.getId()).singleResult();
    assertThat(incident.getActivityId()).isEqualTo(RENDER_PLAN_DOCUMENT);
    assertThat(cycle).isWaitingAt(RENDER_PLAN_DOCUMENT).hasPassed(REVISE_PLAN, FILL_REVISED_BASELINES);
    assertThat(taskQuery().taskDefinitionKey(COMMITTEE_RECOMMENDATION).count()).isZero();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(cycle.getId())
        .activityId(RENDER_PLAN_DOCUMENT).count()).as("each failed attempt rolled back, its step with it").isZero();

    // the operator retries from Cockpit once the renderer is back; the committee's task links to what it made
    reset(planDocuments);
    when(planDocuments.stored(argThat(plan -> plan.id().equals(PLAN_ID)))).thenReturn(List.of(new StoredDocument("doc-1", TAARNBY, PLAN_ID,
        DocumentStore.Kind.PLAN, "FORSLAG", 1, "FORSLAG", DocumentFormat.PDF, "Beskæftigelsesplan 2027", 100, null)));
    Job failed = management.createJobQuery().processInstanceId(cycle.getId()).singleResult();
    management.setJobRetries(failed.getId(), 1);
    management.executeJob(failed.getId());
    assertThat(cycle).isWaitingAt(COMMITTEE_RECOMMENDATION).hasPassedInOrder(FILL_REVISED_BASELINES, RENDER_PLAN_DOCUMENT);
    verify(planDocuments).current(PLAN_ID, List.of(TAARNBY));
    assertThat(engine.getTaskService().getVariableLocal(task().getId(), Var.PLAN_DOCUMENT_LINKS))
        .isEqualTo("Planforslaget: [PDF](/api/plans/" + PLAN_ID + "/documents/doc-1)");
  }

  @Test
  void keepsTheHistoryOfWhatTheFormsSubmitAndNotOfWhatTheyOnlyShow() {
    ProcessInstance cycle = startCycle();
    Task draft = task();
    var tasks = engine.getTaskService();
    assertThat(tasks.getVariablesLocal(draft.getId()).keySet()).as("the editor's form shows them")
        .contains(Var.BENCHMARK_OPTIONS, Var.NATIONAL_GOAL_OPTIONS, Var.TARGET_GROUP_OPTIONS, Var.CONSULTATION_SUMMARY,
            Var.LAST_YEAR_RESULTS, Var.FOCUS_AREAS);

    submit(draft, Map.of(Var.FOCUS_AREAS, PlanFixtures.aYouthFocusArea("2")));
    engine.getFormService().submitTaskForm(task().getId(), consultationRequest("disability-council", "social-partners"));
    ProcessTestEngine.executeAsyncJobs(engine);
    Task answer = taskQuery().taskDefinitionKey(CONSULTATION_RESPONSE).list().get(0);
    assertThat(tasks.getVariableLocal(answer.getId(), Var.CONSULTATION_BODY_NAME)).isNotNull();
    submit(answer, Map.of(Var.RESPONSE_TEXT, "Ingen bemærkninger"));

    var history = engine.getHistoryService();
    String[] onlyShown = {Var.BENCHMARK_OPTIONS, Var.NATIONAL_GOAL_OPTIONS, Var.TARGET_GROUP_OPTIONS, Var.CONSULTATION_SUMMARY,
        Var.LAST_YEAR_RESULTS, Var.CONSULTATION_BODY_NAME, Var.CONSULTATION_BODY_OPTIONS, Var.PLAN_VERSION};
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(cycle.getId()).variableNameIn(onlyShown).list())
        .as("no history of what the forms only show").isEmpty();
    assertThat(history.createHistoricDetailQuery().processInstanceId(cycle.getId()).variableUpdates().list())
        .as("no details of them either").isNotEmpty()
        .noneSatisfy(detail -> assertThat(List.of(onlyShown))
            .contains(((org.camunda.bpm.engine.history.HistoricVariableUpdate) detail).getVariableName()));
    // the plan the editor submitted keeps its history; the same plan shown to the body, whose form has no such field, not
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(cycle.getId()).variableName(Var.FOCUS_AREAS).list())
        .extracting(org.camunda.bpm.engine.history.HistoricVariableInstance::getTaskId).containsExactly(draft.getId());
    // what the planner and the body submitted keeps its full history, with the task it came from
    assertThat(history.createHistoricDetailQuery().processInstanceId(cycle.getId()).taskId(draft.getId()).variableUpdates().list())
        .extracting(detail -> ((org.camunda.bpm.engine.history.HistoricVariableUpdate) detail).getVariableName())
        .contains(Var.FOCUS_AREAS);
    assertThat(history.createHistoricDetailQuery().processInstanceId(cycle.getId()).taskId(answer.getId()).variableUpdates().list())
        .extracting(detail -> ((org.camunda.bpm.engine.history.HistoricVariableUpdate) detail).getValue())
        .contains("Ingen bemærkninger");
    // the process's own variables too, and the level is full as the database says
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(cycle.getId()).variableName(Var.PLAN_ID).count())
        .isEqualTo(1);
    assertThat(engine.getManagementService().getHistoryLevel()).isEqualTo(org.camunda.bpm.engine.impl.history.HistoryLevel.HISTORY_LEVEL_FULL.getId());
  }

  @Test
  void aSecondPlanForTheSameYearEndsTheCycleWithoutAPlanOrAnIncident() {
    // the start form refuses this in Tasklist; a second start can still pass it before the first one's plan exists
    when(plans.exists(TAARNBY, 2027)).thenReturn(true);
    ProcessInstance cycle = engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY,
        Variables.createVariables().putValue(Var.TENANT, TAARNBY.value()).putValue(Var.FIRST_YEAR, 2027));

    ProcessTestEngine.executeAsyncJobs(engine);

    // the register step was entered and interrupted by its boundary event
    assertThat(cycle).isEnded().hasPassedInOrder(REGISTER_PLAN, PLAN_EXISTS, END_PLAN_EXISTS).hasNotPassed(DRAFT_PLAN);
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(cycle.getId()).count()).isZero();
    verify(plans, never()).register(any(), any(), any(), any(), any());
    verify(lastYear, never()).carryOver(any(), any());
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(cycle.getId())
        .variableName(Var.START_REFUSAL).singleResult().getValue()).isEqualTo("Der findes allerede en plan, der begynder i 2027");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(cycle.getId())
        .variableName(Var.PLAN_ID).count()).isZero();
  }

  @Test
  void aStartWithoutAMunicipalityIsRefused() {
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY,
            Variables.createVariables().putValue(Var.FIRST_YEAR, 2027)))
        .hasMessageContaining("ingen kommune er angivet");
  }

  // ---------------------------------------------------------------- steps

  @Test
  void whatTheBaselineFillFoundIsShownToThePlannersNextTaskAndAnEmptyFillClearsIt() {
    when(plans.fillBaselines(PLAN_ID, TAARNBY, figures, FillBaselinesDelegate.ACTOR)).thenReturn(new PlanService.BaselineFill(1,
        List.of(new BaselineCheck.Warning("Fokusområde 1, mål 1", "Målet skal falde til 650, men ..."))));
    ProcessInstance cycle = startCycle();
    submit(task(), Map.of(Var.FOCUS_AREAS, PlanFixtures.aYouthFocusArea("2")));

    assertThat(cycle).isWaitingAt(REQUEST_CONSULTATION);
    assertThat(engine.getTaskService().getVariable(task().getId(), Var.BASELINE_WARNINGS).toString())
        .isEqualTo("[{\"where\":\"Fokusområde 1, mål 1\",\"text\":\"Målet skal falde til 650, men ...\"}]");

    when(plans.fillBaselines(PLAN_ID, TAARNBY, figures, FillBaselinesDelegate.ACTOR)).thenReturn(PlanService.BaselineFill.NOTHING);
    requestConsultation("regional-council");
    submit(task(), Map.of(Var.RESPONSE_TEXT, "Ingen bemærkninger"));
    assertThat(cycle).isWaitingAt(REVISE_PLAN);
    assertThat(engine.getTaskService().getVariable(task().getId(), Var.BASELINE_WARNINGS).toString())
        .as("the revision still shows what the draft's fill found").contains("Fokusområde 1, mål 1");
    submit(task(), Map.of(Var.FOCUS_AREAS, PlanFixtures.aYouthFocusArea("2")));
    assertThat(engine.getRuntimeService().getVariable(cycle.getId(), Var.BASELINE_WARNINGS).toString()).isEqualTo("[]");
  }

  private ProcessInstance startCycle() {
    ProcessInstance cycle = engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY,
        Variables.createVariables().putValue(Var.TENANT, TAARNBY.value()).putValue(Var.FIRST_YEAR, 2027).putValue(Var.LAST_YEAR, 2027));
    assertThat(cycle.getTenantId()).isEqualTo(TAARNBY.value());
    onItsVersion(cycle);
    assertThat(cycle).isWaitingAt(REGISTER_PLAN);
    ProcessTestEngine.executeDueJobs(engine);
    return cycle;
  }

  /** The first step: the plan begins in 2027, which the deployed (current) version holds for, so the cycle goes on here. */
  private static void onItsVersion(ProcessInstance cycle) {
    assertThat(cycle).isWaitingAt(CHOOSE_VERSION);
    var management = engine.getManagementService();
    management.executeJob(management.createJobQuery().processInstanceId(cycle.getId()).activityId(CHOOSE_VERSION).singleResult().getId());
    assertThat(engine.getRuntimeService().getVariable(cycle.getId(), Var.ON_VALID_VERSION)).isEqualTo(true);
  }

  private ProcessInstance throughConsultation() {
    ProcessInstance cycle = startCycle();
    submit(task(), Map.of(Var.FOCUS_AREAS, PlanFixtures.aYouthFocusArea(null)));
    requestConsultation("regional-council");
    submit(task(), Map.of(Var.RESPONSE_TEXT, "Planen understøtter de regionale mål"));
    submit(task(), Map.of(Var.FOCUS_AREAS, PlanFixtures.aYouthFocusArea(null)));
    assertThat(cycle).isWaitingAt(COMMITTEE_RECOMMENDATION);
    assertThat(task()).hasCandidateGroup("taarnby-committee");
    return cycle;
  }

  private void requestConsultation(String... bodies) {
    submit(task(), consultationRequest(bodies));
  }

  private static Map<String, Object> consultationRequest(String... bodies) {
    String json = "[" + String.join(",", java.util.Arrays.stream(bodies).map(b -> "\"" + b + "\"").toList()) + "]";
    return Map.of(
        Var.CONSULTATION_BODIES, org.camunda.spin.plugin.variable.SpinValues.jsonValue(json).create(),
        Var.CONSULTATION_DEADLINE, "2026-09-15");
  }

  private void recommend(boolean approve, String remarks) {
    assertThat(task()).hasDefinitionKey(COMMITTEE_RECOMMENDATION);
    submit(task(), decision(Var.COMMITTEE_DECISION, Var.COMMITTEE_REMARKS, approve, remarks));
  }

  private void adopt(boolean approve, String remarks) {
    assertThat(task()).hasDefinitionKey(COUNCIL_ADOPTION);
    submit(task(), decision(Var.COUNCIL_DECISION, Var.COUNCIL_REMARKS, approve, remarks));
  }

  private static Map<String, Object> decision(String field, String remarksField, boolean approve, String remarks) {
    var values = Variables.createVariables().putValue(field, approve ? "approve" : "sendBack");
    if (remarks != null) {
      values.putValue(remarksField, remarks);
    }
    return values;
  }

  /** Submits the form, then runs what the job executor would run next (not the timers). */
  private void submit(Task task, Map<String, Object> values) {
    engine.getFormService().submitTaskForm(task.getId(), values);
    ProcessTestEngine.executeAsyncJobs(engine);
  }

  private Task taskFor(String group) {
    return taskQuery().taskCandidateGroup(group).singleResult();
  }

  private static Date endOfDanishDay(int year, int month, int day) {
    return ProcessValues.endOf(LocalDate.of(year, month, day));
  }
}
