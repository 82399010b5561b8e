package dk.aarshjul.goals.domain.kinds;

import dk.aarshjul.goals.domain.Assessment;
import dk.aarshjul.goals.domain.Benchmark;
import dk.aarshjul.goals.domain.Bound;
import dk.aarshjul.goals.domain.Goal;
import dk.aarshjul.goals.domain.GoalDescription;
import dk.aarshjul.goals.domain.GoalField;
import dk.aarshjul.goals.domain.GoalKind;
import dk.aarshjul.goals.domain.GoalTarget;
import dk.aarshjul.goals.domain.PlannedPath;
import dk.aarshjul.goals.domain.QuarterFigures;
import dk.aarshjul.goals.domain.StatusRules;
import dk.aarshjul.goals.domain.TargetReader;
import dk.aarshjul.indicators.domain.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** "De sygemeldte udgør max 2,3 procent af befolkningen": a ceiling or floor as a share. */
public record ShareOfPopulation(Bound bound, BigDecimal percent, String population) implements GoalTarget {

  static final int MAX_POPULATION = 200;

  public static final GoalField BOUND = AbsoluteLevel.BOUND;
  /** Stored with the other kinds' target values. */
  public static final GoalField SHARE_PERCENT = GoalField.number("sharePercent", "Andel i procent", "target_value");
  public static final GoalField POPULATION = GoalField.text("population", "Befolkningsgruppe", "population", MAX_POPULATION);

  public static final GoalKind KIND = new GoalKind("share-of-population", "Loft eller gulv som andel af befolkningen",
      GoalKind.Baseline.OPTIONAL, List.of(BOUND, SHARE_PERCENT, POPULATION), ShareOfPopulation::read);

  private static ShareOfPopulation read(TargetReader r) {
    r.requireShare("et loft eller gulv som andel skal måles i procent");
    BigDecimal percent = r.value(SHARE_PERCENT);
    return new ShareOfPopulation(r.bound(BOUND), percent, r.requiredText(POPULATION));
  }

  public GoalKind kind() {
    return KIND;
  }

  public Map<String, Object> fields() {
    return GoalField.written(BOUND, bound, SHARE_PERCENT, percent, POPULATION, population);
  }

  public String describe(Goal goal, Function<Benchmark, String> benchmarkName) {
    return bound.danish() + " " + GoalDescription.number(percent) + " procent af " + population;
  }

  public Assessment assess(Goal goal, LocalDate asOf, QuarterFigures figures) {
    return StatusRules.measured(goal, figures, latest -> StatusRules.bound(latest, percent, bound, goal));
  }

  public Optional<PlannedPath> planned(Goal goal) {
    return goal.unit() == Unit.PERCENT ? Optional.of(new PlannedPath(null, percent, bound)) : Optional.empty();
  }
}
