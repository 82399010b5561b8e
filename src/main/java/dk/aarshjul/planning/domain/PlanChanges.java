package dk.aarshjul.planning.domain;

import dk.aarshjul.shared.Decimals;
import dk.aarshjul.goals.domain.Goal;
import dk.aarshjul.goals.domain.GoalKinds;
import dk.aarshjul.goals.domain.GoalReader;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;

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
    // a focus area whose title is new, at the place of one whose title is gone, is that one renamed
    Pairing<FocusArea> areas = Pairing.of(before.focusAreas(), after.focusAreas(), FocusArea::title,
        (was, is) -> before.focusAreas().indexOf(was) == after.focusAreas().indexOf(is));
    areas.gone().forEach(area -> changes.add(new Change("removed", "Fokusområdet \"" + area.title() + "\"", "er fjernet")));
    for (FocusArea area : after.focusAreas()) {
      FocusArea previous = areas.earlier().get(area);
      if (previous == null) {
        changes.add(new Change("added", "Fokusområdet \"" + area.title() + "\"", "er tilføjet med " + area.goals().size() + " mål"));
        continue;
      }
      if (!previous.title().equals(area.title())) {
        changes.add(new Change("changed", "Fokusområdet \"" + area.title() + "\"", "er omdøbt fra \"" + previous.title() + "\""));
      }
      compare(previous, area, changes, indicatorNames);
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
    // a goal whose text is new is one whose text is gone reworded, when it measures by the same indicator
    Pairing<Goal> goals = Pairing.of(before.goals(), after.goals(), Goal::text,
        (was, is) -> Objects.equals(was.indicatorCode(), is.indicatorCode()));
    goals.gone().forEach(goal -> changes.add(new Change("removed", where + ", målet \"" + goal.text() + "\"", "er fjernet")));
    for (Goal goal : after.goals()) {
      Goal previous = goals.earlier().get(goal);
      String goalWhere = where + ", målet \"" + goal.text() + "\"";
      if (previous == null) {
        changes.add(new Change("added", goalWhere, "er tilføjet"));
      } else if (!previous.equals(goal)) {
        String fields = fieldChanges(previous, goal, indicatorNames);
        String what = previous.text().equals(goal.text()) ? fields
            : "er omformuleret fra \"" + previous.text() + "\"" + (fields.isEmpty() ? "" : "; " + fields);
        changes.add(new Change("changed", goalWhere, what));
      }
    }
  }

  /**
   * The items of a later version with those of an earlier one they were ({@code earlier}): by the same key (title,
   * text), or, for an item whose key is new, the first earlier item whose key is gone that {@code sameOne} accepts;
   * a pair whose keys differ is a renamed or reworded item. {@code gone}: the earlier items nothing took.
   */
  private record Pairing<T>(Map<T, T> earlier, List<T> gone) {

    static <T> Pairing<T> of(List<T> before, List<T> after, Function<T, String> key, BiPredicate<T, T> sameOne) {
      Map<String, T> earlier = new LinkedHashMap<>();
      before.forEach(item -> earlier.put(key.apply(item), item));
      Set<String> later = after.stream().map(key).collect(Collectors.toSet());
      List<T> gone = new ArrayList<>(before.stream().filter(item -> !later.contains(key.apply(item))).toList());
      Map<T, T> paired = new IdentityHashMap<>();
      for (T item : after) {
        T same = earlier.get(key.apply(item));
        if (same != null) {
          paired.put(item, same);
        } else {
          gone.stream().filter(was -> sameOne.test(was, item)).findFirst().ifPresent(was -> {
            paired.put(item, was);
            gone.removeIf(left -> left == was);
          });
        }
      }
      return new Pairing<>(paired, gone);
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
}
