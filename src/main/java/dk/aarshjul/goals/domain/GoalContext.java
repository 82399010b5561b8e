package dk.aarshjul.goals.domain;

import dk.aarshjul.shared.PlanPeriod;
import dk.aarshjul.indicators.domain.Indicator;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What a goal is checked against: the plan's period, the national goals published for it, the indicator
 * catalogue and the municipalities that can be benchmarks.
 *
 * @param pulledFromSource whether an indicator's figures come from a source, so a missing baseline
 *     value can be filled from it
 * @param targetGroups the target groups by law, dated
 */
public record GoalContext(
    PlanPeriod period,
    Set<Integer> nationalGoalNumbers,
    Function<String, Optional<Indicator>> indicators,
    Predicate<String> knownMunicipality,
    Predicate<String> pulledFromSource,
    TargetGroups targetGroups) {

  public GoalContext {
    nationalGoalNumbers = Set.copyOf(nationalGoalNumbers);
  }
}
