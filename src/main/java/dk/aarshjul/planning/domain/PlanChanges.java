package dk.aarshjul.planning.domain;

import dk.aarshjul.shared.Decimals;
import dk.aarshjul.goals.domain.Goal;
import dk.aarshjul.goals.domain.GoalKinds;
import dk.aarshjul.goals.domain.GoalReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What changed between two versions of a plan, in Danish, so a committee sees what is new in the draft it
 * is asked to recommend. Focus areas are matched by title and goals by their text. What is left over is matched
 * once more: a focus area by its place in the plan (renamed), a goal by its indicator within its focus area
 * (reworded); only what is still left over shows as removed and added.
 */
public final class PlanChanges {

  public record Change(String type, String where, String what) {}

  /** The fields a change names, in Danish: those of every goal around those of the kinds. */
  private static final Map<String, String> GOAL_FIELDS = GoalReader.labelsInSentence(GoalKinds.STANDARD);

  private PlanChanges() {}

  /** The changes with indicators shown by their codes. */
  public static List<Change> between(PlanContent before, PlanContent after) {
    return between(before, after, Function.identity());
  }

  /** @param indicatorNames an indicator's Danish name by its code, for the people who read the changes */
  public static List<Change> between(PlanContent before, PlanContent after, Function<String, String> indicatorNames) {
    List<Change> changes = new ArrayList<>();
    Map<String, FocusArea> old = byTitle(before);
    Map<String, FocusArea> now = byTitle(after);
    // a focus area whose title is new, at the place of one whose title is gone, is that one renamed
    Map<String, FocusArea> renamedFrom = new LinkedHashMap<>();
    List<FocusArea> beforeAreas = before.focusAreas();
    List<FocusArea> afterAreas = after.focusAreas();
    for (int i = 0; i < Math.min(beforeAreas.size(), afterAreas.size()); i++) {
      FocusArea was = beforeAreas.get(i);
      FocusArea is = afterAreas.get(i);
      if (!now.containsKey(was.title()) && !old.containsKey(is.title())) {
        renamedFrom.put(is.title(), was);
      }
    }
    List<String> renamedTitles = renamedFrom.values().stream().map(FocusArea::title).toList();
    for (String title : old.keySet()) {
      if (!now.containsKey(title) && !renamedTitles.contains(title)) {
        changes.add(new Change("removed", "Fokusområdet \"" + title + "\"", "er fjernet"));
      }
    }
    for (FocusArea area : after.focusAreas()) {
      FocusArea previous = old.get(area.title());
      FocusArea renamed = renamedFrom.get(area.title());
      if (renamed != null) {
        changes.add(new Change("changed", "Fokusområdet \"" + area.title() + "\"", "er omdøbt fra \"" + renamed.title() + "\""));
        compare(renamed, area, changes, indicatorNames);
      } else if (previous == null) {
        changes.add(new Change("added", "Fokusområdet \"" + area.title() + "\"", "er tilføjet med " + area.goals().size() + " mål"));
      } else {
        compare(previous, area, changes, indicatorNames);
      }
    }
    return changes;
  }

  private static void compare(FocusArea before, FocusArea after, List<Change> changes,
      Function<String, String> indicatorNames) {
    String where = "Fokusområdet \"" + after.title() + "\"";
    if (!Objects.equals(before.description(), after.description())) {
      changes.add(new Change("changed", where, "beskrivelsen er ændret"));
    }
    if (!before.targetGroups().equals(after.targetGroups())) {
      changes.add(new Change("changed", where, "målgrupperne er ændret"));
    }
    if (!before.pejlemaerker().equals(after.pejlemaerker())) {
      changes.add(new Change("changed", where, "pejlemærkerne er ændret"));
    }
    Map<String, Goal> oldGoals = new LinkedHashMap<>();
    before.goals().forEach(g -> oldGoals.put(g.text(), g));
    Map<String, Goal> newGoals = new LinkedHashMap<>();
    after.goals().forEach(g -> newGoals.put(g.text(), g));
    // a goal whose text is new is one whose text is gone reworded, when it measures by the same indicator
    List<Goal> gone = new ArrayList<>(before.goals().stream().filter(g -> !newGoals.containsKey(g.text())).toList());
    Map<Goal, Goal> rewordedFrom = new java.util.IdentityHashMap<>();
    for (Goal goal : after.goals()) {
      if (!oldGoals.containsKey(goal.text())) {
        gone.stream().filter(g -> Objects.equals(g.indicatorCode(), goal.indicatorCode())).findFirst().ifPresent(was -> {
          rewordedFrom.put(goal, was);
          gone.remove(was);
        });
      }
    }
    for (Goal goal : gone) {
      changes.add(new Change("removed", where + ", målet \"" + goal.text() + "\"", "er fjernet"));
    }
    for (Goal goal : after.goals()) {
      Goal reworded = rewordedFrom.get(goal);
      Goal previous = reworded != null ? reworded : oldGoals.get(goal.text());
      String goalWhere = where + ", målet \"" + goal.text() + "\"";
      if (previous == null) {
        changes.add(new Change("added", goalWhere, "er tilføjet"));
      } else if (!previous.equals(goal)) {
        String fields = fieldChanges(previous, goal, indicatorNames);
        String what = reworded == null ? fields
            : "er omformuleret fra \"" + reworded.text() + "\"" + (fields.isEmpty() ? "" : "; " + fields);
        changes.add(new Change("changed", goalWhere, what));
      }
    }
  }

  private static String fieldChanges(Goal before, Goal after, Function<String, String> indicatorNames) {
    Map<String, Object> old = PlanContentWriter.goal(before);
    Map<String, Object> now = PlanContentWriter.goal(after);
    old.put("indicatorCode", indicatorNames.apply(before.indicatorCode()));
    now.put("indicatorCode", indicatorNames.apply(after.indicatorCode()));
    List<String> parts = new ArrayList<>();
    for (String key : GOAL_FIELDS.keySet()) {
      Object was = old.get(key);
      Object is = now.get(key);
      if (!Objects.equals(String.valueOf(was), String.valueOf(is))) {
        parts.add(GOAL_FIELDS.get(key) + " " + show(was) + " → " + show(is));
      }
    }
    return String.join("; ", parts);
  }

  private static String show(Object value) {
    if (value instanceof java.math.BigDecimal number) {
      return Decimals.danish(number, "0.##########");
    }
    return value == null ? "(ingen)" : value.toString();
  }

  private static Map<String, FocusArea> byTitle(PlanContent content) {
    Map<String, FocusArea> areas = new LinkedHashMap<>();
    content.focusAreas().forEach(a -> areas.put(a.title(), a));
    return areas;
  }
}
