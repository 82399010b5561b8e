package dk.aarshjul.goals.domain.kinds;

import dk.aarshjul.goals.domain.Assessment;
import dk.aarshjul.goals.domain.BaselineCheck;
import dk.aarshjul.goals.domain.Benchmark;
import dk.aarshjul.goals.domain.Figure;
import dk.aarshjul.goals.domain.Goal;
import dk.aarshjul.goals.domain.GoalDescription;
import dk.aarshjul.goals.domain.GoalField;
import dk.aarshjul.goals.domain.GoalKind;
import dk.aarshjul.goals.domain.GoalTarget;
import dk.aarshjul.goals.domain.Measurement;
import dk.aarshjul.goals.domain.QuarterFigures;
import dk.aarshjul.goals.domain.StatusRules;
import dk.aarshjul.goals.domain.TargetReader;
import dk.aarshjul.shared.Decimals;
import dk.aarshjul.shared.PeriodNames;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** "forskellen til landsgennemsnittet reduceres 0,5 procent": the gap to a benchmark narrows. */
public record GapToBenchmark(Benchmark benchmark, BigDecimal benchmarkBaseline, BigDecimal reduceByPoints) implements GoalTarget {

  public static final GoalField BENCHMARK = GoalField.benchmark("benchmark", "Sammenligningsgrundlag", "benchmark");
  public static final GoalField BENCHMARK_BASELINE =
      GoalField.number("benchmarkBaselineValue", "Sammenligningsgrundlagets udgangspunkt", "benchmark_baseline");
  public static final GoalField REDUCE_BY_POINTS = GoalField.number("reduceByPoints", "Reduktion i procentpoint", "reduce_by_points");

  public static final GoalKind KIND = new GoalKind("gap-to-benchmark", "Mindre forskel til et sammenligningsgrundlag",
      GoalKind.Baseline.VALUE_AND_PERIOD, List.of(BENCHMARK, BENCHMARK_BASELINE, REDUCE_BY_POINTS), GapToBenchmark::read);

  private static GapToBenchmark read(TargetReader r) {
    r.requireShare("kun en andel (procent) kan sammenlignes i procentpoint");
    Benchmark benchmark = r.benchmark(BENCHMARK);
    BigDecimal benchmarkBaseline = r.value(BENCHMARK_BASELINE);
    BigDecimal reduceBy = r.points(REDUCE_BY_POINTS);
    Measurement baseline = r.baseline();
    if (reduceBy != null && baseline != null && baseline.value() != null && benchmarkBaseline != null
        && reduceBy.compareTo(baseline.value().subtract(benchmarkBaseline).abs()) > 0) {
      r.reject(REDUCE_BY_POINTS, "er større end forskellen på "
          + baseline.value().subtract(benchmarkBaseline).abs().toPlainString() + " procentpoint");
    }
    return new GapToBenchmark(benchmark, benchmarkBaseline, reduceBy);
  }

  public GoalKind kind() {
    return KIND;
  }

  public Map<String, Object> fields() {
    return GoalField.written(BENCHMARK, benchmark, BENCHMARK_BASELINE, benchmarkBaseline, REDUCE_BY_POINTS, reduceByPoints);
  }

  public String describe(Goal goal, Function<Benchmark, String> benchmarkName) {
    return "forskellen til " + benchmarkName.apply(benchmark) + " (" + GoalDescription.number(goal.baseline().value()) + " mod "
        + GoalDescription.number(benchmarkBaseline) + GoalDescription.unitWords(goal.unit()) + " i "
        + PeriodNames.danish(goal.baseline().period()) + ") mindskes med " + GoalDescription.number(reduceByPoints) + " procentpoint";
  }

  /** The gap now against the path from the gap at the baseline to the narrower one planned. */
  public Assessment assess(Goal goal, LocalDate asOf, QuarterFigures figures) {
    return StatusRules.measured(goal, figures, latest -> StatusRules.againstBenchmark(figures, latest.period(), bench -> {
      BigDecimal startGap = goal.baseline().value().subtract(benchmarkBaseline);
      BigDecimal targetGap = startGap.signum() >= 0 ? startGap.subtract(reduceByPoints) : startGap.add(reduceByPoints);
      BigDecimal gapNow = latest.value().subtract(bench);
      Assessment onPath = StatusRules.path(new Measurement(startGap, goal.baseline().period()), targetGap, goal, asOf,
          new Figure(latest.period(), gapNow, true));
      return new Assessment(onPath.status(), "Forskellen er " + StatusRules.points(gapNow) + " procentpoint i "
          + StatusRules.name(latest.period()) + " mod målet " + StatusRules.points(targetGap) + " (udgangspunkt "
          + StatusRules.points(startGap) + ").");
    }));
  }

  public boolean comparesOverTime() {
    return true;
  }

  public Optional<Benchmark> comparedWith() {
    return Optional.ofNullable(benchmark);
  }

  /** A filled baseline may lie closer to the benchmark than the reduction planned. */
  public List<String> baselineWarnings(Goal goal, BigDecimal figure) {
    if (benchmarkBaseline == null || reduceByPoints == null
        || reduceByPoints.compareTo(figure.subtract(benchmarkBaseline).abs()) <= 0) {
      return List.of();
    }
    BigDecimal gapPoints = figure.subtract(benchmarkBaseline).abs();
    return List.of("Forskellen til sammenligningsgrundlaget er kun " + Decimals.danish(gapPoints, "#,##0.##")
        + " procentpoint med udgangspunktet fra tallene (" + BaselineCheck.shown(goal, figure) + "), mindre end de " + Decimals.danish(reduceByPoints, "#,##0.##") + " procentpoint, den skal reduceres med.");
  }
}
