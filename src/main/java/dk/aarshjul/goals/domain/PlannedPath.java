package dk.aarshjul.goals.domain;

import java.math.BigDecimal;

/**
 * What a goal plans, for a chart: a straight path from the baseline to the target, or (without a
 * baseline) a level to stay above or below.
 *
 * @param from the baseline, with its value and period; null for a level
 * @param bound null for a path
 */
public record PlannedPath(Measurement from, BigDecimal target, Bound bound) {

  /** The goal's baseline where it has both a value and a period, else null. */
  public static Measurement usableBaseline(Goal goal) {
    Measurement baseline = goal.baseline();
    return baseline != null && baseline.value() != null && baseline.period() != null ? baseline : null;
  }
}
