package dk.aarshjul.planning.domain;

import dk.aarshjul.goals.domain.TargetGroup;
import dk.aarshjul.goals.domain.GoalTarget;
import dk.aarshjul.goals.domain.Goal;
import dk.aarshjul.goals.domain.Benchmark;
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
import dk.aarshjul.shared.Codes;
import dk.aarshjul.shared.Decimals;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a plan's content in the shape {@link PlanContentReader} reads, so what the API returns or a
 * form shows can be sent back unchanged.
 */
public final class PlanContentWriter {

  private PlanContentWriter() {}

  public static List<Map<String, Object>> focusAreas(PlanContent content) {
    List<Map<String, Object>> areas = new ArrayList<>();
    for (FocusArea area : content.focusAreas()) {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("title", area.title());
      map.put("description", area.description());
      map.put("targetGroups", area.targetGroups().stream().map(TargetGroup::code).toList());
      map.put("pejlemaerker", area.pejlemaerker());
      map.put("goals", new ArrayList<>(area.goals().stream().map(PlanContentWriter::goal).toList()));
      map.values().removeIf(Objects::isNull);
      areas.add(map);
    }
    return areas;
  }

  public static Map<String, Object> goal(Goal goal) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("kind", goal.kind().code());
    map.put("text", goal.text());
    map.put("indicatorCode", goal.indicatorCode());
    map.put("unit", Codes.of(goal.unit()));
    map.put("targetGroup", goal.targetGroup().code());
    if (goal.baseline() != null) {
      map.put("baselineValue", Decimals.plain(goal.baseline().value()));
      map.put("baselinePeriod", goal.baseline().period() == null ? null : goal.baseline().period().toString());
    }
    GoalTarget target = goal.target();
    if (target instanceof AbsoluteLevel t) {
      map.put("targetValue", Decimals.plain(t.value()));
      map.put("bound", Codes.of(t.bound()));
    } else if (target instanceof BaselineToTarget t) {
      map.put("targetValue", Decimals.plain(t.value()));
    } else if (target instanceof RelativeChange t) {
      map.put("changePercent", Decimals.plain(t.percent()));
    } else if (target instanceof NotWorseThan t) {
      map.put("referencePeriod", t.reference().toString());
      map.put("better", Codes.of(t.better()));
    } else if (target instanceof GapToBenchmark t) {
      map.put("benchmark", t.benchmark().toString());
      map.put("benchmarkBaselineValue", Decimals.plain(t.benchmarkBaseline()));
      map.put("reduceByPoints", Decimals.plain(t.reduceByPoints()));
    } else if (target instanceof ShareOfPopulation t) {
      map.put("bound", Codes.of(t.bound()));
      map.put("sharePercent", Decimals.plain(t.percent()));
      map.put("population", t.population());
    } else if (target instanceof Rank t) {
      map.put("fraction", t.numerator() + "/" + t.denominator());
      map.put("better", Codes.of(t.better()));
    } else if (target instanceof RelativeToBenchmark t) {
      map.put("benchmark", t.benchmark().toString());
      map.put("comparison", Codes.of(t.comparison()));
      map.put("marginPoints", Decimals.plain(t.marginPoints()));
    } else if (target instanceof DirectionOnly t) {
      map.put("direction", Codes.of(t.direction()));
    } else if (target instanceof CountedActivity t) {
      map.put("activity", t.activity());
      map.put("activityCount", t.count());
      map.put("activityPer", Codes.of(t.per()));
    }
    map.put("deadline", goal.deadline().toString());
    map.put("nationalGoals", goal.nationalGoals());
    map.put("benchmarks", goal.benchmarks().stream().map(Benchmark::toString).toList());
    map.values().removeIf(Objects::isNull);
    return map;
  }
}
