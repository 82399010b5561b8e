package dk.aarshjul.documents.domain;

import dk.aarshjul.goals.domain.GoalStatus;
import java.util.List;

/**
 * One goal in a status report, its figures already written the Danish way.
 *
 * @param ref the goal's place in the plan, "1.2" for focus area 1, goal 2; commentary is keyed by it
 * @param latest the latest figure ("11,2 %", "ikke oplyst"), or "–" when there is none yet
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
    String latestPeriod,
    String change,
    GoalStatus status,
    String reason,
    List<Series> chart,
    GoalFigure figure) {

  public GoalReport {
    chart = List.copyOf(chart);
    figure = figure == null ? GoalFigure.NONE : figure;
  }

  public String statusLabel() {
    return status.danishLabel();
  }
}
