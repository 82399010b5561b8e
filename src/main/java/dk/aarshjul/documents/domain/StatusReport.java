package dk.aarshjul.documents.domain;

import dk.aarshjul.goals.domain.GoalStatus;
import dk.aarshjul.shared.Quarter;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What a status round found for every goal of a plan, kept as it was assessed, so the draft the planner
 * reviews and the final report the committee reads show the same figures.
 *
 * @param municipalityName who the plan is for, as the report names them ("Tårnby Kommune", "Ishøj og Vallensbæk
 *     Kommuner")
 * @param quarter the quarter the round follows up
 */
public record StatusReport(
    String planId,
    String planTitle,
    String municipalityName,
    Quarter quarter,
    OffsetDateTime assessedAt,
    List<GoalReport> goals) {

  public StatusReport {
    Objects.requireNonNull(quarter, "a report is for a quarter");
    goals = List.copyOf(goals);
  }

  /** "1. kvartal 2026" */
  public String quarterLabel() {
    return quarter.danishLabel();
  }

  /** "15 mål: 9 på rette spor, 3 usikre, 2 ikke på rette spor og 1 kan endnu ikke måles." */
  public String summary() {
    return goals.size() + " mål: " + count(GoalStatus.ON_TRACK) + " på rette spor, " + count(GoalStatus.AT_RISK) + " usikre, "
        + count(GoalStatus.OFF_TRACK) + " ikke på rette spor og " + count(GoalStatus.NOT_MEASURABLE) + " kan endnu ikke måles.";
  }

  public long count(GoalStatus status) {
    return goals.stream().filter(goal -> goal.status() == status).count();
  }
}
