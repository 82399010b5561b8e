package dk.aarshjul.planning.adapter.camunda;

import dk.aarshjul.planning.domain.FocusArea;
import dk.aarshjul.goals.domain.Benchmark;
import dk.aarshjul.goals.domain.Goal;
import dk.aarshjul.goals.domain.GoalDescription;
import dk.aarshjul.planning.domain.PlanContentWriter;
import dk.aarshjul.planning.domain.PlanContent;
import dk.aarshjul.goals.domain.TargetGroup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A plan's content in the shape the Camunda Forms in {@code forms/} read and write. */
final class PlanFormData {

  private PlanFormData() {}

  /**
   * The plan as the forms read it: the API's shape, with pejlemærker as lines of a textarea, national
   * goals as the strings a checklist holds, and readable names for the read-only views.
   */
  static List<Map<String, Object>> focusAreas(PlanContent content, Function<Benchmark, String> benchmarkNames,
      Function<String, String> indicatorNames, Function<TargetGroup, String> targetGroupNames) {
    List<Map<String, Object>> areas = PlanContentWriter.focusAreas(content);
    for (int a = 0; a < areas.size(); a++) {
      FocusArea area = content.focusAreas().get(a);
      Map<String, Object> form = areas.get(a);
      form.put("description", area.description() == null ? "" : area.description());
      form.put("pejlemaerker", String.join("\n", area.pejlemaerker()));
      form.put("targetGroupNames", String.join(", ", area.targetGroups().stream().map(targetGroupNames).toList()));
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> goals = (List<Map<String, Object>>) form.get("goals");
      for (int g = 0; g < goals.size(); g++) {
        Goal goal = area.goals().get(g);
        Map<String, Object> formGoal = new LinkedHashMap<>(goals.get(g));
        formGoal.put("nationalGoals", goal.nationalGoals().stream().map(String::valueOf).toList());
        formGoal.put("kindName", goal.kind().danishName());
        formGoal.put("targetGroupName", targetGroupNames.apply(goal.targetGroup()));
        formGoal.put("indicatorName", indicatorNames.apply(goal.indicatorCode()));
        formGoal.put("targetSummary", GoalDescription.danish(goal, benchmarkNames));
        goals.set(g, formGoal);
      }
      form.put("goals", new ArrayList<>(goals));
    }
    return areas;
  }

  static List<Map<String, String>> options(List<String> labels) {
    List<Map<String, String>> options = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      options.add(Map.of("label", (i + 1) + ". " + labels.get(i), "value", Integer.toString(i + 1)));
    }
    return options;
  }
}
