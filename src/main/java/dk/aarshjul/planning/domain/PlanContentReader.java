package dk.aarshjul.planning.domain;

import dk.aarshjul.goals.domain.TargetGroup;
import dk.aarshjul.goals.domain.GoalReader;
import dk.aarshjul.goals.domain.GoalContext;
import dk.aarshjul.goals.domain.Goal;
import static dk.aarshjul.goals.domain.FieldValues.text;

import dk.aarshjul.shared.InputRules;
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
  /** Pejlemærker as the form's textarea sends them, one per line. */
  public static final int MAX_PEJLEMAERKER_TEXT = 8000;
  public static final int MAX_FOCUS_AREAS = 30;
  public static final int MAX_GOALS = 50;
  public static final int MAX_PEJLEMAERKER = 50;

  private final GoalContext context;

  public PlanContentReader(GoalContext context) {
    this.context = context;
  }

  /** Every field a goal may have, of any kind (for the API description, whose test keeps it in step). */
  public static java.util.Set<String> goalFields() {
    return GoalReader.fieldNames();
  }

  /** @throws dk.aarshjul.shared.ValidationException naming every wrong field */
  public PlanContent read(Object focusAreasInput) {
    Validation validation = new Validation();
    List<FocusArea> focusAreas = new ArrayList<>();
    List<?> items = focusAreasInput instanceof List<?> list ? list : List.of();
    if (items.isEmpty()) {
      validation.reject("focusAreas", "Fokusområder", "planen skal have mindst ét fokusområde");
    } else if (items.size() > MAX_FOCUS_AREAS) {
      validation.reject("focusAreas", "Fokusområder", "en plan har højst " + MAX_FOCUS_AREAS + " fokusområder");
      validation.throwIfInvalid();
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
    boolean titleValid = checked(input.get("title"), field + ".title", label + ", Titel", MAX_TITLE, false, validation);
    if (title == null && titleValid) {
      validation.reject(field + ".title", label + ", Titel", "skal udfyldes");
    }
    String description = text(input.get("description"));
    checked(input.get("description"), field + ".description", label + ", Beskrivelse", MAX_DESCRIPTION, true, validation);

    List<TargetGroup> targetGroups = new ArrayList<>();
    boolean groupsValid = true;
    for (Object raw : items(input.get("targetGroups"))) {
      groupsValid &= checked(raw, field + ".targetGroups", label + ", Målgrupper", InputRules.MAX_CODE, false, validation);
      String code = text(raw);
      Optional<String> name = code == null ? Optional.empty() : context.targetGroups().name(code, context.period());
      if (name.isPresent() && context.targetGroups().validIn(code, context.period())) {
        targetGroups.add(new TargetGroup(code));
      } else if (name.isPresent() && groupsValid) {
        validation.reject(field + ".targetGroups", label + ", Målgrupper",
            "målgruppen \"" + name.get() + "\" gælder ikke i planperioden " + context.period().label());
      } else if (code != null && groupsValid) {
        validation.reject(field + ".targetGroups", label + ", Målgrupper", "ukendt målgruppe '" + code + "'");
      }
    }
    if (targetGroups.isEmpty() && groupsValid) {
      validation.reject(field + ".targetGroups", label + ", Målgrupper", "vælg mindst én målgruppe");
    }

    List<String> pejlemaerker = pejlemaerker(input.get("pejlemaerker"), field + ".pejlemaerker", label + ", Pejlemærker",
        validation);

    List<Goal> goals = new ArrayList<>();
    List<?> goalItems = input.get("goals") instanceof List<?> list ? list : List.of();
    if (goalItems.isEmpty()) {
      validation.reject(field + ".goals", label + ", Mål", "fokusområdet skal have mindst ét mål");
    } else if (goalItems.size() > MAX_GOALS) {
      validation.reject(field + ".goals", label + ", Mål", "et fokusområde har højst " + MAX_GOALS + " mål");
      return new FocusArea(title, description, targetGroups, pejlemaerker, goals);
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

  /** Checks a value by {@link InputRules}; false (with the error recorded) if it is refused. */
  private static boolean checked(Object raw, String field, String label, int max, boolean multiLine, Validation validation) {
    if (raw instanceof Map<?, ?> || raw instanceof Collection<?>) {
      validation.reject(field, label, "har en forkert form");
      return false;
    }
    Optional<String> problem = raw == null ? Optional.empty() : InputRules.textProblem(raw.toString(), max, multiLine);
    problem.ifPresent(message -> validation.reject(field, label, message));
    return problem.isEmpty();
  }

  private static List<?> items(Object value) {
    return value instanceof Collection<?> values ? values.stream().filter(v -> v != null).toList()
        : value == null ? List.of() : List.of(value);
  }

  /** Pejlemærker come as a list, or as text with one per line (a textarea). */
  private static List<String> pejlemaerker(Object value, String field, String label, Validation validation) {
    List<String> lines = new ArrayList<>();
    if (value instanceof Collection<?>) {
      for (Object item : items(value)) {
        if (!checked(item, field, label, MAX_TEXT, false, validation)) {
          return List.of();
        }
        String text = text(item);
        if (text != null) {
          lines.add(text);
        }
      }
    } else if (checked(value, field, label, MAX_PEJLEMAERKER_TEXT, true, validation) && text(value) != null) {
      Arrays.stream(text(value).split("\\R"))
          .map(line -> line.replaceFirst("^\\s*[-•*]\\s*", "").trim())
          .filter(line -> !line.isEmpty())
          .forEach(lines::add);
    }
    if (lines.stream().anyMatch(line -> line.length() > MAX_TEXT)) {
      validation.reject(field, label, "hvert pejlemærke må højst være " + MAX_TEXT + " tegn");
    } else if (lines.size() > MAX_PEJLEMAERKER) {
      validation.reject(field, label, "højst " + MAX_PEJLEMAERKER + " pejlemærker");
    }
    return lines;
  }

  private static Map<?, ?> asMap(Object value) {
    return value instanceof Map<?, ?> map ? map : Map.of();
  }
}
