package dk.aarshjul.planning.domain;

import dk.aarshjul.shared.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a plan's focus areas from the loosely typed shape a form or a JSON request delivers (maps, lists,
 * strings, numbers) and checks every field. The one place that decides what a valid draft is, for the
 * Tasklist forms and the API alike.
 */
public final class PlanContentReader {

  public static final int MAX_TITLE = 200;
  public static final int MAX_TEXT = 1000;
  public static final int MAX_DESCRIPTION = 4000;
  private static final Pattern INDICATOR_CODE = Pattern.compile("[a-z0-9][a-z0-9_.-]{1,63}");

  private final PlanPeriod period;
  private final Set<Integer> nationalGoalNumbers;

  /**
   * @param nationalGoalNumbers the national goals a goal may refer to (empty if none were published)
   */
  public PlanContentReader(PlanPeriod period, Set<Integer> nationalGoalNumbers) {
    this.period = period;
    this.nationalGoalNumbers = Set.copyOf(nationalGoalNumbers);
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
    String title = requiredText(input.get("title"), field + ".title", label + ", Titel", MAX_TITLE, validation);
    String description = optionalText(input.get("description"), field + ".description", label + ", Beskrivelse", MAX_DESCRIPTION, validation);

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
      goals.add(readGoal(asMap(goalItems.get(g)), field + ".goals[" + g + "]", label + ", mål " + (g + 1), validation));
    }
    return new FocusArea(title, description, targetGroups, pejlemaerker, goals);
  }

  private Goal readGoal(Map<?, ?> input, String field, String label, Validation validation) {
    String text = requiredText(input.get("text"), field + ".text", label + ", Målsætning", MAX_TEXT, validation);
    String indicator = requiredText(input.get("indicatorCode"), field + ".indicatorCode", label + ", Indikator", 64, validation);
    if (indicator != null && !INDICATOR_CODE.matcher(indicator).matches()) {
      validation.reject(field + ".indicatorCode", label + ", Indikator", "'" + indicator + "' er ikke en gyldig indikatorkode");
    }
    BigDecimal baseline = number(input.get("baselineValue"), field + ".baselineValue", label + ", Udgangspunkt", validation);
    ReportingPeriod baselinePeriod = null;
    String periodText = text(input.get("baselinePeriod"));
    if (periodText == null) {
      validation.reject(field + ".baselinePeriod", label + ", Udgangspunktets periode", "skal udfyldes");
    } else {
      baselinePeriod = ReportingPeriod.parse(periodText).orElse(null);
      if (baselinePeriod == null) {
        validation.reject(field + ".baselinePeriod", label + ", Udgangspunktets periode", "skal være en periode som 2019, 2019Q3 eller 2019M09");
      }
    }
    BigDecimal target = number(input.get("targetValue"), field + ".targetValue", label + ", Målværdi", validation);
    LocalDate deadline = date(input.get("deadline"), field + ".deadline", label + ", Frist", validation);
    if (deadline != null && baselinePeriod != null && !deadline.isAfter(baselinePeriod.lastDay())) {
      validation.reject(field + ".deadline", label + ", Frist", "skal ligge efter udgangspunktets periode (" + baselinePeriod + ")");
    }
    if (deadline != null && deadline.getYear() > period.lastYear()) {
      validation.reject(field + ".deadline", label + ", Frist", "må ikke ligge efter planperioden " + period.label());
    }
    Integer nationalGoal = nationalGoal(input.get("nationalGoal"), field + ".nationalGoal", label + ", Nationalt mål", validation);
    return new Goal(text, indicator, baseline, baselinePeriod, target, deadline, nationalGoal);
  }

  private Integer nationalGoal(Object value, String field, String label, Validation validation) {
    String text = text(value);
    if (text == null) {
      return null;
    }
    try {
      int number = new BigDecimal(text).intValueExact();
      if (!nationalGoalNumbers.contains(number)) {
        validation.reject(field, label, nationalGoalNumbers.isEmpty()
            ? "der er ingen nationale mål for planens år"
            : "skal være et af de nationale mål " + nationalGoalNumbers);
        return null;
      }
      return number;
    } catch (NumberFormatException | ArithmeticException e) {
      validation.reject(field, label, "skal være nummeret på et nationalt mål");
      return null;
    }
  }

  private static String requiredText(Object value, String field, String label, int max, Validation validation) {
    String text = text(value);
    if (text == null) {
      validation.reject(field, label, "skal udfyldes");
      return null;
    }
    if (text.length() > max) {
      validation.reject(field, label, "må højst være " + max + " tegn");
    }
    return text;
  }

  private static String optionalText(Object value, String field, String label, int max, Validation validation) {
    String text = text(value);
    if (text != null && text.length() > max) {
      validation.reject(field, label, "må højst være " + max + " tegn");
    }
    return text;
  }

  static BigDecimal number(Object value, String field, String label, Validation validation) {
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    if (value instanceof Number number) {
      return new BigDecimal(number.toString());
    }
    String text = text(value);
    if (text == null) {
      validation.reject(field, label, "skal udfyldes");
      return null;
    }
    try {
      return new BigDecimal(text.replace(" ", "").replace(',', '.'));
    } catch (NumberFormatException e) {
      validation.reject(field, label, "skal være et tal, fx 11,4");
      return null;
    }
  }

  static LocalDate date(Object value, String field, String label, Validation validation) {
    String text = text(value);
    if (text == null) {
      validation.reject(field, label, "skal udfyldes");
      return null;
    }
    try {
      // the form's date picker sends 2026-12-01; a date-time keeps only its date
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      validation.reject(field, label, "skal være en dato (åååå-mm-dd)");
      return null;
    }
  }

  static String text(Object value) {
    if (value == null) {
      return null;
    }
    String text = value.toString().trim();
    return text.isEmpty() ? null : text;
  }

  private static List<String> strings(Object value) {
    if (value instanceof Collection<?> values) {
      return values.stream().map(PlanContentReader::text).filter(v -> v != null).toList();
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
