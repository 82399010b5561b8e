package dk.aarshjul.goals.domain;

import dk.aarshjul.indicators.domain.Ranking;
import dk.aarshjul.shared.ReportingPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What reaching a goal means: one record per kind in {@code goals.domain.kinds}, each with exactly the
 * fields its kind needs and everything the kind does. {@code GoalKindContractTest} runs every operation
 * on a sample of every registered kind.
 */
public interface GoalTarget {

  GoalKind kind();

  /** The kind's own fields by their form and API names, in the shape the API writes them. */
  Map<String, Object> fields();

  /** What reaching the goal means, in Danish, without its deadline: "fra 741 fuldtidspersoner (2015) til 690". */
  String describe(Goal goal, Function<Benchmark, String> benchmarkName);

  /** Where the goal stands at a status round. @param asOf the last day of the quarter the round is for */
  Assessment assess(Goal goal, LocalDate asOf, QuarterFigures figures);

  /** Whether the goal compares the indicator over time, so a data break makes it unmeasurable. */
  default boolean comparesOverTime() {
    return false;
  }

  /** The benchmark the target names, which the goal is then always compared with. */
  default Optional<Benchmark> comparedWith() {
    return Optional.empty();
  }

  /** The period the goal is compared with over time instead of its baseline; the deadline must lie after it. */
  default Optional<ReportingPeriod> referencePeriod() {
    return Optional.empty();
  }

  /** Which way the municipalities are ranked, for a goal about the municipality's rank. */
  default Optional<Ranking.Better> rankedBy() {
    return Optional.empty();
  }

  /** The planned path or level a chart draws, where the kind has one. */
  default Optional<PlannedPath> planned(Goal goal) {
    return Optional.empty();
  }

  /** What a planner must hear about the goal once its open baseline is filled with {@code figure}. */
  default List<String> baselineWarnings(Goal goal, BigDecimal figure) {
    return List.of();
  }
}
