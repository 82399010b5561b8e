package dk.aarshjul.planning.application;

import dk.aarshjul.goals.domain.GoalStatus;
import dk.aarshjul.shared.Quarter;
import dk.aarshjul.shared.TenantId;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The status rounds an adopted plan has had, as the plan shows them. The follow-up feature keeps the rounds
 * and answers this port; planning does not know how rounds run.
 */
public interface StatusRoundHistory {

  List<Round> rounds(String planId, TenantId tenantId);

  /**
   * The plan's latest round up to a quarter whose report is final, as the committee was oriented with it: every
   * goal's status and figures as assessed, and the planner's commentary. Empty when there is none.
   */
  Optional<RoundResults> latestFinal(String planId, TenantId tenantId, Quarter notAfter);

  /** @param statusText the planner's overall status, null until written */
  record Round(Quarter quarter, boolean onDemand, String statusText, OffsetDateTime writtenAt, String writtenBy) {}

  /**
   * @param summary "15 mål: 9 på rette spor, …"
   * @param statusText the planner's overall status for the committee, or null
   */
  record RoundResults(Quarter quarter, String summary, String statusText, List<GoalResult> goals) {
    public RoundResults {
      goals = List.copyOf(goals);
    }

    /** "4. kvartal 2026" */
    public String quarterLabel() {
      return quarter.danishLabel();
    }
  }

  /**
   * One goal as the round found it, written the Danish way.
   *
   * @param ref "1.2" for focus area 1, goal 2
   * @param latest the latest figure with its period ("11,2 % (2. kvartal 2026)"), or "–"
   * @param comparisons the figure against each benchmark, one Danish sentence each
   * @param commentary what the planner told the committee about the goal, or ""
   */
  record GoalResult(String ref, String focusArea, String text, GoalStatus status, String reason, String target,
      String latest, String change, List<String> comparisons, String commentary) {
    public GoalResult {
      comparisons = List.copyOf(comparisons);
    }
  }
}
