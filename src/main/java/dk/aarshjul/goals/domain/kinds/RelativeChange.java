package dk.aarshjul.goals.domain.kinds;

import dk.aarshjul.goals.domain.Assessment;
import dk.aarshjul.goals.domain.Benchmark;
import dk.aarshjul.goals.domain.Goal;
import dk.aarshjul.goals.domain.GoalDescription;
import dk.aarshjul.goals.domain.GoalField;
import dk.aarshjul.goals.domain.GoalKind;
import dk.aarshjul.goals.domain.GoalTarget;
import dk.aarshjul.goals.domain.Measurement;
import dk.aarshjul.goals.domain.PlannedPath;
import dk.aarshjul.goals.domain.QuarterFigures;
import dk.aarshjul.goals.domain.StatusRules;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** "skal øges med 5%": a change in percent of the baseline, positive or negative. */
public record RelativeChange(BigDecimal percent) implements GoalTarget {

  public static final GoalField CHANGE_PERCENT = GoalField.number("changePercent", "Ændring i procent", "change_percent")
      .hint("Ændring i procent, fx 5 eller -7");

  public static final GoalKind KIND = new GoalKind("relative-change", "Ændring i procent", GoalKind.Baseline.VALUE_AND_PERIOD,
      List.of(CHANGE_PERCENT), r -> new RelativeChange(r.changePercent(CHANGE_PERCENT)));

  public GoalKind kind() {
    return KIND;
  }

  public Map<String, Object> fields() {
    return GoalField.written(CHANGE_PERCENT, percent);
  }

  public String describe(Goal goal, Function<Benchmark, String> benchmarkName) {
    return (percent.signum() > 0 ? "en stigning på " : "et fald på ") + GoalDescription.number(percent.abs()) + " % fra "
        + GoalDescription.baselineWithPeriod(goal);
  }

  public Assessment assess(Goal goal, LocalDate asOf, QuarterFigures figures) {
    return StatusRules.measured(goal, figures, latest -> StatusRules.path(goal.baseline(), from(goal.baseline()), goal, asOf, latest));
  }

  public boolean comparesOverTime() {
    return true;
  }

  public Optional<PlannedPath> planned(Goal goal) {
    Measurement baseline = PlannedPath.usableBaseline(goal);
    return baseline == null ? Optional.empty() : Optional.of(new PlannedPath(baseline, from(baseline), null));
  }

  /** The value the change leads to from the baseline. */
  private BigDecimal from(Measurement baseline) {
    return baseline.value().multiply(BigDecimal.ONE.add(percent.divide(StatusRules.HUNDRED, MathContext.DECIMAL64)));
  }
}
