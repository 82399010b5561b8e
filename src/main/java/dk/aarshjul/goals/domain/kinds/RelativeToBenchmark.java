package dk.aarshjul.goals.domain.kinds;

import dk.aarshjul.goals.domain.Assessment;
import dk.aarshjul.goals.domain.Benchmark;
import dk.aarshjul.goals.domain.Goal;
import dk.aarshjul.goals.domain.GoalDescription;
import dk.aarshjul.goals.domain.GoalField;
import dk.aarshjul.goals.domain.GoalKind;
import dk.aarshjul.goals.domain.GoalStatus;
import dk.aarshjul.goals.domain.GoalTarget;
import dk.aarshjul.goals.domain.QuarterFigures;
import dk.aarshjul.goals.domain.StatusRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** "på niveau med landsgennemsnittet", "markant under landsgennemsnittet" (a margin in points). */
public record RelativeToBenchmark(Benchmark benchmark, Comparison comparison, BigDecimal marginPoints) implements GoalTarget {

  public enum Comparison {
    AT_OR_BELOW,
    AT_OR_ABOVE,
    AT_LEVEL
  }

  public static final GoalField BENCHMARK = GapToBenchmark.BENCHMARK;
  public static final GoalField COMPARISON = GoalField.code("comparison", "Sammenligning", "comparison", Comparison.class);
  public static final GoalField MARGIN_POINTS = GoalField.number("marginPoints", "Margin i procentpoint", "margin_points")
      .optional().hint("Margin i procentpoint (0, hvis den mangler)");

  public static final GoalKind KIND = new GoalKind("relative-to-benchmark", "I forhold til et sammenligningsgrundlag",
      GoalKind.Baseline.OPTIONAL, List.of(BENCHMARK, COMPARISON, MARGIN_POINTS),
      r -> new RelativeToBenchmark(r.benchmark(BENCHMARK),
          r.code(COMPARISON, Comparison.class, "vælg under, over eller på niveau med"), r.points(MARGIN_POINTS)));

  public GoalKind kind() {
    return KIND;
  }

  public Map<String, Object> fields() {
    return GoalField.written(BENCHMARK, benchmark, COMPARISON, comparison, MARGIN_POINTS, marginPoints);
  }

  public String describe(Goal goal, Function<Benchmark, String> benchmarkName) {
    String margin = marginPoints == null || marginPoints.signum() == 0 ? ""
        : GoalDescription.number(marginPoints) + " procentpoint ";
    String name = benchmarkName.apply(benchmark);
    return switch (comparison) {
      case AT_LEVEL -> "på niveau med " + name;
      case AT_OR_BELOW -> (margin.isEmpty() ? "på eller under " : "mindst " + margin + "under ") + name;
      case AT_OR_ABOVE -> (margin.isEmpty() ? "på eller over " : "mindst " + margin + "over ") + name;
    };
  }

  public Assessment assess(Goal goal, LocalDate asOf, QuarterFigures figures) {
    return StatusRules.measured(goal, figures, latest -> StatusRules.againstBenchmark(figures, latest.period(), bench -> {
      BigDecimal value = latest.value();
      BigDecimal margin = marginPoints == null ? BigDecimal.ZERO : marginPoints;
      String reason = StatusRules.show(value, goal.unit()) + " mod " + StatusRules.show(bench, goal.unit())
          + " for sammenligningsgrundlaget i " + StatusRules.name(latest.period());
      return new Assessment(status(value.subtract(bench), margin, bench), reason + ".");
    }));
  }

  private GoalStatus status(BigDecimal difference, BigDecimal margin, BigDecimal bench) {
    return switch (comparison) {
      case AT_OR_BELOW -> difference.compareTo(margin.negate()) <= 0 ? GoalStatus.ON_TRACK
          : difference.signum() <= 0 ? GoalStatus.AT_RISK : GoalStatus.OFF_TRACK;
      case AT_OR_ABOVE -> difference.compareTo(margin) >= 0 ? GoalStatus.ON_TRACK
          : difference.signum() >= 0 ? GoalStatus.AT_RISK : GoalStatus.OFF_TRACK;
      case AT_LEVEL -> {
        BigDecimal tolerance = margin.signum() > 0 ? margin : bench.abs().multiply(new BigDecimal("0.05"));
        yield difference.abs().compareTo(tolerance) <= 0 ? GoalStatus.ON_TRACK
            : difference.abs().compareTo(tolerance.multiply(BigDecimal.valueOf(2))) <= 0 ? GoalStatus.AT_RISK : GoalStatus.OFF_TRACK;
      }
    };
  }

  public Optional<Benchmark> comparedWith() {
    return Optional.ofNullable(benchmark);
  }
}
