package dk.aarshjul.goals.domain;

import dk.aarshjul.indicators.domain.Unit;
import java.time.LocalDate;
import java.util.List;

/**
 * A measurable goal: the indicator it is measured by, whom it is about, where the indicator stood
 * (baseline, where the kind needs one), what reaching it means, and by when.
 *
 * @param unit the indicator's unit, which every value of the goal is in
 * @param baseline null for kinds that need none
 * @param nationalGoals the numbers of the national goals it serves, possibly none
 * @param benchmarks what the goal's figures are compared with in reports
 */
public record Goal(
    String text,
    String indicatorCode,
    Unit unit,
    TargetGroup targetGroup,
    Measurement baseline,
    GoalTarget target,
    LocalDate deadline,
    List<Integer> nationalGoals,
    List<Benchmark> benchmarks) {

  public Goal {
    nationalGoals = List.copyOf(nationalGoals);
    benchmarks = List.copyOf(benchmarks);
  }

  public Goal withBaseline(Measurement filled) {
    return new Goal(text, indicatorCode, unit, targetGroup, filled, target, deadline, nationalGoals, benchmarks);
  }

  public GoalKind kind() {
    return target.kind();
  }
}
