package dk.aarshjul.goals.domain.kinds;

import dk.aarshjul.goals.domain.Assessment;
import dk.aarshjul.goals.domain.Benchmark;
import dk.aarshjul.goals.domain.Bound;
import dk.aarshjul.goals.domain.Goal;
import dk.aarshjul.goals.domain.GoalDescription;
import dk.aarshjul.goals.domain.GoalField;
import dk.aarshjul.goals.domain.GoalKind;
import dk.aarshjul.goals.domain.GoalTarget;
import dk.aarshjul.goals.domain.QuarterFigures;
import dk.aarshjul.goals.domain.StatusRules;
import dk.aarshjul.goals.domain.TargetReader;
import dk.aarshjul.indicators.domain.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A goal kind that exists only in the tests, "forløbene varer højst 20 uger i gennemsnit", to prove that a
 * kind is one class: nothing in the application names it. It is stored with the target values.
 */
public record MaxWaitingWeeks(BigDecimal weeks) implements GoalTarget {

  public static final GoalField MAX_WEEKS = GoalField.number("maxWeeks", "Højst antal uger", "target_value");

  public static final GoalKind KIND = new GoalKind("max-waiting-weeks", "Højst et antal uger", GoalKind.Baseline.OPTIONAL,
      List.of(MAX_WEEKS), MaxWaitingWeeks::read);

  private static MaxWaitingWeeks read(TargetReader r) {
    if (r.unit() != null && r.unit() != Unit.WEEKS) {
      r.reject("indicatorCode", "Indikator", "et antal uger skal måles i uger");
    }
    return new MaxWaitingWeeks(r.value(MAX_WEEKS));
  }

  public GoalKind kind() {
    return KIND;
  }

  public Map<String, Object> fields() {
    return GoalField.written(MAX_WEEKS, weeks);
  }

  public String describe(Goal goal, Function<Benchmark, String> benchmarkName) {
    return "højst " + GoalDescription.amount(weeks, goal.unit()) + " i gennemsnit";
  }

  public Assessment assess(Goal goal, LocalDate asOf, QuarterFigures figures) {
    return StatusRules.measured(goal, figures, latest -> StatusRules.bound(latest, weeks, Bound.AT_MOST, goal));
  }
}
