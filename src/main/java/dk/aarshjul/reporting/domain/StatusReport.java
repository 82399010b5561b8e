package dk.aarshjul.reporting.domain;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a status round found for every goal of a plan, kept as it was assessed, so the draft the planner
 * reviews and the final report the committee reads show the same figures.
 *
 * @param municipality who the plan is for ("Tårnby Kommune", "Ishøj og Vallensbæk Kommuner")
 * @param quarter e.g. {@code 2026Q1}
 */
public record StatusReport(
    String planId,
    String planTitle,
    String municipality,
    String quarter,
    String quarterLabel,
    OffsetDateTime assessedAt,
    List<GoalReport> goals) {

  public StatusReport {
    goals = List.copyOf(goals);
  }

  public long count(GoalStatus status) {
    return goals.stream().filter(goal -> goal.status() == status).count();
  }
}
