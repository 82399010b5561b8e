package dk.aarshjul.planning.adapter.camunda;

import dk.aarshjul.engine.PlanVariables;

/** The contract of {@code bpmn/annual-plan-cycle.bpmn}: ids, forms and variables, checked by a test. */
public final class AnnualPlanCycle {

  public static final String PROCESS_KEY = "annualPlanCycle";

  public static final String START = "startEvent_cycleRequested";
  /** Continues on the version of the cycle that holds for the plan's first year, when this is not it. */
  public static final String CHOOSE_VERSION = "serviceTask_chooseCycleVersion";
  public static final String VERSION_GATEWAY = "gateway_onValidVersion";
  public static final String END_CONTINUED = "endEvent_continuedOnValidVersion";
  public static final String REGISTER_PLAN = "serviceTask_registerPlan";
  /** A plan for the same municipality and first year already exists: the cycle ends without a plan of its own. */
  public static final String PLAN_EXISTS = "errorEvent_planAlreadyExists";
  public static final String END_PLAN_EXISTS = "endEvent_planAlreadyExists";
  /** The BPMN error {@link #REGISTER_PLAN} throws for a plan that exists already, and its code. */
  public static final String PLAN_EXISTS_ERROR = "error_planAlreadyExists";
  public static final String ERROR_CODE_PLAN_EXISTS = "PLAN_ALREADY_EXISTS";
  public static final String DRAFT_PLAN = "userTask_draftPlan";
  public static final String FILL_BASELINES = "serviceTask_fillBaselines";
  public static final String FILL_REVISED_BASELINES = "serviceTask_fillRevisedBaselines";
  /** Renders the proposal the committee and council decide on, before their tasks: a renderer failure is retried, not the user's. */
  public static final String RENDER_PLAN_DOCUMENT = "serviceTask_renderPlanDocument";
  public static final String REQUEST_CONSULTATION = "userTask_requestConsultation";
  public static final String CONSULTATION = "subProcess_consultation";
  public static final String CONSULTATION_RESPONSE = "userTask_consultationResponse";
  public static final String CONSULTATION_DEADLINE = "timerEvent_consultationDeadline";
  public static final String RECORD_NO_RESPONSE = "serviceTask_recordNoResponse";
  public static final String REVISE_PLAN = "userTask_revisePlan";
  public static final String COMMITTEE_RECOMMENDATION = "userTask_committeeRecommendation";
  public static final String COMMITTEE_GATEWAY = "gateway_committeeRecommends";
  public static final String COUNCIL_ADOPTION = "userTask_councilAdoption";
  public static final String COUNCIL_GATEWAY = "gateway_councilAdopts";
  public static final String START_FOLLOW_UP = "serviceTask_startFollowUp";
  public static final String END_ADOPTED = "endEvent_planAdopted";

  public static final class Forms {
    public static final String START = "start-plan-cycle";
    public static final String EDIT_PLAN = "edit-plan";
    public static final String REQUEST_CONSULTATION = "request-consultation";
    public static final String CONSULTATION_RESPONSE = "consultation-response";
    public static final String COMMITTEE_RECOMMENDATION = "committee-recommendation";
    public static final String COUNCIL_ADOPTION = "council-adoption";

    private Forms() {}
  }

  public static final class Var {
    public static final String TENANT = PlanVariables.TENANT;
    public static final String INITIATOR = "initiator";
    public static final String PLAN_ID = PlanVariables.PLAN_ID;
    public static final String PLAN_TITLE = PlanVariables.PLAN_TITLE;
    public static final String FIRST_YEAR = PlanVariables.FIRST_YEAR;
    public static final String LAST_YEAR = PlanVariables.LAST_YEAR;
    public static final String PLANNER_GROUP = PlanVariables.PLANNER_GROUP;
    /** The committees that recommend, one task each: one municipality, or every member of a cooperation. */
    public static final String COMMITTEE_GROUPS = "committeeGroups";
    public static final String COMMITTEE_GROUP = "committeeGroup";
    public static final String SECRETARIAT_GROUPS = "secretariatGroups";
    public static final String SECRETARIAT_GROUP = "secretariatGroup";
    /** Set when a committee or council sends the plan back; ends the other decisions of that round. */
    public static final String SENT_BACK = "sentBack";
    /** Whether this instance runs on the version of the cycle that holds for its plan (else it continues in another). */
    public static final String ON_VALID_VERSION = "onValidVersion";
    /** The instance the cycle continued in on the version that holds, for Cockpit and history. */
    public static final String CONTINUED_IN = "continuedIn";
    /** Why the cycle ended without a plan (the refusal's Danish message), for Cockpit and history. */
    public static final String START_REFUSAL = "startRefusal";
    public static final String DRAFT_DUE = "draftDue";
    public static final String DRAFT_REMINDER = "draftReminder";
    public static final String CONSULTATION_REQUEST_DUE = "consultationRequestDue";
    public static final String COMMITTEE_DUE = "committeeDue";
    public static final String COMMITTEE_REMINDER = "committeeReminder";
    public static final String ADOPTION_DEADLINE = "adoptionDeadline";
    public static final String ADOPTION_REMINDER = "adoptionReminder";
    public static final String REVISION_DUE = "revisionDue";
    public static final String REVISION_REMINDER = "revisionReminder";
    /** Form field: the body codes the planner chose. */
    public static final String CONSULTATION_BODIES = "consultationBodies";
    /** Form field: the last day of the consultation, as the date picker sends it. */
    public static final String CONSULTATION_DEADLINE = "consultationDeadline";
    public static final String CONSULTATION_BODY_OPTIONS = "consultationBodyOptions";
    public static final String CONSULTATION_BODY_GROUPS = "consultationBodyGroups";
    public static final String CONSULTATION_BODY_GROUP = "consultationBodyGroup";
    public static final String CONSULTATION_BODY_NAME = "consultationBodyName";
    public static final String CONSULTATION_ENDS = "consultationEnds";
    public static final String CONSULTATION_REMINDER = "consultationReminder";
    public static final String RESPONSE_TEXT = "responseText";
    /** Form field and task-local variable: the plan's focus areas as the form edits or shows them. */
    public static final String FOCUS_AREAS = "focusAreas";
    public static final String PLAN_VERSION = "planVersion";
    public static final String NATIONAL_GOAL_OPTIONS = "nationalGoalOptions";
    public static final String BENCHMARK_OPTIONS = "benchmarkOptions";
    /** The target groups the law has in the plan's period, for the editor's choices. */
    public static final String TARGET_GROUP_OPTIONS = "targetGroupOptions";
    /** What the last baseline fill found the planner must check: a list of {where, text}, shown by the forms. */
    public static final String BASELINE_WARNINGS = "baselineWarnings";
    public static final String CONSULTATION_SUMMARY = "consultationSummary";
    /** Where the draft was copied from ("Overført fra …"), or "" for a plan that began empty. */
    public static final String CARRIED_OVER = "carriedOver";
    /** "Resultater for 2026", or "" when the plan in force has no final status round. */
    public static final String LAST_YEAR_HEADING = "lastYearHeading";
    /** Which round of which plan the results are from, with its summary. */
    public static final String LAST_YEAR_BASIS = "lastYearBasis";
    /** Every goal of the plan in force as its last final round found it: a list of {ref, text, status, …}. */
    public static final String LAST_YEAR_RESULTS = "lastYearResults";
    public static final String LAST_REMARKS = "lastRemarks";
    /** What changed since the version the committee last decided on, for the committee's and council's forms. */
    public static final String PLAN_CHANGES = "planChanges";
    public static final String COMMITTEE_DECISION = "committeeDecision";
    public static final String COMMITTEE_REMARKS = "committeeRemarks";
    public static final String COUNCIL_DECISION = "councilDecision";
    public static final String COUNCIL_REMARKS = "councilRemarks";
    /** Links to the plan document (FORSLAG, the version the decision is about), for the committee's and council's forms. */
    public static final String PLAN_DOCUMENT_LINKS = "planDocumentLinks";

    private Var() {}
  }

  private AnnualPlanCycle() {}
}
