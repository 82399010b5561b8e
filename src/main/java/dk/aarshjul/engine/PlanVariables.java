package dk.aarshjul.engine;

/**
 * The variables every process of a plan carries: the annual cycle sets them, and its follow-up and status
 * rounds inherit them. One place, so the processes of two features cannot drift apart.
 */
public final class PlanVariables {

  public static final String TENANT = "tenantId";
  public static final String PLAN_ID = "planId";
  public static final String PLAN_TITLE = "planTitle";
  public static final String FIRST_YEAR = "firstYear";
  public static final String LAST_YEAR = "lastYear";
  public static final String PLANNER_GROUP = "plannerGroup";
  /** The period a process's tasks are for ("2. kvartal 2026"), added to their names; absent in the annual cycle. */
  public static final String PERIOD_LABEL = "quarterLabel";

  private PlanVariables() {}
}
