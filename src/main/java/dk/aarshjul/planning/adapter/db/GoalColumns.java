package dk.aarshjul.planning.adapter.db;

import dk.aarshjul.indicators.domain.Unit;
import dk.aarshjul.goals.domain.Benchmark;
import dk.aarshjul.shared.Codes;
import dk.aarshjul.goals.domain.Goal;
import dk.aarshjul.goals.domain.GoalKind;
import dk.aarshjul.goals.domain.GoalTarget;
import dk.aarshjul.goals.domain.GoalTarget.AbsoluteLevel;
import dk.aarshjul.goals.domain.GoalTarget.BaselineToTarget;
import dk.aarshjul.goals.domain.GoalTarget.CountedActivity;
import dk.aarshjul.goals.domain.GoalTarget.DirectionOnly;
import dk.aarshjul.goals.domain.GoalTarget.GapToBenchmark;
import dk.aarshjul.goals.domain.GoalTarget.NotWorseThan;
import dk.aarshjul.goals.domain.GoalTarget.Rank;
import dk.aarshjul.goals.domain.GoalTarget.RelativeChange;
import dk.aarshjul.goals.domain.GoalTarget.RelativeToBenchmark;
import dk.aarshjul.goals.domain.GoalTarget.ShareOfPopulation;
import dk.aarshjul.goals.domain.Measurement;
import dk.aarshjul.shared.ReportingPeriod;
import dk.aarshjul.goals.domain.TargetGroup;
import dk.aarshjul.shared.Decimals;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A goal as a row of the goal table: one typed column per field, filled as its kind needs. */
final class GoalColumns {

  static final List<String> NAMES = List.of("kind", "text", "indicator_code", "unit", "target_group",
      "baseline_value", "baseline_period", "target_value", "bound", "change_percent", "reference_period", "better",
      "benchmark", "benchmark_baseline", "reduce_by_points", "population", "fraction_numerator",
      "fraction_denominator", "comparison", "margin_points", "direction", "activity", "activity_count",
      "activity_per", "deadline");

  private GoalColumns() {}

  static Map<String, Object> of(Goal goal) {
    Map<String, Object> row = new LinkedHashMap<>();
    NAMES.forEach(name -> row.put(name, null));
    row.put("kind", goal.kind().code());
    row.put("text", goal.text());
    row.put("indicator_code", goal.indicatorCode());
    row.put("unit", Codes.of(goal.unit()));
    row.put("target_group", goal.targetGroup().code());
    if (goal.baseline() != null) {
      row.put("baseline_value", goal.baseline().value());
      row.put("baseline_period", goal.baseline().period() == null ? null : goal.baseline().period().toString());
    }
    GoalTarget target = goal.target();
    if (target instanceof AbsoluteLevel t) {
      row.put("target_value", t.value());
      row.put("bound", Codes.of(t.bound()));
    } else if (target instanceof BaselineToTarget t) {
      row.put("target_value", t.value());
    } else if (target instanceof RelativeChange t) {
      row.put("change_percent", t.percent());
    } else if (target instanceof NotWorseThan t) {
      row.put("reference_period", t.reference().toString());
      row.put("better", Codes.of(t.better()));
    } else if (target instanceof GapToBenchmark t) {
      row.put("benchmark", t.benchmark().toString());
      row.put("benchmark_baseline", t.benchmarkBaseline());
      row.put("reduce_by_points", t.reduceByPoints());
    } else if (target instanceof ShareOfPopulation t) {
      row.put("bound", Codes.of(t.bound()));
      row.put("target_value", t.percent());
      row.put("population", t.population());
    } else if (target instanceof Rank t) {
      row.put("fraction_numerator", t.numerator());
      row.put("fraction_denominator", t.denominator());
      row.put("better", Codes.of(t.better()));
    } else if (target instanceof RelativeToBenchmark t) {
      row.put("benchmark", t.benchmark().toString());
      row.put("comparison", Codes.of(t.comparison()));
      row.put("margin_points", t.marginPoints());
    } else if (target instanceof DirectionOnly t) {
      row.put("direction", Codes.of(t.direction()));
    } else if (target instanceof CountedActivity t) {
      row.put("activity", t.activity());
      row.put("activity_count", t.count());
      row.put("activity_per", Codes.of(t.per()));
    }
    row.put("deadline", goal.deadline());
    return row;
  }

  static Goal read(ResultSet rs, List<Integer> nationalGoals, List<Benchmark> benchmarks) throws SQLException {
    GoalKind kind = GoalKind.byCode(rs.getString("kind")).orElseThrow();
    BigDecimal baselineValue = decimal(rs, "baseline_value");
    ReportingPeriod baselinePeriod = period(rs, "baseline_period");
    Measurement baseline = baselineValue == null && baselinePeriod == null ? null : new Measurement(baselineValue, baselinePeriod);
    GoalTarget target = switch (kind) {
      case ABSOLUTE_LEVEL -> new AbsoluteLevel(decimal(rs, "target_value"), code(GoalTarget.Bound.class, rs, "bound"));
      case BASELINE_TO_TARGET -> new BaselineToTarget(decimal(rs, "target_value"));
      case RELATIVE_CHANGE -> new RelativeChange(decimal(rs, "change_percent"));
      case NOT_WORSE_THAN -> new NotWorseThan(period(rs, "reference_period"), code(GoalTarget.Better.class, rs, "better"));
      case GAP_TO_BENCHMARK -> new GapToBenchmark(benchmark(rs), decimal(rs, "benchmark_baseline"), decimal(rs, "reduce_by_points"));
      case SHARE_OF_POPULATION -> new ShareOfPopulation(code(GoalTarget.Bound.class, rs, "bound"),
          decimal(rs, "target_value"), rs.getString("population"));
      case RANK -> new Rank(rs.getInt("fraction_numerator"), rs.getInt("fraction_denominator"),
          code(GoalTarget.Better.class, rs, "better"));
      case RELATIVE_TO_BENCHMARK -> new RelativeToBenchmark(benchmark(rs),
          code(GoalTarget.Comparison.class, rs, "comparison"), decimal(rs, "margin_points"));
      case DIRECTION -> new DirectionOnly(code(GoalTarget.Direction.class, rs, "direction"));
      case COUNTED_ACTIVITY -> new CountedActivity(rs.getString("activity"), rs.getInt("activity_count"),
          code(ReportingPeriod.Type.class, rs, "activity_per"));
    };
    return new Goal(rs.getString("text"), rs.getString("indicator_code"), code(Unit.class, rs, "unit"),
        TargetGroup.byCode(rs.getString("target_group")).orElseThrow(), baseline, target,
        rs.getObject("deadline", LocalDate.class), nationalGoals, benchmarks);
  }

  private static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
    return Decimals.plain(rs.getBigDecimal(column));
  }

  private static ReportingPeriod period(ResultSet rs, String column) throws SQLException {
    String text = rs.getString(column);
    return text == null ? null : ReportingPeriod.parse(text).orElseThrow();
  }

  private static Benchmark benchmark(ResultSet rs) throws SQLException {
    return Benchmark.parse(rs.getString("benchmark")).orElseThrow();
  }

  private static <E extends Enum<E>> E code(Class<E> type, ResultSet rs, String column) throws SQLException {
    return Codes.parse(type, rs.getString(column)).orElseThrow(() -> new IllegalStateException(column + " unreadable"));
  }
}
