package dk.aarshjul.goals.domain.kinds;

import dk.aarshjul.goals.domain.Assessment;
import dk.aarshjul.goals.domain.Benchmark;
import dk.aarshjul.goals.domain.Figure;
import dk.aarshjul.goals.domain.Goal;
import dk.aarshjul.goals.domain.GoalField;
import dk.aarshjul.goals.domain.GoalKind;
import dk.aarshjul.goals.domain.GoalStatus;
import dk.aarshjul.goals.domain.GoalTarget;
import dk.aarshjul.goals.domain.QuarterFigures;
import dk.aarshjul.goals.domain.StatusRules;
import dk.aarshjul.shared.PeriodNames;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** "skal være stigende": only the direction from the baseline period. */
public record DirectionOnly(Direction direction) implements GoalTarget {

  public enum Direction {
    INCREASING,
    DECREASING
  }

  public static final GoalField DIRECTION = GoalField.code("direction", "Retning", "direction", Direction.class);

  public static final GoalKind KIND = new GoalKind("direction", "Udviklingen skal gå i en retning", GoalKind.Baseline.PERIOD_ONLY,
      List.of(DIRECTION), r -> new DirectionOnly(r.code(DIRECTION, Direction.class, "vælg stigende eller faldende")));

  public GoalKind kind() {
    return KIND;
  }

  public Map<String, Object> fields() {
    return GoalField.written(DIRECTION, direction);
  }

  public String describe(Goal goal, Function<Benchmark, String> benchmarkName) {
    return (direction == Direction.INCREASING ? "stigende" : "faldende") + " fra " + PeriodNames.danish(goal.baseline().period());
  }

  public Assessment assess(Goal goal, LocalDate asOf, QuarterFigures figures) {
    return StatusRules.measured(goal, figures, latest -> {
      if (figures.reference().isEmpty() || !figures.reference().get().given()) {
        return new Assessment(GoalStatus.NOT_MEASURABLE, "Der er ingen tal for udgangspunktet at sammenligne med.");
      }
      Figure from = figures.reference().get();
      int change = latest.value().compareTo(from.value()) * (direction == Direction.INCREASING ? 1 : -1);
      String reason = StatusRules.show(latest.value(), goal.unit()) + " i " + StatusRules.name(latest.period()) + " mod "
          + StatusRules.show(from.value(), goal.unit()) + " i " + StatusRules.name(from.period());
      return change > 0 ? new Assessment(GoalStatus.ON_TRACK, reason + "; udviklingen går den rigtige vej.")
          : change == 0 ? new Assessment(GoalStatus.AT_RISK, reason + "; uændret.")
          : new Assessment(GoalStatus.OFF_TRACK, reason + "; udviklingen går den forkerte vej.");
    });
  }

  public boolean comparesOverTime() {
    return true;
  }
}
