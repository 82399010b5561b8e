package dk.aarshjul.planning.domain;

import dk.aarshjul.goals.domain.Goal;
import dk.aarshjul.shared.PlanPeriod;
import java.time.LocalDate;
import java.util.List;

/**
 * A new plan's first draft as a copy of the plan in force: its focus areas, target groups, pejlemærker and goals
 * with their indicators, baselines, targets and benchmarks. Two things move with the new period: a deadline
 * before it moves on by whole years into it (31 December 2026 becomes 31 December 2027), and links to national
 * goals stay only where the new plan has national goals of its own (the goals of another year are not its).
 */
public final class CarryOver {

  private CarryOver() {}

  public static PlanContent into(PlanContent inForce, PlanPeriod period, boolean withNationalGoals) {
    return new PlanContent(inForce.focusAreas().stream().map(area -> new FocusArea(area.title(), area.description(),
        area.targetGroups(), area.pejlemaerker(), area.goals().stream().map(goal -> goal(goal, period, withNationalGoals)).toList()))
        .toList());
  }

  private static Goal goal(Goal goal, PlanPeriod period, boolean withNationalGoals) {
    return new Goal(goal.text(), goal.indicatorCode(), goal.unit(), goal.targetGroup(), goal.baseline(), goal.target(),
        deadline(goal.deadline(), period), withNationalGoals ? goal.nationalGoals() : List.of(), goal.benchmarks());
  }

  /** A deadline before the period moves on by whole years to the first of them that is in it. */
  static LocalDate deadline(LocalDate deadline, PlanPeriod period) {
    if (deadline == null || deadline.getYear() >= period.firstYear()) {
      return deadline;
    }
    return deadline.plusYears(period.firstYear() - deadline.getYear());
  }
}
