package dk.aarshjul.followup.adapter.camunda;

import dk.aarshjul.engine.PlanVariables;

/** The contract of {@code bpmn/status-round.bpmn}: one status round of an adopted plan. */
public final class StatusRound {

  public static final String PROCESS_KEY = "statusRound";

  public static final String PULL_INDICATORS = "serviceTask_pullIndicators";
  public static final String OPEN_ROUND = "serviceTask_openRound";
  public static final String ALREADY_RUN = "endEvent_alreadyRun";
  public static final String ASSESS_GOALS = "serviceTask_assessGoals";
  public static final String RENDER_DRAFT = "serviceTask_renderDraft";
  public static final String REVIEW_REPORT = "userTask_reviewReport";
  public static final String FINALISE_REPORT = "serviceTask_finaliseReport";
  public static final String COMMITTEE_ORIENTATION = "userTask_committeeOrientation";
  /**
   * The round's end, a step of its own: ending an instance stamps its history with the time it may be removed
   * (ADR 0015), writes that touch every row the round left, and the committee's "Afslut" does not wait for them.
   */
  public static final String END = "endEvent_statusWritten";

  public static final String REVIEW_FORM = "review-status-report";
  public static final String ORIENTATION_FORM = "committee-orientation";

  public static final class Var {
    public static final String ROUND_ID = "statusRoundId";
    public static final String QUARTER = "quarter";
    public static final String QUARTER_LABEL = PlanVariables.PERIOD_LABEL;
    public static final String ON_DEMAND = "onDemand";
    public static final String ALREADY_RUN = "alreadyRun";
    public static final String STATUS_DUE = "statusDue";
    public static final String STATUS_REMINDER = "statusReminder";
    public static final String ORIENTATION_DUE = "orientationDue";
    public static final String ORIENTATION_REMINDER = "orientationReminder";
    public static final String COMMITTEE_GROUPS = "committeeGroups";
    /** The planner's overall status, optional. */
    public static final String STATUS_TEXT = "statusText";
    /** The form's list of goals: ref, goal (status and reason, read-only) and the planner's comment. */
    public static final String GOAL_COMMENTS = "goalComments";
    public static final String REPORT_SUMMARY = "reportSummary";
    public static final String REPORT_LINKS = "reportLinks";

    private Var() {}
  }

  private StatusRound() {}
}
