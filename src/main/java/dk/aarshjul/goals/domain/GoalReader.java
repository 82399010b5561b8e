package dk.aarshjul.goals.domain;

import static dk.aarshjul.goals.domain.FieldValues.text;

import dk.aarshjul.indicators.domain.Indicator;
import dk.aarshjul.shared.InputRules;
import dk.aarshjul.shared.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Reads one goal from the shape forms and the API send: the fields every goal has, then its kind's own
 * fields through the kind's reader. Errors name the field as the user sees it ("Fokusområde 1, mål 2,
 * Målværdi") and say in Danish what is wrong.
 */
public final class GoalReader {

  static final int MAX_TEXT = 1000;
  static final int MAX_NATIONAL_GOAL = 1000;

  public static final GoalField TEXT = GoalField.text("text", "Målsætning", "text", MAX_TEXT);
  public static final GoalField INDICATOR = GoalField.text("indicatorCode", "Indikator", "indicator_code", InputRules.MAX_CODE);
  public static final GoalField TARGET_GROUP = GoalField.code("targetGroup", "Målgruppe", "target_group", TargetGroup.class);
  public static final GoalField KIND = GoalField.text("kind", "Måltype", "kind", InputRules.MAX_CODE);
  public static final GoalField DEADLINE = GoalField.text("deadline", "Frist", "deadline", InputRules.MAX_CODE);
  public static final GoalField BASELINE_VALUE = GoalField.number("baselineValue", "Udgangspunkt", "baseline_value");
  public static final GoalField BASELINE_PERIOD = GoalField.period("baselinePeriod", "Udgangspunktets periode", "baseline_period");
  public static final GoalField BENCHMARKS = GoalField.benchmark("benchmarks", "Sammenlignes med", null);
  public static final GoalField NATIONAL_GOALS = GoalField.text("nationalGoals", "Nationalt mål", null, InputRules.MAX_CODE);
  /** The Tasklist form's single-choice spelling of {@link #NATIONAL_GOALS}. */
  static final GoalField NATIONAL_GOAL = GoalField.text("nationalGoal", "Nationalt mål", null, InputRules.MAX_CODE);
  private static final List<GoalField> COMMON = List.of(TEXT, INDICATOR, TARGET_GROUP, KIND, DEADLINE, BASELINE_VALUE,
      BASELINE_PERIOD, BENCHMARKS, NATIONAL_GOALS, NATIONAL_GOAL);

  /** The fields read, of every standard kind; "nationalGoal" is the form's single-choice spelling of "nationalGoals". */
  public static Set<String> fieldNames() {
    return Set.copyOf(fields(GoalKinds.STANDARD).keySet());
  }

  /**
   * The Danish labels of a goal's fields as a sentence names them ("måltype", "udgangspunkt"), in the order
   * a goal is read out (a list of changes): those of every goal around those of the kinds. The national
   * goals, a list there, are named in the plural.
   */
  public static Map<String, String> labelsInSentence(GoalKinds kinds) {
    Map<String, String> labels = new LinkedHashMap<>();
    Stream.concat(Stream.of(KIND, INDICATOR, TARGET_GROUP, BASELINE_VALUE, BASELINE_PERIOD), kinds.fields().values().stream())
        .forEach(field -> labels.put(field.name(), field.label().toLowerCase(Locale.ROOT)));
    labels.put(DEADLINE.name(), DEADLINE.label().toLowerCase(Locale.ROOT));
    labels.put(NATIONAL_GOALS.name(), "nationale mål");
    labels.put(BENCHMARKS.name(), BENCHMARKS.label().toLowerCase(Locale.ROOT));
    return labels;
  }

  /** Every field a goal may have with these kinds, checked by {@link InputRules} before anything reads it. */
  private static Map<String, GoalField> fields(GoalKinds kinds) {
    Map<String, GoalField> fields = new LinkedHashMap<>();
    COMMON.forEach(field -> fields.put(field.name(), field));
    kinds.fields().forEach(fields::putIfAbsent);
    return fields;
  }

  private final GoalContext context;
  private final GoalKinds kinds;
  private final Validation validation;
  private final Map<?, ?> input;
  private final TargetReader fields;

  public GoalReader(GoalContext context, Map<?, ?> input, String field, String label, Validation validation) {
    this(context, GoalKinds.STANDARD, input, field, label, validation);
  }

  public GoalReader(GoalContext context, GoalKinds kinds, Map<?, ?> input, String field, String label, Validation validation) {
    this.context = context;
    this.kinds = kinds;
    this.input = input;
    this.fields = new TargetReader(input, field, label, validation, context.knownMunicipality());
    this.validation = validation;
  }

  /** The goal's target group: one the law knows, and that holds in the plan's period. */
  private TargetGroup targetGroup() {
    TargetGroup group = fields.required(TARGET_GROUP,
        code -> context.targetGroups().name(code, context.period()).isPresent() ? new TargetGroup(code) : null, "ukendt målgruppe");
    if (group != null && !context.targetGroups().validIn(group.code(), context.period())) {
      fields.reject(TARGET_GROUP, "målgruppen \"" + context.targetGroups().name(group.code(), context.period()).orElseThrow()
          + "\" gælder ikke i planperioden " + context.period().label());
      return null;
    }
    return group;
  }

  /** The goal, or null if it has errors (which are then in the validation). */
  public Goal read() {
    int errorsBefore = validation.errorCount();
    checkTexts();
    String text = fields.requiredText(TEXT);
    Indicator indicator = indicator();
    fields.useUnit(indicator == null ? null : indicator.unit());
    TargetGroup targetGroup = targetGroup();
    GoalKind kind = fields.required(KIND, code -> kinds.find(code).orElse(null), "ukendt måltype");
    LocalDate deadline = fields.date(DEADLINE);
    Measurement baseline = baseline(kind, indicator);
    fields.useBaseline(baseline);
    GoalTarget target = kind == null ? null : kind.read(fields);
    List<Benchmark> benchmarks = benchmarks(target);
    List<Integer> nationalGoals = nationalGoals();
    checkDeadline(deadline, baseline, target);
    if (validation.errorCount() > errorsBefore) {
      return null;
    }
    return new Goal(text, indicator.code(), indicator.unit(), targetGroup, baseline, target, deadline, nationalGoals, benchmarks);
  }

  /** Refuses control characters, broken Unicode, wrong shapes and over-long values in every field first. */
  private void checkTexts() {
    fields(kinds).forEach((name, field) -> {
      Object value = input.get(name);
      Collection<?> items = value instanceof Collection<?> c && (name.equals("benchmarks") || name.startsWith("nationalGoal"))
          ? c : value == null ? List.of() : List.of(value);
      for (Object item : items) {
        if (item instanceof Map<?, ?> || item instanceof Collection<?>) {
          fields.reject(field, "har en forkert form");
        } else if (item != null) {
          InputRules.textProblem(item.toString(), field.maxLength(), field == TEXT)
              .ifPresent(problem -> fields.reject(field, problem));
        }
      }
    });
  }

  private Indicator indicator() {
    String code = fields.text(INDICATOR);
    if (code == null) {
      return fields.reject(INDICATOR, "skal udfyldes");
    }
    Indicator indicator = context.indicators().apply(code).orElse(null);
    if (indicator == null) {
      fields.reject(INDICATOR, "'" + code + "' findes ikke i indikatorkataloget");
    }
    return indicator;
  }

  private Measurement baseline(GoalKind kind, Indicator indicator) {
    GoalKind.Baseline need = kind == null ? GoalKind.Baseline.OPTIONAL : kind.baseline();
    boolean given = fields.text(BASELINE_VALUE) != null || fields.text(BASELINE_PERIOD) != null;
    if (!need.needed() && !given) {
      return null;
    }
    // a baseline the indicator's source has is filled in from it after the draft
    boolean fillable = indicator != null && context.pulledFromSource().test(indicator.code())
        && fields.text(BASELINE_PERIOD) != null;
    boolean valueNeeded = need == GoalKind.Baseline.VALUE_AND_PERIOD;
    BigDecimal value = fields.text(BASELINE_VALUE) != null || (valueNeeded && !fillable) ? fields.value(BASELINE_VALUE) : null;
    var period = fields.period(BASELINE_PERIOD);
    return value == null && period == null ? null : new Measurement(value, period);
  }

  private List<Benchmark> benchmarks(GoalTarget target) {
    List<Benchmark> benchmarks = new ArrayList<>();
    Object value = input.get(BENCHMARKS.name());
    Collection<?> codes = value instanceof Collection<?> c ? c : value == null ? List.of() : List.of(value);
    for (Object code : codes) {
      Benchmark benchmark = fields.benchmark(text(code), BENCHMARKS);
      if (benchmark != null && !benchmarks.contains(benchmark)) {
        benchmarks.add(benchmark);
      }
    }
    Benchmark targetBenchmark = target == null ? null : target.comparedWith().orElse(null);
    if (targetBenchmark != null && !benchmarks.contains(targetBenchmark)) {
      benchmarks.add(0, targetBenchmark);
    }
    return benchmarks;
  }

  private List<Integer> nationalGoals() {
    List<Integer> numbers = new ArrayList<>();
    Object value = input.containsKey("nationalGoals") ? input.get("nationalGoals") : input.get("nationalGoal");
    Collection<?> items = value instanceof Collection<?> c ? c : value == null ? List.of() : List.of(value);
    for (Object item : items) {
      String text = text(item);
      if (text == null) {
        continue;
      }
      BigDecimal number = FieldValues.number(text);
      if (number == null || InputRules.wholeNumberProblem(number, 1, MAX_NATIONAL_GOAL).isPresent()) {
        fields.reject(NATIONAL_GOALS, "skal være nummeret på et nationalt mål");
      } else if (!context.nationalGoalNumbers().contains(number.intValue())) {
        fields.reject(NATIONAL_GOALS, context.nationalGoalNumbers().isEmpty()
            ? "der er ingen nationale mål for planens år"
            : "skal være et af de nationale mål " + new TreeSet<>(context.nationalGoalNumbers()));
      } else if (!numbers.contains(number.intValue())) {
        numbers.add(number.intValue());
      }
    }
    return numbers;
  }

  private void checkDeadline(LocalDate deadline, Measurement baseline, GoalTarget target) {
    if (deadline == null) {
      return;
    }
    if (baseline != null && baseline.period() != null && !deadline.isAfter(baseline.period().lastDay())) {
      fields.reject(DEADLINE, "skal ligge efter udgangspunktets periode (" + baseline.period() + ")");
    }
    if (target != null) {
      target.referencePeriod().filter(reference -> !deadline.isAfter(reference.lastDay())).ifPresent(reference ->
          fields.reject(DEADLINE, "skal ligge efter referenceperioden (" + reference + ")"));
    }
    if (deadline.getYear() > context.period().lastYear()) {
      fields.reject(DEADLINE, "må ikke ligge efter planperioden " + context.period().label());
    } else if (deadline.getYear() < context.period().firstYear()) {
      fields.reject(DEADLINE, "må ikke ligge før planperioden " + context.period().label());
    }
  }
}
