package dk.aarshjul.goals.domain.kinds;

import dk.aarshjul.goals.domain.Assessment;
import dk.aarshjul.goals.domain.Benchmark;
import dk.aarshjul.goals.domain.Goal;
import dk.aarshjul.goals.domain.GoalField;
import dk.aarshjul.goals.domain.GoalKind;
import dk.aarshjul.goals.domain.GoalStatus;
import dk.aarshjul.goals.domain.GoalTarget;
import dk.aarshjul.goals.domain.QuarterFigures;
import dk.aarshjul.goals.domain.StatusRules;
import dk.aarshjul.goals.domain.TargetReader;
import dk.aarshjul.indicators.domain.Unit;
import dk.aarshjul.shared.ReportingPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** "to årlige kampagner blandt lokale virksomheder": an activity staff count and report. */
public record CountedActivity(String activity, int count, ReportingPeriod.Type per) implements GoalTarget {

  static final int MAX_ACTIVITY = 500;
  static final int MAX_ACTIVITY_COUNT = 100_000;

  public static final GoalField ACTIVITY = GoalField.text("activity", "Aktivitet", "activity", MAX_ACTIVITY);
  public static final GoalField ACTIVITY_COUNT = GoalField.wholeNumber("activityCount", "Antal", "activity_count");
  public static final GoalField ACTIVITY_PER = GoalField.code("activityPer", "Pr.", "activity_per", ReportingPeriod.Type.class);

  public static final GoalKind KIND = new GoalKind("counted-activity", "Optalt aktivitet", GoalKind.Baseline.OPTIONAL,
      List.of(ACTIVITY, ACTIVITY_COUNT, ACTIVITY_PER), CountedActivity::read);

  private static CountedActivity read(TargetReader r) {
    if (r.unit() != null && r.unit() != Unit.COUNT) {
      r.reject("indicatorCode", "Indikator", "en optalt aktivitet skal have en indikator, der tæller (antal)");
    }
    String activity = r.requiredText(ACTIVITY);
    Integer count = r.wholeNumber(ACTIVITY_COUNT, MAX_ACTIVITY_COUNT);
    ReportingPeriod.Type per = r.code(ACTIVITY_PER, ReportingPeriod.Type.class, "vælg år, kvartal eller måned");
    return new CountedActivity(activity, count == null ? 0 : count, per);
  }

  public GoalKind kind() {
    return KIND;
  }

  public Map<String, Object> fields() {
    return GoalField.written(ACTIVITY, activity, ACTIVITY_COUNT, count, ACTIVITY_PER, per);
  }

  public String describe(Goal goal, Function<Benchmark, String> benchmarkName) {
    return count + " " + activity + " pr. " + switch (per) {
      case YEAR -> "år";
      case QUARTER -> "kvartal";
      case MONTH -> "måned";
    };
  }

  /** Staff's own count against the target for the part of the period that has passed; no indicator rules apply. */
  public Assessment assess(Goal goal, LocalDate asOf, QuarterFigures figures) {
    if (figures.latest().isEmpty() || !figures.latest().get().given()) {
      return new Assessment(GoalStatus.NOT_MEASURABLE, "Der er endnu ikke indberettet " + activity + " for perioden.");
    }
    BigDecimal counted = figures.latest().get().value();
    double elapsed = switch (per) {
      case YEAR -> asOf.getMonthValue() / 12.0;
      case QUARTER -> 1.0;
      case MONTH -> 1.0;
    };
    BigDecimal expected = BigDecimal.valueOf(count * elapsed).setScale(1, RoundingMode.HALF_UP);
    String reason = counted.stripTrailingZeros().toPlainString() + " " + activity + " mod målet " + count
        + "; forventet " + StatusRules.show(expected, Unit.COUNT) + " på dette tidspunkt";
    if (counted.compareTo(BigDecimal.valueOf(count)) >= 0 || counted.compareTo(expected) >= 0) {
      return new Assessment(GoalStatus.ON_TRACK, reason + ".");
    }
    return new Assessment(counted.compareTo(expected.subtract(BigDecimal.ONE)) >= 0 ? GoalStatus.AT_RISK : GoalStatus.OFF_TRACK,
        reason + ".");
  }
}
