package dk.aarshjul.goals.domain;

import static dk.aarshjul.goals.domain.FieldValues.text;

import dk.aarshjul.indicators.domain.Ranking;
import dk.aarshjul.indicators.domain.Unit;
import dk.aarshjul.shared.Area;
import dk.aarshjul.shared.Codes;
import dk.aarshjul.shared.InputRules;
import dk.aarshjul.shared.ReportingPeriod;
import dk.aarshjul.shared.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reads a goal's fields from the shape forms, the API and the goal table give, checking each: one error
 * per field, naming it as the user sees it ("Fokusområde 1, mål 2, Målværdi") and saying in Danish what
 * is wrong. A kind's reader reads its own fields with it.
 */
public final class TargetReader {

  private final Map<?, ?> input;
  private final String field;
  private final String label;
  private final Validation validation;
  private final Predicate<String> knownMunicipality;
  private final Set<String> rejected = new HashSet<>();
  private Unit unit;
  private Measurement baseline;

  /**
   * @param field where the goal is, as the API names it ("focusAreas[0].goals[1]")
   * @param label where the goal is, as the form names it ("Fokusområde 1, mål 2")
   */
  public TargetReader(Map<?, ?> input, String field, String label, Validation validation, Predicate<String> knownMunicipality) {
    this.input = input;
    this.field = field;
    this.label = label;
    this.validation = validation;
    this.knownMunicipality = knownMunicipality;
  }

  /** The indicator's unit, which every value of the goal is in; null while the indicator is unknown. */
  public Unit unit() {
    return unit;
  }

  /** The goal's baseline as read, or null. */
  public Measurement baseline() {
    return baseline;
  }

  void useUnit(Unit unit) {
    this.unit = unit;
  }

  void useBaseline(Measurement baseline) {
    this.baseline = baseline;
  }

  public Object raw(GoalField field) {
    return input.get(field.name());
  }

  /** The field's text, stripped, or null when it is empty. */
  public String text(GoalField field) {
    return FieldValues.text(input.get(field.name()));
  }

  /** A value in the indicator's unit: a share lies between 0 and 100, a count is not negative. */
  public BigDecimal value(GoalField field) {
    String raw = text(field);
    if (raw == null) {
      return reject(field, "skal udfyldes");
    }
    BigDecimal value = FieldValues.number(input.get(field.name()));
    if (value == null) {
      return reject(field, "skal være et tal, fx 11,4");
    }
    if (tooLarge(field, value)) {
      return null;
    }
    if (unit != null && unit.isShare() && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
      reject(field, "skal være et tal mellem 0 og 100 for en andel");
    } else if (unit != null && !unit.isShare() && value.signum() < 0) {
      reject(field, "kan ikke være negativ for " + unit.danishName());
    }
    return value;
  }

  /** Percentage points between 0 and 100; an optional field left out is 0. */
  public BigDecimal points(GoalField field) {
    if (text(field) == null) {
      return field.required() ? reject(field, "skal udfyldes") : BigDecimal.ZERO;
    }
    BigDecimal points = FieldValues.number(text(field));
    if (points != null && tooLarge(field, points)) {
      return null;
    }
    if (points == null || points.signum() < 0 || points.compareTo(BigDecimal.valueOf(100)) > 0
        || (field.required() && points.signum() == 0)) {
      return reject(field, "skal være et antal procentpoint mellem 0 og 100" + (field.required() ? ", større end 0" : ""));
    }
    return points;
  }

  /** A change in percent, up or down, of more than -100. */
  public BigDecimal changePercent(GoalField field) {
    if (text(field) == null) {
      return reject(field, "skal udfyldes, fx 5 eller -7");
    }
    BigDecimal percent = FieldValues.number(text(field));
    if (percent != null && tooLarge(field, percent)) {
      return null;
    }
    if (percent == null || percent.signum() == 0 || percent.compareTo(BigDecimal.valueOf(-100)) <= 0) {
      return reject(field, "skal være et tal forskelligt fra 0 og større end -100, fx 5 eller -7");
    }
    return percent;
  }

  /** A whole number from 1 to max, or null. */
  public Integer wholeNumber(GoalField field, int max) {
    BigDecimal number = FieldValues.number(input.get(field.name()));
    if (text(field) == null) {
      return reject(field, "skal udfyldes");
    }
    if (number == null || InputRules.wholeNumberProblem(number, 1, max).isPresent()) {
      return reject(field, "skal være et helt tal større end 0 (højst " + max + ")");
    }
    return number.intValueExact();
  }

  /** A number the goal's columns cannot hold exactly is refused, never rounded (1e-400 is not 0). */
  private boolean tooLarge(GoalField field, BigDecimal value) {
    return InputRules.numberProblem(value, InputRules.GOAL_NUMBER).map(problem -> {
      reject(field, problem);
      return true;
    }).orElse(false);
  }

  public Bound bound(GoalField field) {
    return code(field, Bound.class, "vælg mindst eller højst");
  }

  public Ranking.Better better(GoalField field) {
    return code(field, Ranking.Better.class, "vælg om lavere eller højere er bedst");
  }

  /** One of an enum's codes; {@code unknown} says what to choose. */
  public <E extends Enum<E>> E code(GoalField field, Class<E> type, String unknown) {
    return required(field, code -> Codes.parse(type, code).orElse(null), unknown);
  }

  /** Refuses an indicator that is not a share, for kinds that only make sense in percent. */
  public void requireShare(String message) {
    if (unit != null && !unit.isShare()) {
      reject("indicatorCode", "Indikator", message);
    }
  }

  public ReportingPeriod period(GoalField field) {
    String raw = text(field);
    if (raw == null) {
      return reject(field, "skal udfyldes");
    }
    ReportingPeriod period = ReportingPeriod.parse(raw).orElse(null);
    if (period == null) {
      reject(field, "skal være en periode som 2019, 2019Q3 eller 2019M09 (år " + ReportingPeriod.EARLIEST_YEAR
          + "-" + ReportingPeriod.LATEST_YEAR + ")");
    }
    return period;
  }

  public LocalDate date(GoalField field) {
    String raw = text(field);
    if (raw == null) {
      return reject(field, "skal udfyldes");
    }
    LocalDate date = FieldValues.date(raw);
    if (date == null) {
      reject(field, "skal være en dato (åååå-mm-dd)");
    }
    return date;
  }

  /** Its length and characters are checked with the other fields, before any field is read. */
  public String requiredText(GoalField field) {
    String text = text(field);
    if (text == null) {
      reject(field, "skal udfyldes");
    }
    return text;
  }

  /** The benchmark a target names. */
  public Benchmark benchmark(GoalField field) {
    String code = text(field);
    if (code == null) {
      return reject(field, "skal udfyldes for et mål, der sammenligner med andre");
    }
    return benchmark(code, field);
  }

  /** A benchmark's code, one of several the field may hold. */
  public Benchmark benchmark(String code, GoalField field) {
    Benchmark benchmark = Benchmark.parse(code).orElse(null);
    if (benchmark == null) {
      reject(field, "'" + code + "' er hverken hele landet, en region (region:084) eller en kommune (municipality:153)");
    } else if (benchmark.area().type() == Area.Type.MUNICIPALITY && !knownMunicipality.test(benchmark.area().code())) {
      reject(field, "der findes ingen kommune med koden " + benchmark.area().code());
      return null;
    }
    return benchmark;
  }

  public <T> T required(GoalField field, Function<String, T> parse, String unknown) {
    String code = text(field);
    if (code == null) {
      return reject(field, "skal udfyldes");
    }
    T value = parse.apply(code);
    if (value == null) {
      reject(field, unknown + " ('" + code + "')");
    }
    return value;
  }

  /** Rejects the field and gives null, so a reader can {@code return reject(...)}. */
  public <T> T reject(GoalField field, String message) {
    reject(field.name(), field.label(), message);
    return null;
  }

  /** One error per field: the first thing wrong with it. */
  public void reject(String name, String fieldLabel, String message) {
    if (!rejected.add(name.equals("nationalGoal") ? "nationalGoals" : name)) {
      return;
    }
    validation.reject(field + "." + name, label + ", " + fieldLabel, message);
  }
}
