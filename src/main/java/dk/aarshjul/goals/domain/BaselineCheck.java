package dk.aarshjul.goals.domain;

import dk.aarshjul.indicators.domain.Unit;
import dk.aarshjul.shared.Decimals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a planner must hear about a baseline filled from the official figures, because the goal as written
 * no longer holds with it: the figure turns the goal around (it should fall, but the target lies above the
 * figure), it differs from the number the goal's text starts from ("fra 700 i 2025"), or a gap to a
 * benchmark is smaller than the reduction planned. Nothing is changed; the planner decides.
 */
public final class BaselineCheck {

  /** A warning about one goal, where it is as the form names it ("Fokusområde 1, mål 2"). */
  public record Warning(String where, String text) {}

  private enum Way {
    UP,
    DOWN
  }

  private static final Pattern DOWN_WORDS = Pattern.compile(
      "\\b(reducer\\w*|nedbring\\w*|nedsæt\\w*|mindsk\\w*|sænk\\w*|falde\\w*|fald|færre|lavere)\\b",
      Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern UP_WORDS = Pattern.compile(
      "\\b(øge\\w*|øget|forøg\\w*|stig\\w*|hæve\\w*|flere|højere)\\b", Pattern.UNICODE_CHARACTER_CLASS);
  /** The number a goal's text starts from: "fra 700", "fra 1.234 fuldtidspersoner", "fra 2,3 %". */
  private static final Pattern STATED_BASELINE = Pattern.compile(
      "\\bfra\\s+(\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:[.,]\\d+)?)", Pattern.UNICODE_CHARACTER_CLASS);

  private BaselineCheck() {}

  /**
   * The warnings of a goal whose open baseline was filled with {@code figure}, empty when it fits: what its
   * kind must say ({@link GoalTarget#baselineWarnings}), then a number in its text the figure contradicts.
   */
  public static List<String> filled(Goal goal, BigDecimal figure) {
    List<String> warnings = new ArrayList<>(goal.target().baselineWarnings(goal, figure));
    statedBaseline(goal.text()).filter(number -> differs(number, figure)).ifPresent(number ->
        warnings.add("Målsætningen går ud fra " + Decimals.danish(number, "#,##0.##") + ", men tallet fra kilden er "
            + shown(goal, figure) + ". Ret målsætningen eller skriv udgangspunktet selv."));
    return warnings;
  }

  /** The warning of a goal that should fall (or rise) to {@code target} when the filled figure turns it around. */
  public static Optional<String> turnsAround(Goal goal, BigDecimal target, BigDecimal figure) {
    Optional<Way> intended = intendedWay(goal.text(), statedBaseline(goal.text()), target);
    int figureToTarget = target.compareTo(figure);
    if (intended.isEmpty() || (intended.get() == Way.DOWN ? figureToTarget < 0 : figureToTarget > 0)) {
      return Optional.empty();
    }
    return Optional.of("Målet skal " + (intended.get() == Way.DOWN ? "falde" : "stige") + " til "
        + show(goal.unit(), target) + ", men udgangspunktet fra tallene er " + shown(goal, figure) + ", så målet vender: "
        + (figureToTarget == 0 ? "målværdien er allerede nået"
            : "målværdien ligger " + (figureToTarget > 0 ? "over" : "under") + " udgangspunktet")
        + ". Ret målværdien, udgangspunktet eller målsætningen.");
  }

  /** The filled figure with the baseline's period: "503 fuldtidspersoner (2025)". */
  public static String shown(Goal goal, BigDecimal figure) {
    return show(goal.unit(), figure) + " (" + goal.baseline().period() + ")";
  }

  /** The warning of a goal whose open baseline the figures do not have. */
  public static String notFound(Goal goal) {
    return "Der er ingen tal fra kilden for " + goal.baseline().period() + " endnu, så udgangspunktet står som "
        + "\"ikke oplyst\". Skriv udgangspunktet selv, eller vælg en periode med tal.";
  }

  private static Optional<Way> intendedWay(String text, Optional<BigDecimal> stated, BigDecimal target) {
    String lower = text.toLowerCase(Locale.ROOT);
    boolean down = DOWN_WORDS.matcher(lower).find();
    boolean up = UP_WORDS.matcher(lower).find();
    if (down != up) {
      return Optional.of(down ? Way.DOWN : Way.UP);
    }
    return stated.filter(number -> number.compareTo(target) != 0)
        .map(number -> number.compareTo(target) > 0 ? Way.DOWN : Way.UP);
  }

  static Optional<BigDecimal> statedBaseline(String text) {
    Matcher m = STATED_BASELINE.matcher(text.toLowerCase(Locale.ROOT));
    if (!m.find()) {
      return Optional.empty();
    }
    String number = m.group(1);
    // Danish: a dot groups thousands, a comma is the decimal point; "2.3" is read as a decimal point
    number = number.matches("\\d{1,3}(\\.\\d{3})+(,\\d+)?") ? number.replace(".", "") : number;
    return Optional.of(Decimals.parse(number));
  }

  /** Whether the figure, rounded as the text rounds its number, is another number. */
  private static boolean differs(BigDecimal stated, BigDecimal figure) {
    int scale = Math.max(stated.stripTrailingZeros().scale(), 0);
    return figure.setScale(scale, RoundingMode.HALF_UP).compareTo(stated) != 0;
  }

  private static String show(Unit unit, BigDecimal value) {
    return unit == null ? Decimals.danish(value, "#,##0.##") : unit.show(value);
  }
}
