package dk.aarshjul.goals.domain;


import dk.aarshjul.shared.PeriodNames;
import dk.aarshjul.indicators.domain.Unit;
import dk.aarshjul.goals.domain.GoalTarget.AbsoluteLevel;
import dk.aarshjul.goals.domain.GoalTarget.BaselineToTarget;
import dk.aarshjul.goals.domain.GoalTarget.Bound;
import dk.aarshjul.goals.domain.GoalTarget.CountedActivity;
import dk.aarshjul.goals.domain.GoalTarget.DirectionOnly;
import dk.aarshjul.goals.domain.GoalTarget.GapToBenchmark;
import dk.aarshjul.goals.domain.GoalTarget.NotWorseThan;
import dk.aarshjul.goals.domain.GoalTarget.Rank;
import dk.aarshjul.goals.domain.GoalTarget.RelativeChange;
import dk.aarshjul.goals.domain.GoalTarget.RelativeToBenchmark;
import dk.aarshjul.goals.domain.GoalTarget.ShareOfPopulation;
import dk.aarshjul.shared.DanishTime;
import dk.aarshjul.shared.Decimals;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/** A goal's target in one Danish sentence, for forms and reports: "fra 741 fuldtidspersoner (2015) til 690". */
public final class GoalDescription {


  private GoalDescription() {}

  /** @param benchmarkName the Danish name of a benchmark ("hele landet", "Brøndby Kommune") */
  public static String danish(Goal goal, Function<Benchmark, String> benchmarkName) {
    String unit = unit(goal.unit());
    GoalTarget target = goal.target();
    String what;
    if (target instanceof AbsoluteLevel t) {
      what = bound(t.bound()) + " " + amount(t.value(), unit);
    } else if (target instanceof BaselineToTarget t) {
      what = "fra " + amount(goal.baseline().value(), unit) + " (" + PeriodNames.danish(goal.baseline().period()) + ") til " + amount(t.value(), unit);
    } else if (target instanceof RelativeChange t) {
      what = (t.percent().signum() > 0 ? "en stigning på " : "et fald på ") + number(t.percent().abs()) + " % fra "
          + amount(goal.baseline().value(), unit) + " (" + PeriodNames.danish(goal.baseline().period()) + ")";
    } else if (target instanceof NotWorseThan t) {
      what = (t.better() == GoalTarget.Better.LOWER ? "ikke højere" : "ikke lavere") + " end i " + t.reference();
    } else if (target instanceof GapToBenchmark t) {
      what = "forskellen til " + benchmarkName.apply(t.benchmark()) + " (" + number(goal.baseline().value()) + " mod "
          + number(t.benchmarkBaseline()) + unit + " i " + PeriodNames.danish(goal.baseline().period()) + ") mindskes med "
          + number(t.reduceByPoints()) + " procentpoint";
    } else if (target instanceof ShareOfPopulation t) {
      what = bound(t.bound()) + " " + number(t.percent()) + " procent af " + t.population();
    } else if (target instanceof Rank t) {
      what = "blandt " + best(t.numerator(), t.denominator()) + " af landets kommuner ("
          + (t.better() == GoalTarget.Better.LOWER ? "lavest" : "højest") + " er bedst)";
    } else if (target instanceof RelativeToBenchmark t) {
      String margin = t.marginPoints() == null || t.marginPoints().signum() == 0 ? "" : number(t.marginPoints()) + " procentpoint ";
      what = switch (t.comparison()) {
        case AT_LEVEL -> "på niveau med " + benchmarkName.apply(t.benchmark());
        case AT_OR_BELOW -> (margin.isEmpty() ? "på eller under " : "mindst " + margin + "under ") + benchmarkName.apply(t.benchmark());
        case AT_OR_ABOVE -> (margin.isEmpty() ? "på eller over " : "mindst " + margin + "over ") + benchmarkName.apply(t.benchmark());
      };
    } else if (target instanceof DirectionOnly t) {
      what = (t.direction() == GoalTarget.Direction.INCREASING ? "stigende" : "faldende") + " fra " + PeriodNames.danish(goal.baseline().period());
    } else if (target instanceof CountedActivity t) {
      what = t.count() + " " + t.activity() + " pr. " + switch (t.per()) {
        case YEAR -> "år";
        case QUARTER -> "kvartal";
        case MONTH -> "måned";
      };
    } else {
      throw new IllegalArgumentException("Unknown goal target " + target);
    }
    return what + ", senest " + DanishTime.date(goal.deadline());
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

  private static String bound(Bound bound) {
    return bound == Bound.AT_LEAST ? "mindst" : "højst";
  }

  private static String unit(Unit unit) {
    return switch (unit) {
      case PERCENT -> " procent";
      case FULL_TIME_PERSONS -> " fuldtidspersoner";
      case WEEKS -> " uger";
      case COUNT -> "";
    };
  }

  private static String amount(BigDecimal value, String unit) {
    return value == null ? number(null) : number(value) + unit;
  }

  /**
   * A value the plan leaves open is one the source has not given: the baselines step has filled every
   * figure the source gives, and a suppressed figure is "ikke oplyst", never 0.
   */
  static String number(BigDecimal value) {
    if (value == null) {
      return "ikke oplyst";
    }
    return Decimals.danish(value, "#,##0.##");
  }

}
