package dk.aarshjul.planning.adapter.camunda;

import dk.aarshjul.planning.domain.FocusArea;
import dk.aarshjul.planning.domain.Goal;
import dk.aarshjul.planning.domain.PlanContent;
import dk.aarshjul.planning.domain.TargetGroup;
import dk.aarshjul.tenancy.domain.ConsultationBody;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A plan's content in the shape the Camunda Forms in {@code forms/} read and write. */
final class PlanFormData {

  private PlanFormData() {}

  static List<Map<String, Object>> focusAreas(PlanContent content) {
    List<Map<String, Object>> areas = new ArrayList<>();
    for (FocusArea area : content.focusAreas()) {
      Map<String, Object> form = new LinkedHashMap<>();
      form.put("title", area.title());
      form.put("description", area.description() == null ? "" : area.description());
      form.put("targetGroups", area.targetGroups().stream().map(TargetGroup::code).toList());
      form.put("targetGroupNames", String.join(", ", area.targetGroups().stream().map(TargetGroup::danishName).toList()));
      form.put("pejlemaerker", String.join("\n", area.pejlemaerker()));
      List<Map<String, Object>> goals = new ArrayList<>();
      for (Goal goal : area.goals()) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("text", goal.text());
        g.put("indicatorCode", goal.indicatorCode());
        g.put("baselineValue", goal.baselineValue());
        g.put("baselinePeriod", goal.baselinePeriod().toString());
        g.put("targetValue", goal.targetValue());
        g.put("deadline", goal.deadline().toString());
        g.put("nationalGoal", goal.nationalGoal() == null ? null : goal.nationalGoal().toString());
        goals.add(g);
      }
      form.put("goals", goals);
      areas.add(form);
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

  static List<Map<String, String>> consultationBodyOptions() {
    List<Map<String, String>> options = new ArrayList<>();
    for (ConsultationBody body : ConsultationBody.values()) {
      options.add(Map.of("label", body.danishName(), "value", body.code()));
    }
    return options;
  }
}
