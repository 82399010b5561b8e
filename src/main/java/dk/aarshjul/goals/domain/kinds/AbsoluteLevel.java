package dk.aarshjul.goals.domain.kinds;

import dk.aarshjul.goals.domain.Assessment;
import dk.aarshjul.goals.domain.Benchmark;
import dk.aarshjul.goals.domain.Bound;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** "Mål for 2020: 33 procent": at least (or at most) a level by the deadline. */
public record AbsoluteLevel(BigDecimal value, Bound bound) implements GoalTarget {

  public static final GoalField TARGET_VALUE = GoalField.number("targetValue", "Målværdi", "target_value");
  public static final GoalField BOUND = GoalField.code("bound", "Mindst eller højst", "bound", Bound.class);

  public static final GoalKind KIND = new GoalKind("absolute-level", "Niveau ved fristen", GoalKind.Baseline.OPTIONAL,
      List.of(TARGET_VALUE, BOUND), r -> new AbsoluteLevel(r.value(TARGET_VALUE), r.bound(BOUND)));

  public GoalKind kind() {
    return KIND;
  }

  public Map<String, Object> fields() {
    return GoalField.written(TARGET_VALUE, value, BOUND, bound);
  }

  public String describe(Goal goal, Function<Benchmark, String> benchmarkName) {
    return bound.danish() + " " + GoalDescription.amount(value, goal.unit());
  }

  /** Along the path from the baseline where the plan gives one, else against the level. */
  public Assessment assess(Goal goal, LocalDate asOf, QuarterFigures figures) {
    return StatusRules.measured(goal, figures, latest -> goal.baseline() != null && goal.baseline().value() != null
        ? StatusRules.path(goal.baseline(), value, goal, asOf, latest)
        : StatusRules.bound(latest, value, bound, goal));
  }

  public Optional<PlannedPath> planned(Goal goal) {
    Measurement baseline = PlannedPath.usableBaseline(goal);
    return Optional.of(new PlannedPath(baseline, value, baseline == null ? bound : null));
  }
}
