package dk.aarshjul.goals.domain;

import dk.aarshjul.shared.PeriodNames;
import dk.aarshjul.indicators.domain.Ranking;
import dk.aarshjul.indicators.domain.Unit;
import dk.aarshjul.goals.domain.GoalTarget.AbsoluteLevel;
import dk.aarshjul.goals.domain.GoalTarget.BaselineToTarget;
import dk.aarshjul.goals.domain.GoalTarget.Bound;
import dk.aarshjul.goals.domain.GoalTarget.CountedActivity;
import dk.aarshjul.goals.domain.GoalTarget.DirectionOnly;
import dk.aarshjul.goals.domain.GoalTarget.GapToBenchmark;
import dk.aarshjul.goals.domain.GoalTarget.NotWorseThan;
import dk.aarshjul.goals.domain.GoalTarget.Rank;
import dk.aarshjul.goals.domain.GoalTarget.RelativeChange;
import dk.aarshjul.goals.domain.GoalTarget.RelativeToBenchmark;
import dk.aarshjul.goals.domain.GoalTarget.ShareOfPopulation;
import dk.aarshjul.shared.Decimals;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Turns a goal and what is known of its indicator at a status round into a status and one Danish
 * sentence. Progress is judged against the path from the baseline to the target at the time of the
 * round, not only against the final value: a goal halfway through its period should be halfway there.
 */
public final class StatusRules {

  /** Within this share of the planned change behind the path, a goal is "at risk", beyond it "off track". */
  static final BigDecimal TOLERANCE = new BigDecimal("0.5");
  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private StatusRules() {}

  /** @param asOf the last day of the quarter the round is for */
  public static Assessment assess(Goal goal, LocalDate asOf, QuarterFigures figures) {
    GoalTarget target = goal.target();
    if (target instanceof CountedActivity activity) {
      return counted(activity, goal, asOf, figures);
    }
    if (figures.latest().isEmpty()) {
      return new Assessment(GoalStatus.NOT_MEASURABLE, "Der er endnu ingen tal for perioden.");
    }
    Figure latest = figures.latest().get();
    if (!latest.given()) {
      return new Assessment(GoalStatus.NOT_MEASURABLE, "Tallet for " + name(latest.period()) + " er ikke oplyst.");
    }
    if (figures.dataBreak() && needsComparisonOverTime(target)) {
      return new Assessment(GoalStatus.NOT_MEASURABLE, "Databrud: tallet for " + name(latest.period())
          + " er opgjort anderledes end udgangspunktet og kan ikke sammenlignes (" + show(latest.value(), goal.unit()) + ").");
    }
    Unit unit = goal.unit();
    BigDecimal value = latest.value();
    if (target instanceof BaselineToTarget t) {
      return path(goal.baseline(), t.value(), goal, asOf, latest);
    }
    if (target instanceof RelativeChange t) {
      BigDecimal goalValue = goal.baseline().value().multiply(BigDecimal.ONE.add(t.percent().divide(HUNDRED, MathContext.DECIMAL64)));
      return path(goal.baseline(), goalValue, goal, asOf, latest);
    }
    if (target instanceof AbsoluteLevel t) {
      if (goal.baseline() != null && goal.baseline().value() != null) {
        return path(goal.baseline(), t.value(), goal, asOf, latest);
      }
      return bound(value, t.value(), t.bound(), unit, latest.period(), goal);
    }
    if (target instanceof ShareOfPopulation t) {
      return bound(value, t.percent(), t.bound(), unit, latest.period(), goal);
    }
    if (target instanceof NotWorseThan t) {
      return notWorse(t, value, unit, latest.period(), figures);
    }
    if (target instanceof GapToBenchmark t) {
      return gap(t, goal, asOf, latest, figures);
    }
    if (target instanceof Rank t) {
      return rank(t, figures);
    }
    if (target instanceof RelativeToBenchmark t) {
      return relativeToBenchmark(t, value, unit, latest.period(), figures);
    }
    if (target instanceof DirectionOnly t) {
      return direction(t, value, unit, latest.period(), figures);
    }
    throw new IllegalArgumentException("No rule for " + target);
  }

  private static boolean needsComparisonOverTime(GoalTarget target) {
    return target instanceof BaselineToTarget || target instanceof RelativeChange || target instanceof NotWorseThan
        || target instanceof DirectionOnly || target instanceof GapToBenchmark;
  }

  /** Along the straight path from the baseline (at the end of its period) to the target (at the deadline). */
  static Assessment path(Measurement baseline, BigDecimal target, Goal goal, LocalDate asOf, Figure latest) {
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

  private static Assessment bound(BigDecimal value, BigDecimal limit, Bound bound, Unit unit, String period, Goal goal) {
    boolean met = bound == Bound.AT_LEAST ? value.compareTo(limit) >= 0 : value.compareTo(limit) <= 0;
    String reason = show(value, unit) + " i " + name(period) + " mod målet " + (bound == Bound.AT_LEAST ? "mindst " : "højst ")
        + show(limit, unit) + " i " + goal.deadline().getYear();
    if (met) {
      return new Assessment(GoalStatus.ON_TRACK, reason + "; målet er nået.");
    }
    BigDecimal miss = value.subtract(limit).abs();
    boolean close = miss.compareTo(limit.abs().multiply(new BigDecimal("0.05"))) <= 0;
    return new Assessment(close ? GoalStatus.AT_RISK : GoalStatus.OFF_TRACK, reason + ".");
  }

  private static Assessment notWorse(NotWorseThan t, BigDecimal value, Unit unit, String period, QuarterFigures figures) {
    if (figures.reference().isEmpty() || !figures.reference().get().given()) {
      return new Assessment(GoalStatus.NOT_MEASURABLE, "Der er ingen tal for referenceperioden " + t.reference() + ".");
    }
    BigDecimal reference = figures.reference().get().value();
    int worse = value.compareTo(reference) * (t.better() == GoalTarget.Better.LOWER ? 1 : -1);
    String reason = show(value, unit) + " i " + name(period) + " mod " + show(reference, unit) + " i " + name(t.reference().toString());
    if (worse <= 0) {
      return new Assessment(GoalStatus.ON_TRACK, reason + "; ikke dårligere.");
    }
    boolean close = value.subtract(reference).abs().compareTo(reference.abs().multiply(new BigDecimal("0.02"))) <= 0;
    return new Assessment(close ? GoalStatus.AT_RISK : GoalStatus.OFF_TRACK, reason + "; dårligere end referencen.");
  }

  private static Assessment gap(GapToBenchmark t, Goal goal, LocalDate asOf, Figure latest, QuarterFigures figures) {
    if (figures.benchmark().isEmpty() || !figures.benchmark().get().given()) {
      return new Assessment(GoalStatus.NOT_MEASURABLE, "Der er endnu intet tal for sammenligningsgrundlaget i " + name(latest.period()) + ".");
    }
    BigDecimal startGap = goal.baseline().value().subtract(t.benchmarkBaseline());
    BigDecimal targetGap = startGap.signum() >= 0 ? startGap.subtract(t.reduceByPoints()) : startGap.add(t.reduceByPoints());
    BigDecimal gapNow = latest.value().subtract(figures.benchmark().get().value());
    Assessment onPath = path(new Measurement(startGap, goal.baseline().period()), targetGap, goal, asOf,
        new Figure(latest.period(), gapNow, true));
    return new Assessment(onPath.status(), "Forskellen er " + points(gapNow) + " procentpoint i " + name(latest.period())
        + " mod målet " + points(targetGap) + " (udgangspunkt " + points(startGap) + ").");
  }

  private static Assessment rank(Rank t, QuarterFigures figures) {
    if (figures.rank().isEmpty()) {
      return new Assessment(GoalStatus.NOT_MEASURABLE, "Kommunens placering kan endnu ikke opgøres.");
    }
    Ranking ranking = figures.rank().get();
    int places = (int) Math.ceil((double) ranking.of() * t.numerator() / t.denominator());
    String reason = "Nr. " + ranking.rank() + " af " + ranking.of() + " kommuner; målet er de bedste " + places
        + " (" + GoalDescription.best(t.numerator(), t.denominator()) + ")";
    if (ranking.within(t.numerator(), t.denominator())) {
      return new Assessment(GoalStatus.ON_TRACK, reason + ".");
    }
    boolean close = ranking.rank() <= Math.ceil(places * 1.25);
    return new Assessment(close ? GoalStatus.AT_RISK : GoalStatus.OFF_TRACK, reason + ".");
  }

  private static Assessment relativeToBenchmark(RelativeToBenchmark t, BigDecimal value, Unit unit, String period, QuarterFigures figures) {
    if (figures.benchmark().isEmpty() || !figures.benchmark().get().given()) {
      return new Assessment(GoalStatus.NOT_MEASURABLE, "Der er endnu intet tal for sammenligningsgrundlaget i " + name(period) + ".");
    }
    BigDecimal bench = figures.benchmark().get().value();
    BigDecimal margin = t.marginPoints() == null ? BigDecimal.ZERO : t.marginPoints();
    String reason = show(value, unit) + " mod " + show(bench, unit) + " for sammenligningsgrundlaget i " + name(period);
    BigDecimal difference = value.subtract(bench);
    GoalStatus status = switch (t.comparison()) {
      case AT_OR_BELOW -> difference.compareTo(margin.negate()) <= 0 ? GoalStatus.ON_TRACK
          : difference.signum() <= 0 ? GoalStatus.AT_RISK : GoalStatus.OFF_TRACK;
      case AT_OR_ABOVE -> difference.compareTo(margin) >= 0 ? GoalStatus.ON_TRACK
          : difference.signum() >= 0 ? GoalStatus.AT_RISK : GoalStatus.OFF_TRACK;
      case AT_LEVEL -> {
        BigDecimal tolerance = margin.signum() > 0 ? margin : bench.abs().multiply(new BigDecimal("0.05"));
        yield difference.abs().compareTo(tolerance) <= 0 ? GoalStatus.ON_TRACK
            : difference.abs().compareTo(tolerance.multiply(BigDecimal.valueOf(2))) <= 0 ? GoalStatus.AT_RISK : GoalStatus.OFF_TRACK;
      }
    };
    return new Assessment(status, reason + ".");
  }

  private static Assessment direction(DirectionOnly t, BigDecimal value, Unit unit, String period, QuarterFigures figures) {
    if (figures.reference().isEmpty() || !figures.reference().get().given()) {
      return new Assessment(GoalStatus.NOT_MEASURABLE, "Der er ingen tal for udgangspunktet at sammenligne med.");
    }
    Figure from = figures.reference().get();
    int change = value.compareTo(from.value()) * (t.direction() == GoalTarget.Direction.INCREASING ? 1 : -1);
    String reason = show(value, unit) + " i " + name(period) + " mod " + show(from.value(), unit) + " i " + name(from.period());
    return change > 0 ? new Assessment(GoalStatus.ON_TRACK, reason + "; udviklingen går den rigtige vej.")
        : change == 0 ? new Assessment(GoalStatus.AT_RISK, reason + "; uændret.")
        : new Assessment(GoalStatus.OFF_TRACK, reason + "; udviklingen går den forkerte vej.");
  }

  /** Staff's own count against the target for the part of the period that has passed. */
  private static Assessment counted(CountedActivity t, Goal goal, LocalDate asOf, QuarterFigures figures) {
    if (figures.latest().isEmpty() || !figures.latest().get().given()) {
      return new Assessment(GoalStatus.NOT_MEASURABLE, "Der er endnu ikke indberettet " + t.activity() + " for perioden.");
    }
    BigDecimal count = figures.latest().get().value();
    double elapsed = switch (t.per()) {
      case YEAR -> asOf.getMonthValue() / 12.0;
      case QUARTER -> 1.0;
      case MONTH -> 1.0;
    };
    BigDecimal expected = BigDecimal.valueOf(t.count() * elapsed).setScale(1, RoundingMode.HALF_UP);
    String reason = count.stripTrailingZeros().toPlainString() + " " + t.activity() + " mod målet " + t.count()
        + "; forventet " + show(expected, Unit.COUNT) + " på dette tidspunkt";
    if (count.compareTo(BigDecimal.valueOf(t.count())) >= 0 || count.compareTo(expected) >= 0) {
      return new Assessment(GoalStatus.ON_TRACK, reason + ".");
    }
    return new Assessment(count.compareTo(expected.subtract(BigDecimal.ONE)) >= 0 ? GoalStatus.AT_RISK : GoalStatus.OFF_TRACK,
        reason + ".");
  }

  /** "2. kvartal 2026", as the rest of the report names periods. */
  private static String name(String period) {
    return PeriodNames.danish(period);
  }

  static String show(BigDecimal value, Unit unit) {
    return unit.show(value);
  }

  private static String points(BigDecimal value) {
    return Decimals.danish(value, "0.0");
  }
}
