package dk.aarshjul.documents.domain;

import dk.aarshjul.goals.domain.GoalStatus;
import dk.aarshjul.shared.PeriodNames;
import dk.aarshjul.shared.ReportingPeriod;
import java.util.List;

/**
 * One goal in a status report, its figures already written the Danish way.
 *
 * @param ref the goal's place in the plan, "1.2" for focus area 1, goal 2; commentary is keyed by it
 * @param latest the latest figure ("11,2 %", "ikke oplyst"), or "–" when there is none yet
 * @param latestPeriod the period of the latest figure, or null when there is none yet
 * @param change since the baseline ("−51 fuldtidspersoner (−6,9 %)"), or "–"
 * @param chart the municipality and its benchmarks over time, as plotted; the first series is the municipality
 * @param figure the chart's axis, planned path and target, and the comparison with each benchmark
 */
public record GoalReport(
    String ref,
    String focusArea,
    String text,
    String indicatorName,
    String target,
    String baseline,
    String latest,
    ReportingPeriod latestPeriod,
    String change,
    GoalStatus status,
    String reason,
    List<Series> chart,
    GoalFigure figure) {

  public GoalReport {
    chart = List.copyOf(chart);
    figure = figure == null ? GoalFigure.NONE : figure;
  }

  /** "1. kvartal 2026", or empty when there is no figure yet. */
  public String latestPeriodLabel() {
    return latestPeriod == null ? "" : PeriodNames.danish(latestPeriod);
  }

  /** "2,4 % (1. kvartal 2026)", or the latest figure alone ("–") when there is none yet. */
  public String latestWithPeriod() {
    return latestPeriod == null ? latest : latest + " (" + latestPeriodLabel() + ")";
  }

  public String statusLabel() {
    return status.danishLabel();
  }
}
