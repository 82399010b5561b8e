package dk.aarshjul.planning.adapter.camunda;

/** The contract of {@code bpmn/status-round.bpmn}: one status round of an adopted plan. */
public final class StatusRound {

  public static final String PROCESS_KEY = "statusRound";

  public static final String PULL_INDICATORS = "serviceTask_pullIndicators";
  public static final String OPEN_ROUND = "serviceTask_openRound";
  public static final String WRITE_STATUS = "userTask_writeStatus";
  public static final String END = "endEvent_statusWritten";

  public static final String FORM = "write-quarter-status";

  public static final class Var {
    public static final String ROUND_ID = "statusRoundId";
    public static final String QUARTER = "quarter";
    public static final String QUARTER_LABEL = "quarterLabel";
    public static final String ON_DEMAND = "onDemand";
    public static final String STATUS_DUE = "statusDue";
    public static final String STATUS_REMINDER = "statusReminder";
    public static final String STATUS_TEXT = "statusText";

    private Var() {}
  }

  private StatusRound() {}
}
