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
import dk.aarshjul.indicators.domain.Ranking.Better;
import dk.aarshjul.shared.ReportingPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** "må ikke være større end niveauet i 2019": no worse than a reference period. */
public record NotWorseThan(ReportingPeriod reference, Better better) implements GoalTarget {

  public static final GoalField REFERENCE_PERIOD = GoalField.period("referencePeriod", "Referenceperiode", "reference_period");
  public static final GoalField BETTER = GoalField.code("better", "Bedst er", "better", Better.class);

  public static final GoalKind KIND = new GoalKind("not-worse-than", "Ikke dårligere end en referenceperiode",
      GoalKind.Baseline.OPTIONAL, List.of(REFERENCE_PERIOD, BETTER),
      r -> new NotWorseThan(r.period(REFERENCE_PERIOD), r.better(BETTER)));

  public GoalKind kind() {
    return KIND;
  }

  public Map<String, Object> fields() {
    return GoalField.written(REFERENCE_PERIOD, reference, BETTER, better);
  }

  public String describe(Goal goal, Function<Benchmark, String> benchmarkName) {
    return (better == Better.LOWER ? "ikke højere" : "ikke lavere") + " end i " + reference;
  }

  public Assessment assess(Goal goal, LocalDate asOf, QuarterFigures figures) {
    return StatusRules.measured(goal, figures, latest -> {
      if (figures.reference().isEmpty() || !figures.reference().get().given()) {
        return new Assessment(GoalStatus.NOT_MEASURABLE, "Der er ingen tal for referenceperioden " + reference + ".");
      }
      BigDecimal value = latest.value();
      BigDecimal level = figures.reference().get().value();
      int worse = value.compareTo(level) * (better == Better.LOWER ? 1 : -1);
      String reason = StatusRules.show(value, goal.unit()) + " i " + StatusRules.name(latest.period()) + " mod "
          + StatusRules.show(level, goal.unit()) + " i " + StatusRules.name(reference);
      if (worse <= 0) {
        return new Assessment(GoalStatus.ON_TRACK, reason + "; ikke dårligere.");
      }
      boolean close = value.subtract(level).abs().compareTo(level.abs().multiply(new BigDecimal("0.02"))) <= 0;
      return new Assessment(close ? GoalStatus.AT_RISK : GoalStatus.OFF_TRACK, reason + "; dårligere end referencen.");
    });
  }

  public boolean comparesOverTime() {
    return true;
  }

  public Optional<ReportingPeriod> referencePeriod() {
    return Optional.ofNullable(reference);
  }
}
