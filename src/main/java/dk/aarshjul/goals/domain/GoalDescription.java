package dk.aarshjul.goals.domain;

import dk.aarshjul.indicators.domain.Unit;
import dk.aarshjul.shared.DanishTime;
import dk.aarshjul.shared.Decimals;
import dk.aarshjul.shared.PeriodNames;
import java.math.BigDecimal;
import java.util.function.Function;

/**
 * A goal in one Danish sentence, for forms and reports: "fra 741 fuldtidspersoner (2015) til 690, senest
 * 31. december 2017". Each kind says what reaching it means ({@link GoalTarget#describe}) with the wording
 * helpers here.
 */
public final class GoalDescription {

  private GoalDescription() {}

  /** @param benchmarkName the Danish name of a benchmark ("hele landet", "Brøndby Kommune") */
  public static String danish(Goal goal, Function<Benchmark, String> benchmarkName) {
    return goal.target().describe(goal, benchmarkName) + ", senest " + DanishTime.date(goal.deadline());
  }

  /** The goal's baseline for a table: "741 fuldtidspersoner (2015)", "ikke oplyst (2019Q2)", or "–" for a kind without one. */
  public static String baseline(Goal goal) {
    Measurement baseline = goal.baseline();
    if (baseline == null) {
      return "–";
    }
    String value = baseline.value() == null ? number(null) : goal.unit().show(baseline.value());
    return baseline.period() == null ? value : value + " (" + PeriodNames.danish(baseline.period()) + ")";
  }

  /** The baseline's value in the goal's unit with its period: "741 fuldtidspersoner (2015)". */
  public static String baselineWithPeriod(Goal goal) {
    return amount(goal.baseline().value(), goal.unit()) + " (" + PeriodNames.danish(goal.baseline().period()) + ")";
  }

  private static final String[] PARTS = {null, null, "halvdel", "tredjedel", "fjerdedel", "femtedel", "sjettedel", "syvendedel",
      "ottendedel", "niendedel", "tiendedel"};
  private static final String[] COUNTS = {null, "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"};

  /** A share of the country's municipalities in words: "den bedste tredjedel", "de bedste to tredjedele", "de bedste 3/11". */
  public static String best(int numerator, int denominator) {
    if (denominator < PARTS.length && PARTS[denominator] != null && numerator >= 1 && numerator < denominator) {
      return numerator == 1 ? "den bedste " + PARTS[denominator]
          : "de bedste " + COUNTS[numerator] + " " + PARTS[denominator] + "e";
    }
    return "de bedste " + numerator + "/" + denominator;
  }

  /** The unit after a number in a sentence: " procent", " fuldtidspersoner", or nothing for a count. */
  public static String unitWords(Unit unit) {
    return switch (unit) {
      case PERCENT -> " procent";
      case FULL_TIME_PERSONS -> " fuldtidspersoner";
      case WEEKS -> " uger";
      case COUNT -> "";
    };
  }

  /** A value with the unit in words: "690 fuldtidspersoner". */
  public static String amount(BigDecimal value, Unit unit) {
    return value == null ? number(null) : number(value) + unitWords(unit);
  }

  /**
   * A value the plan leaves open is one the source has not given: the baselines step has filled every
   * figure the source gives, and a suppressed figure is "ikke oplyst", never 0.
   */
  public static String number(BigDecimal value) {
    if (value == null) {
      return "ikke oplyst";
    }
    return Decimals.danish(value, "#,##0.##");
  }

  /** "2. kvartal 2026". */
  public static String period(dk.aarshjul.shared.ReportingPeriod period) {
    return PeriodNames.danish(period);
  }
}
