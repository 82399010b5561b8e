package dk.aarshjul.goals.domain;

import dk.aarshjul.shared.ReportingPeriod;
import static dk.aarshjul.goals.domain.FieldValues.text;

import dk.aarshjul.indicators.domain.Indicator;
import dk.aarshjul.indicators.domain.Unit;
import dk.aarshjul.goals.domain.GoalTarget.AbsoluteLevel;
import dk.aarshjul.goals.domain.GoalTarget.BaselineToTarget;
import dk.aarshjul.goals.domain.GoalTarget.Better;
import dk.aarshjul.goals.domain.GoalTarget.Bound;
import dk.aarshjul.goals.domain.GoalTarget.Comparison;
import dk.aarshjul.goals.domain.GoalTarget.CountedActivity;
import dk.aarshjul.goals.domain.GoalTarget.Direction;
import dk.aarshjul.goals.domain.GoalTarget.DirectionOnly;
import dk.aarshjul.goals.domain.GoalTarget.GapToBenchmark;
import dk.aarshjul.goals.domain.GoalTarget.NotWorseThan;
import dk.aarshjul.goals.domain.GoalTarget.Rank;
import dk.aarshjul.goals.domain.GoalTarget.RelativeChange;
import dk.aarshjul.goals.domain.GoalTarget.RelativeToBenchmark;
import dk.aarshjul.goals.domain.GoalTarget.ShareOfPopulation;
import dk.aarshjul.shared.Codes;
import dk.aarshjul.shared.InputRules;
import dk.aarshjul.shared.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one goal from the shape forms and the API send, checking every field its kind needs. Errors
 * name the field as the user sees it ("Fokusområde 1, mål 2, Målværdi") and say in Danish what is wrong.
 */
public final class GoalReader {

  static final int MAX_TEXT = 1000;
  static final int MAX_ACTIVITY = 500;
  static final int MAX_POPULATION = 200;
  static final int MAX_ACTIVITY_COUNT = 100_000;
  static final int MAX_NATIONAL_GOAL = 1000;
  private static final Pattern FRACTION = Pattern.compile("\\s*(\\d{1,3})\\s*/\\s*(\\d{1,3})\\s*");

  /** Every field a goal reads, checked by {@link InputRules} before anything else reads it. */
  private static final Map<String, TextField> FIELDS = Map.ofEntries(
      Map.entry("text", new TextField("Målsætning", MAX_TEXT, true)),
      Map.entry("indicatorCode", TextField.code("Indikator")),
      Map.entry("targetGroup", TextField.code("Målgruppe")),
      Map.entry("kind", TextField.code("Måltype")),
      Map.entry("deadline", TextField.code("Frist")),
      Map.entry("baselineValue", TextField.code("Udgangspunkt")),
      Map.entry("baselinePeriod", TextField.code("Udgangspunktets periode")),
      Map.entry("targetValue", TextField.code("Målværdi")),
      Map.entry("bound", TextField.code("Mindst eller højst")),
      Map.entry("changePercent", TextField.code("Ændring i procent")),
      Map.entry("referencePeriod", TextField.code("Referenceperiode")),
      Map.entry("better", TextField.code("Bedst er")),
      Map.entry("benchmark", TextField.code("Sammenligningsgrundlag")),
      Map.entry("benchmarks", TextField.code("Sammenlignes med")),
      Map.entry("benchmarkBaselineValue", TextField.code("Sammenligningsgrundlagets udgangspunkt")),
      Map.entry("reduceByPoints", TextField.code("Reduktion i procentpoint")),
      Map.entry("population", new TextField("Befolkningsgruppe", MAX_POPULATION, false)),
      Map.entry("sharePercent", TextField.code("Andel i procent")),
      Map.entry("fraction", TextField.code("Andel af kommunerne")),
      Map.entry("comparison", TextField.code("Sammenligning")),
      Map.entry("marginPoints", TextField.code("Margin i procentpoint")),
      Map.entry("direction", TextField.code("Retning")),
      Map.entry("activity", new TextField("Aktivitet", MAX_ACTIVITY, false)),
      Map.entry("activityCount", TextField.code("Antal")),
      Map.entry("activityPer", TextField.code("Pr.")),
      Map.entry("nationalGoals", TextField.code("Nationalt mål")),
      Map.entry("nationalGoal", TextField.code("Nationalt mål")));

  /** The fields read; "nationalGoal" is the form's single-choice spelling of "nationalGoals". */
  public static Set<String> fieldNames() {
    return Set.copyOf(FIELDS.keySet());
  }

  private record TextField(String label, int max, boolean multiLine) {
    static TextField code(String label) {
      return new TextField(label, InputRules.MAX_CODE, false);
    }
  }

  private final GoalContext context;
  private final Map<?, ?> input;
  private final String field;
  private final String label;
  private final Validation validation;
  private final Set<String> rejected = new HashSet<>();
  private Unit unit;
  private String indicatorCode;

public   GoalReader(GoalContext context, Map<?, ?> input, String field, String label, Validation validation) {
    this.context = context;
    this.input = input;
    this.field = field;
    this.label = label;
    this.validation = validation;
  }

  /** The goal, or null if it has errors (which are then in the validation). */
  public Goal read() {
    int errorsBefore = validation.errorCount();
    checkTexts();
    String text = requiredText("text", "Målsætning");
    Indicator indicator = indicator();
    unit = indicator == null ? null : indicator.unit();
    indicatorCode = indicator == null ? null : indicator.code();
    TargetGroup targetGroup = required("targetGroup", "Målgruppe", TargetGroup::byCodeOrNull, "ukendt målgruppe");
    GoalKind kind = required("kind", "Måltype", code -> GoalKind.byCode(code).orElse(null), "ukendt måltype");
    LocalDate deadline = date("deadline", "Frist");
    Measurement baseline = baseline(kind);
    GoalTarget target = kind == null ? null : target(kind, baseline);
    List<Benchmark> benchmarks = benchmarks(target);
    List<Integer> nationalGoals = nationalGoals();
    checkDeadline(deadline, baseline, target);
    if (validation.errorCount() > errorsBefore) {
      return null;
    }
    return new Goal(text, indicator.code(), unit, targetGroup, baseline, target, deadline, nationalGoals, benchmarks);
  }

  /** Refuses control characters, broken Unicode, wrong shapes and over-long values in every field first. */
  private void checkTexts() {
    FIELDS.forEach((name, field) -> {
      Object value = input.get(name);
      Collection<?> items = value instanceof Collection<?> c && (name.equals("benchmarks") || name.startsWith("nationalGoal"))
          ? c : value == null ? List.of() : List.of(value);
      for (Object item : items) {
        if (item instanceof Map<?, ?> || item instanceof Collection<?>) {
          reject(name, field.label(), "har en forkert form");
        } else if (item != null) {
          InputRules.textProblem(item.toString(), field.max(), field.multiLine())
              .ifPresent(problem -> reject(name, field.label(), problem));
        }
      }
    });
  }

  private Indicator indicator() {
    String code = text(input.get("indicatorCode"));
    if (code == null) {
      reject("indicatorCode", "Indikator", "skal udfyldes");
      return null;
    }
    Indicator indicator = context.indicators().apply(code).orElse(null);
    if (indicator == null) {
      reject("indicatorCode", "Indikator", "'" + code + "' findes ikke i indikatorkataloget");
    }
    return indicator;
  }

  private Measurement baseline(GoalKind kind) {
    boolean needed = kind == GoalKind.BASELINE_TO_TARGET || kind == GoalKind.RELATIVE_CHANGE
        || kind == GoalKind.GAP_TO_BENCHMARK || kind == GoalKind.DIRECTION;
    boolean valueNeeded = needed && kind != GoalKind.DIRECTION;
    boolean given = text(input.get("baselineValue")) != null || text(input.get("baselinePeriod")) != null;
    if (!needed && !given) {
      return null;
    }
    // a baseline the indicator's source has is filled in from it after the draft
    boolean fillable = indicatorCode != null && context.pulledFromSource().test(indicatorCode)
        && text(input.get("baselinePeriod")) != null;
    BigDecimal value = text(input.get("baselineValue")) != null || (valueNeeded && !fillable)
        ? value("baselineValue", "Udgangspunkt") : null;
    ReportingPeriod period = period("baselinePeriod", "Udgangspunktets periode");
    return value == null && period == null ? null : new Measurement(value, period);
  }

  private GoalTarget target(GoalKind kind, Measurement baseline) {
    return switch (kind) {
      case ABSOLUTE_LEVEL -> new AbsoluteLevel(value("targetValue", "Målværdi"), bound());
      case BASELINE_TO_TARGET -> new BaselineToTarget(value("targetValue", "Målværdi"));
      case RELATIVE_CHANGE -> new RelativeChange(changePercent());
      case NOT_WORSE_THAN -> new NotWorseThan(period("referencePeriod", "Referenceperiode"), better());
      case GAP_TO_BENCHMARK -> gapToBenchmark(baseline);
      case SHARE_OF_POPULATION -> shareOfPopulation();
      case RANK -> rank();
      case RELATIVE_TO_BENCHMARK -> new RelativeToBenchmark(benchmark(), required("comparison", "Sammenligning",
          code -> Codes.parse(Comparison.class, code).orElse(null), "vælg under, over eller på niveau med"),
          points("marginPoints", "Margin i procentpoint", false));
      case DIRECTION -> new DirectionOnly(required("direction", "Retning",
          code -> Codes.parse(Direction.class, code).orElse(null), "vælg stigende eller faldende"));
      case COUNTED_ACTIVITY -> countedActivity();
    };
  }

  private GapToBenchmark gapToBenchmark(Measurement baseline) {
    requireShare("kun en andel (procent) kan sammenlignes i procentpoint");
    Benchmark benchmark = benchmark();
    BigDecimal benchmarkBaseline = value("benchmarkBaselineValue", "Sammenligningsgrundlagets udgangspunkt");
    BigDecimal reduceBy = points("reduceByPoints", "Reduktion i procentpoint", true);
    if (reduceBy != null && baseline != null && baseline.value() != null && benchmarkBaseline != null
        && reduceBy.compareTo(baseline.value().subtract(benchmarkBaseline).abs()) > 0) {
      reject("reduceByPoints", "Reduktion i procentpoint", "er større end forskellen på "
          + baseline.value().subtract(benchmarkBaseline).abs().toPlainString() + " procentpoint");
    }
    return new GapToBenchmark(benchmark, benchmarkBaseline, reduceBy);
  }

  private ShareOfPopulation shareOfPopulation() {
    requireShare("et loft eller gulv som andel skal måles i procent");
    BigDecimal percent = value("sharePercent", "Andel i procent");
    return new ShareOfPopulation(bound(), percent, requiredText("population", "Befolkningsgruppe"));
  }

  private Rank rank() {
    String text = text(input.get("fraction"));
    Matcher m = FRACTION.matcher(text == null ? "" : text);
    int numerator = 0;
    int denominator = 0;
    if (text == null) {
      reject("fraction", "Andel af kommunerne", "skal udfyldes, fx 1/3");
    } else if (!m.matches() || (numerator = Integer.parseInt(m.group(1))) < 1
        || (denominator = Integer.parseInt(m.group(2))) < numerator || denominator > 98) {
      reject("fraction", "Andel af kommunerne", "skal være en brøk som 1/3 (højst 1)");
    }
    return new Rank(numerator, denominator, better());
  }

  private CountedActivity countedActivity() {
    if (unit != null && unit != Unit.COUNT) {
      reject("indicatorCode", "Indikator", "en optalt aktivitet skal have en indikator, der tæller (antal)");
    }
    String activity = requiredText("activity", "Aktivitet");
    Integer count = null;
    BigDecimal number = FieldValues.number(input.get("activityCount"));
    if (text(input.get("activityCount")) == null) {
      reject("activityCount", "Antal", "skal udfyldes");
    } else if (number == null || InputRules.wholeNumberProblem(number, 1, MAX_ACTIVITY_COUNT).isPresent()) {
      reject("activityCount", "Antal", "skal være et helt tal større end 0 (højst " + MAX_ACTIVITY_COUNT + ")");
    } else {
      count = number.intValueExact();
    }
    ReportingPeriod.Type per = required("activityPer", "Pr.",
        code -> Codes.parse(ReportingPeriod.Type.class, code).orElse(null), "vælg år, kvartal eller måned");
    return new CountedActivity(activity, count == null ? 0 : count, per);
  }

  private List<Benchmark> benchmarks(GoalTarget target) {
    List<Benchmark> benchmarks = new ArrayList<>();
    Object value = input.get("benchmarks");
    Collection<?> codes = value instanceof Collection<?> c ? c : value == null ? List.of() : List.of(value);
    for (Object code : codes) {
      Benchmark benchmark = parseBenchmark(text(code), "benchmarks", "Sammenlignes med");
      if (benchmark != null && !benchmarks.contains(benchmark)) {
        benchmarks.add(benchmark);
      }
    }
    Benchmark targetBenchmark = target instanceof GapToBenchmark gap ? gap.benchmark()
        : target instanceof RelativeToBenchmark relative ? relative.benchmark() : null;
    if (targetBenchmark != null && !benchmarks.contains(targetBenchmark)) {
      benchmarks.add(0, targetBenchmark);
    }
    return benchmarks;
  }

  private Benchmark benchmark() {
    String code = text(input.get("benchmark"));
    if (code == null) {
      reject("benchmark", "Sammenligningsgrundlag", "skal udfyldes for et mål, der sammenligner med andre");
      return null;
    }
    return parseBenchmark(code, "benchmark", "Sammenligningsgrundlag");
  }

  private Benchmark parseBenchmark(String code, String name, String fieldLabel) {
    Benchmark benchmark = Benchmark.parse(code).orElse(null);
    if (benchmark == null) {
      reject(name, fieldLabel, "'" + code + "' er hverken hele landet, en region (region:084) eller en kommune (municipality:153)");
    } else if (benchmark.type() == Benchmark.Type.MUNICIPALITY && !context.knownMunicipality().test(benchmark.areaCode())) {
      reject(name, fieldLabel, "der findes ingen kommune med koden " + benchmark.areaCode());
      return null;
    }
    return benchmark;
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
        reject("nationalGoals", "Nationalt mål", "skal være nummeret på et nationalt mål");
      } else if (!context.nationalGoalNumbers().contains(number.intValue())) {
        reject("nationalGoals", "Nationalt mål", context.nationalGoalNumbers().isEmpty()
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
      reject("deadline", "Frist", "skal ligge efter udgangspunktets periode (" + baseline.period() + ")");
    }
    if (target instanceof NotWorseThan notWorse && notWorse.reference() != null
        && !deadline.isAfter(notWorse.reference().lastDay())) {
      reject("deadline", "Frist", "skal ligge efter referenceperioden (" + notWorse.reference() + ")");
    }
    if (deadline.getYear() > context.period().lastYear()) {
      reject("deadline", "Frist", "må ikke ligge efter planperioden " + context.period().label());
    } else if (deadline.getYear() < context.period().firstYear()) {
      reject("deadline", "Frist", "må ikke ligge før planperioden " + context.period().label());
    }
  }

  // ---------------------------------------------------------------- fields

  private BigDecimal value(String name, String fieldLabel) {
    String raw = text(input.get(name));
    if (raw == null) {
      reject(name, fieldLabel, "skal udfyldes");
      return null;
    }
    BigDecimal value = FieldValues.number(input.get(name));
    if (value == null) {
      reject(name, fieldLabel, "skal være et tal, fx 11,4");
      return null;
    }
    if (tooLarge(name, fieldLabel, value)) {
      return null;
    }
    if (unit != null && unit.isShare() && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
      reject(name, fieldLabel, "skal være et tal mellem 0 og 100 for en andel");
    } else if (unit != null && !unit.isShare() && value.signum() < 0) {
      reject(name, fieldLabel, "kan ikke være negativ for " + unit.danishName());
    }
    return value;
  }

  private BigDecimal points(String name, String fieldLabel, boolean required) {
    String raw = text(input.get(name));
    if (raw == null) {
      if (required) {
        reject(name, fieldLabel, "skal udfyldes");
      }
      return required ? null : BigDecimal.ZERO;
    }
    BigDecimal points = FieldValues.number(raw);
    if (points != null && tooLarge(name, fieldLabel, points)) {
      return null;
    }
    if (points == null || points.signum() < 0 || points.compareTo(BigDecimal.valueOf(100)) > 0
        || (required && points.signum() == 0)) {
      reject(name, fieldLabel, "skal være et antal procentpoint mellem 0 og 100" + (required ? ", større end 0" : ""));
      return null;
    }
    return points;
  }

  private BigDecimal changePercent() {
    String raw = text(input.get("changePercent"));
    if (raw == null) {
      reject("changePercent", "Ændring i procent", "skal udfyldes, fx 5 eller -7");
      return null;
    }
    BigDecimal percent = FieldValues.number(raw);
    if (percent != null && tooLarge("changePercent", "Ændring i procent", percent)) {
      return null;
    }
    if (percent == null || percent.signum() == 0 || percent.compareTo(BigDecimal.valueOf(-100)) <= 0) {
      reject("changePercent", "Ændring i procent", "skal være et tal forskelligt fra 0 og større end -100, fx 5 eller -7");
      return null;
    }
    return percent;
  }

  /** A number the goal's columns cannot hold exactly is refused, never rounded (1e-400 is not 0). */
  private boolean tooLarge(String name, String fieldLabel, BigDecimal value) {
    return InputRules.numberProblem(value, InputRules.GOAL_NUMBER).map(problem -> {
      reject(name, fieldLabel, problem);
      return true;
    }).orElse(false);
  }

  private Bound bound() {
    return required("bound", "Mindst eller højst", code -> Codes.parse(Bound.class, code).orElse(null),
        "vælg mindst eller højst");
  }

  private Better better() {
    return required("better", "Bedst er", code -> Codes.parse(Better.class, code).orElse(null),
        "vælg om lavere eller højere er bedst");
  }

  private void requireShare(String message) {
    if (unit != null && !unit.isShare()) {
      reject("indicatorCode", "Indikator", message);
    }
  }

  private ReportingPeriod period(String name, String fieldLabel) {
    String raw = text(input.get(name));
    if (raw == null) {
      reject(name, fieldLabel, "skal udfyldes");
      return null;
    }
    ReportingPeriod period = ReportingPeriod.parse(raw).orElse(null);
    if (period == null) {
      reject(name, fieldLabel, "skal være en periode som 2019, 2019Q3 eller 2019M09 (år " + ReportingPeriod.EARLIEST_YEAR
          + "-" + ReportingPeriod.LATEST_YEAR + ")");
    }
    return period;
  }

  private LocalDate date(String name, String fieldLabel) {
    String raw = text(input.get(name));
    if (raw == null) {
      reject(name, fieldLabel, "skal udfyldes");
      return null;
    }
    LocalDate date = FieldValues.date(raw);
    if (date == null) {
      reject(name, fieldLabel, "skal være en dato (åååå-mm-dd)");
    }
    return date;
  }

  /** Its length and characters are checked with the other fields, in {@link #checkTexts()}. */
  private String requiredText(String name, String fieldLabel) {
    String text = text(input.get(name));
    if (text == null) {
      reject(name, fieldLabel, "skal udfyldes");
    }
    return text;
  }

  private <T> T required(String name, String fieldLabel, Function<String, T> parse, String unknown) {
    String code = text(input.get(name));
    if (code == null) {
      reject(name, fieldLabel, "skal udfyldes");
      return null;
    }
    T value = parse.apply(code);
    if (value == null) {
      reject(name, fieldLabel, unknown + " ('" + code + "')");
    }
    return value;
  }

  /** One error per field: the first thing wrong with it. */
  private void reject(String name, String fieldLabel, String message) {
    if (!rejected.add(name.equals("nationalGoal") ? "nationalGoals" : name)) {
      return;
    }
    validation.reject(field + "." + name, label + ", " + fieldLabel, message);
  }
}
