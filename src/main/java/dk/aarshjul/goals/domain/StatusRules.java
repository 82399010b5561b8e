package dk.aarshjul.goals.domain;

import dk.aarshjul.indicators.domain.Unit;
import dk.aarshjul.shared.Decimals;
import dk.aarshjul.shared.PeriodNames;
import dk.aarshjul.shared.ReportingPeriod;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;

/**
 * What the goal kinds share when they turn a goal and what is known of its indicator at a status round
 * into a status and one Danish sentence. Progress is judged against the path from the baseline to the
 * target at the time of the round, not only against the final value: a goal halfway through its period
 * should be halfway there. Each kind's own rule is its {@link GoalTarget#assess}.
 */
public final class StatusRules {

  /** Within this share of the planned change behind the path, a goal is "at risk", beyond it "off track". */
  static final BigDecimal TOLERANCE = new BigDecimal("0.5");
  public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private StatusRules() {}

  /** @param asOf the last day of the quarter the round is for */
  public static Assessment assess(Goal goal, LocalDate asOf, QuarterFigures figures) {
    return goal.target().assess(goal, asOf, figures);
  }

  /**
   * The kind's rule applied to the latest figure, once there is one that is given and, for a goal that
   * compares over time, comparable with the baseline.
   */
  public static Assessment measured(Goal goal, QuarterFigures figures, Function<Figure, Assessment> rule) {
    if (figures.latest().isEmpty()) {
      return new Assessment(GoalStatus.NOT_MEASURABLE, "Der er endnu ingen tal for perioden.");
    }
    Figure latest = figures.latest().get();
    if (!latest.given()) {
      return new Assessment(GoalStatus.NOT_MEASURABLE, "Tallet for " + name(latest.period()) + " er ikke oplyst.");
    }
    if (goal.target().comparesOverTime() && olderThanTheBaseline(goal, latest)) {
      return new Assessment(GoalStatus.NOT_MEASURABLE, "Det seneste tal er fra " + name(latest.period()) + ", før udgangspunktet i "
          + name(goal.baseline().period()) + ", og kan ikke vise udviklingen fra det.");
    }
    if (figures.dataBreak() && goal.target().comparesOverTime()) {
      return new Assessment(GoalStatus.NOT_MEASURABLE, "Databrud: tallet for " + name(latest.period())
          + " er opgjort anderledes end udgangspunktet og kan ikke sammenlignes (" + show(latest.value(), goal.unit()) + ").");
    }
    return rule.apply(latest);
  }

  /** A figure for a period that ended before the baseline's began: the round has no figure of the plan's time. */
  private static boolean olderThanTheBaseline(Goal goal, Figure latest) {
    return goal.baseline() != null && goal.baseline().period() != null
        && latest.period().lastDay().isBefore(goal.baseline().period().firstDay());
  }

  /** The rule applied to the benchmark's figure, once it has one for the period. */
  public static Assessment againstBenchmark(QuarterFigures figures, ReportingPeriod period, Function<BigDecimal, Assessment> rule) {
    if (figures.benchmark().isEmpty() || !figures.benchmark().get().given()) {
      return new Assessment(GoalStatus.NOT_MEASURABLE, "Der er endnu intet tal for sammenligningsgrundlaget i " + name(period) + ".");
    }
    return rule.apply(figures.benchmark().get().value());
  }

  /** Along the straight path from the baseline (at the end of its period) to the target (at the deadline). */
  public static Assessment path(Measurement baseline, BigDecimal target, Goal goal, LocalDate asOf, Figure latest) {
    Unit unit = goal.unit();
    BigDecimal value = latest.value();
    String against = show(value, unit) + " i " + name(latest.period()) + " mod målet " + show(target, unit) + " i " + goal.deadline().getYear();
    if (baseline == null || baseline.value() == null) {
      return new Assessment(GoalStatus.NOT_MEASURABLE, "Udgangspunktet mangler; " + against + ".");
    }
    BigDecimal start = baseline.value();
    int direction = target.compareTo(start);
    if (direction == 0) {
      int off = value.compareTo(target);
      return off == 0 ? new Assessment(GoalStatus.ON_TRACK, against + "; niveauet er holdt.")
          : new Assessment(GoalStatus.AT_RISK, against + "; målet er at holde niveauet.");
    }
    if (value.compareTo(target) * direction >= 0) {
      return new Assessment(GoalStatus.ON_TRACK, against + "; målet er nået.");
    }
    LocalDate from = baseline.period().lastDay();
    long total = Math.max(1, ChronoUnit.DAYS.between(from, goal.deadline()));
    long passed = Math.max(0, Math.min(total, ChronoUnit.DAYS.between(from, asOf)));
    BigDecimal expected = start.add(target.subtract(start).multiply(BigDecimal.valueOf(passed))
        .divide(BigDecimal.valueOf(total), MathContext.DECIMAL64));
    String reason = against + "; forventet " + show(expected, unit) + " på dette tidspunkt.";
    BigDecimal behind = expected.subtract(value).multiply(BigDecimal.valueOf(direction));
    if (behind.signum() <= 0) {
      return new Assessment(GoalStatus.ON_TRACK, reason);
    }
    BigDecimal allowed = target.subtract(start).abs().multiply(TOLERANCE);
    return new Assessment(behind.compareTo(allowed) <= 0 ? GoalStatus.AT_RISK : GoalStatus.OFF_TRACK, reason);
  }

  /** Above or below a level; within 5 % of it is "at risk". */
  public static Assessment bound(Figure latest, BigDecimal limit, Bound bound, Goal goal) {
    BigDecimal value = latest.value();
    boolean met = bound == Bound.AT_LEAST ? value.compareTo(limit) >= 0 : value.compareTo(limit) <= 0;
    String reason = show(value, goal.unit()) + " i " + name(latest.period()) + " mod målet " + bound.danish() + " "
        + show(limit, goal.unit()) + " i " + goal.deadline().getYear();
    if (met) {
      return new Assessment(GoalStatus.ON_TRACK, reason + "; målet er nået.");
    }
    BigDecimal miss = value.subtract(limit).abs();
    boolean close = miss.compareTo(limit.abs().multiply(new BigDecimal("0.05"))) <= 0;
    return new Assessment(close ? GoalStatus.AT_RISK : GoalStatus.OFF_TRACK, reason + ".");
  }

  /** "2. kvartal 2026", as the rest of the report names periods. */
  public static String name(ReportingPeriod period) {
    return PeriodNames.danish(period);
  }

  public static String show(BigDecimal value, Unit unit) {
    return unit.show(value);
  }

  /** Percentage points with one decimal: "0,5". */
  public static String points(BigDecimal value) {
    return Decimals.danish(value, "0.0");
  }
}
