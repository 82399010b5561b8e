package dk.aarshjul.followup.adapter.camunda;

/** The contract of {@code bpmn/plan-follow-up.bpmn}. */
public final class PlanFollowUp {

  public static final String PROCESS_KEY = "planFollowUp";

  public static final String START = "startEvent_planAdopted";
  public static final String SCHEDULE_ROUNDS = "serviceTask_scheduleRounds";
  public static final String QUARTER = "subProcess_quarter";
  public static final String QUARTER_END = "timerEvent_quarterEnd";
  public static final String QUARTER_ROUND = "callActivity_quarterRound";
  public static final String END = "endEvent_followUpCompleted";
  public static final String ON_DEMAND = "subProcess_onDemandRound";
  public static final String ON_DEMAND_ROUND = "callActivity_onDemandRound";

  public static final String MESSAGE_ROUND_REQUESTED = "StatusRoundRequested";

  public static final class Var {
    public static final String QUARTERS = "quarters";
    public static final String QUARTER = "quarter";
    public static final String ROUND_STARTS_AT = "roundStartsAt";
    public static final String ON_DEMAND = "onDemand";
    public static final String REQUESTED_QUARTER = "requestedQuarter";
    /** The first quarter the follow-up schedules (an imported plan's); absent: every quarter of the period. */
    public static final String FOLLOW_FROM = "followFrom";

    private Var() {}
  }

  private PlanFollowUp() {}
}
