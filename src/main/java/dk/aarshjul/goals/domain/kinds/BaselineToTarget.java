package dk.aarshjul.goals.domain.kinds;

import dk.aarshjul.goals.domain.Assessment;
import dk.aarshjul.goals.domain.BaselineCheck;
import dk.aarshjul.goals.domain.Benchmark;
import dk.aarshjul.goals.domain.Goal;
import dk.aarshjul.goals.domain.GoalDescription;
import dk.aarshjul.goals.domain.GoalField;
import dk.aarshjul.goals.domain.GoalKind;
import dk.aarshjul.goals.domain.GoalTarget;
import dk.aarshjul.goals.domain.PlannedPath;
import dk.aarshjul.goals.domain.QuarterFigures;
import dk.aarshjul.goals.domain.StatusRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** "fra 741 i 2015 til 690 i 2017": from the goal's baseline to a target value. */
public record BaselineToTarget(BigDecimal value) implements GoalTarget {

  public static final GoalField TARGET_VALUE = AbsoluteLevel.TARGET_VALUE;

  public static final GoalKind KIND = new GoalKind("baseline-to-target", "Fra udgangspunkt til målværdi",
      GoalKind.Baseline.VALUE_AND_PERIOD, List.of(TARGET_VALUE), r -> new BaselineToTarget(r.value(TARGET_VALUE)));

  public GoalKind kind() {
    return KIND;
  }

  public Map<String, Object> fields() {
    return GoalField.written(TARGET_VALUE, value);
  }

  public String describe(Goal goal, Function<Benchmark, String> benchmarkName) {
    return "fra " + GoalDescription.baselineWithPeriod(goal) + " til " + GoalDescription.amount(value, goal.unit());
  }

  public Assessment assess(Goal goal, LocalDate asOf, QuarterFigures figures) {
    return StatusRules.measured(goal, figures, latest -> StatusRules.path(goal.baseline(), value, goal, asOf, latest));
  }

  public boolean comparesOverTime() {
    return true;
  }

  public Optional<PlannedPath> planned(Goal goal) {
    return Optional.of(new PlannedPath(PlannedPath.usableBaseline(goal), value, null));
  }

  /** A filled baseline may lie beyond the target, which turns the goal around. */
  public List<String> baselineWarnings(Goal goal, BigDecimal figure) {
    return value == null ? List.of() : BaselineCheck.turnsAround(goal, value, figure).stream().toList();
  }
}
