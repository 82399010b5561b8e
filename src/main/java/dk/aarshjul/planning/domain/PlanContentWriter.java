package dk.aarshjul.planning.domain;

import dk.aarshjul.goals.domain.TargetGroup;
import dk.aarshjul.goals.domain.Goal;
import dk.aarshjul.goals.domain.Benchmark;
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
    map.putAll(goal.target().fields());
    map.put("deadline", goal.deadline().toString());
    map.put("nationalGoals", goal.nationalGoals());
    map.put("benchmarks", goal.benchmarks().stream().map(Benchmark::toString).toList());
    map.values().removeIf(Objects::isNull);
    return map;
  }
}
