package dk.aarshjul.planning.domain;

import static dk.aarshjul.planning.domain.FieldValues.text;

import dk.aarshjul.shared.Validation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a plan's focus areas from the loosely typed shape a form or a JSON request delivers (maps, lists,
 * strings, numbers) and checks every field. The one place that decides what a valid plan is, for the
 * Tasklist forms and the API alike; {@link PlanContentWriter} writes the same shape.
 */
public final class PlanContentReader {

  public static final int MAX_TITLE = 200;
  public static final int MAX_TEXT = 1000;
  public static final int MAX_DESCRIPTION = 4000;

  private final GoalContext context;

  public PlanContentReader(GoalContext context) {
    this.context = context;
  }

  /** @throws dk.aarshjul.shared.ValidationException naming every wrong field */
  public PlanContent read(Object focusAreasInput) {
    Validation validation = new Validation();
    List<FocusArea> focusAreas = new ArrayList<>();
    List<?> items = focusAreasInput instanceof List<?> list ? list : List.of();
    if (items.isEmpty()) {
      validation.reject("focusAreas", "Fokusområder", "planen skal have mindst ét fokusområde");
    }
    for (int i = 0; i < items.size(); i++) {
      focusAreas.add(readFocusArea(asMap(items.get(i)), i, validation));
    }
    validation.throwIfInvalid();
    return new PlanContent(focusAreas);
  }

  private FocusArea readFocusArea(Map<?, ?> input, int index, Validation validation) {
    String field = "focusAreas[" + index + "]";
    String label = "Fokusområde " + (index + 1);
    String title = text(input.get("title"));
    if (title == null) {
      validation.reject(field + ".title", label + ", Titel", "skal udfyldes");
    } else if (title.length() > MAX_TITLE) {
      validation.reject(field + ".title", label + ", Titel", "må højst være " + MAX_TITLE + " tegn");
    }
    String description = text(input.get("description"));
    if (description != null && description.length() > MAX_DESCRIPTION) {
      validation.reject(field + ".description", label + ", Beskrivelse", "må højst være " + MAX_DESCRIPTION + " tegn");
    }

    List<TargetGroup> targetGroups = new ArrayList<>();
    for (String code : strings(input.get("targetGroups"))) {
      Optional<TargetGroup> group = TargetGroup.byCode(code);
      if (group.isPresent()) {
        targetGroups.add(group.get());
      } else {
        validation.reject(field + ".targetGroups", label + ", Målgrupper", "ukendt målgruppe '" + code + "'");
      }
    }
    if (targetGroups.isEmpty()) {
      validation.reject(field + ".targetGroups", label + ", Målgrupper", "vælg mindst én målgruppe");
    }

    List<String> pejlemaerker = new ArrayList<>();
    for (String line : lines(input.get("pejlemaerker"))) {
      if (line.length() > MAX_TEXT) {
        validation.reject(field + ".pejlemaerker", label + ", Pejlemærker", "hvert pejlemærke må højst være " + MAX_TEXT + " tegn");
      }
      pejlemaerker.add(line);
    }

    List<Goal> goals = new ArrayList<>();
    List<?> goalItems = input.get("goals") instanceof List<?> list ? list : List.of();
    if (goalItems.isEmpty()) {
      validation.reject(field + ".goals", label + ", Mål", "fokusområdet skal have mindst ét mål");
    }
    for (int g = 0; g < goalItems.size(); g++) {
      Goal goal = new GoalReader(context, asMap(goalItems.get(g)), field + ".goals[" + g + "]",
          label + ", mål " + (g + 1), validation).read();
      if (goal != null) {
        goals.add(goal);
      }
    }
    return new FocusArea(title, description, targetGroups, pejlemaerker, goals);
  }

  private static List<String> strings(Object value) {
    if (value instanceof Collection<?> values) {
      return values.stream().map(FieldValues::text).filter(v -> v != null).toList();
    }
    String text = text(value);
    return text == null ? List.of() : List.of(text);
  }

  /** Pejlemærker come as a list, or as text with one per line (a textarea). */
  private static List<String> lines(Object value) {
    if (value instanceof Collection<?>) {
      return strings(value);
    }
    String text = text(value);
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.split("\\R"))
        .map(line -> line.replaceFirst("^\\s*[-•*]\\s*", "").trim())
        .filter(line -> !line.isEmpty())
        .toList();
  }

  private static Map<?, ?> asMap(Object value) {
    return value instanceof Map<?, ?> map ? map : Map.of();
  }
}
