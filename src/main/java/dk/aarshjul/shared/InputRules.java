package dk.aarshjul.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The rules every value from outside passes, whether it comes through our API, the CSV import or a
 * Tasklist form: what a text may contain and how long it may be, which numbers we can store, which dates
 * make sense. Each rule answers with what is wrong, in Danish, so the caller names the field.
 *
 * <p>Texts with control characters (below U+0020 except tab, and line breaks where the field has lines;
 * U+007F-U+009F) or half a Unicode character (a lone surrogate) are <em>refused</em>, never stripped: a
 * value that is silently stored differently from what was sent is worse than an error the sender can
 * fix, and such characters break the documents made from the plan.
 */
public final class InputRules {

  /** No request body (JSON, CSV, form data) may be larger; the request is answered 413. */
  public static final int MAX_REQUEST_BYTES = 1024 * 1024;
  /** Codes, ids, periods and other short values. */
  public static final int MAX_CODE = 100;
  /** The goals' numbers are {@code numeric(14, 4)}. */
  public static final NumberLimit GOAL_NUMBER = new NumberLimit(10, 4);
  /** Indicator figures are {@code numeric(18, 4)}. */
  public static final NumberLimit FIGURE = new NumberLimit(14, 4);

  private InputRules() {}

  /** How many digits a column holds before and after the decimal point. */
  public record NumberLimit(int integerDigits, int decimals) {

    BigDecimal bound() {
      return BigDecimal.TEN.pow(integerDigits);
    }
  }

  /**
   * What is wrong with a text, if anything.
   *
   * @param multiLine whether line breaks belong in the field (a description, a goal's text)
   */
  public static Optional<String> textProblem(String text, int maxLength, boolean multiLine) {
    if (text == null) {
      return Optional.empty();
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return Optional.of("indeholder et ufuldstændigt tegn (ugyldig Unicode) på plads " + (i + 1));
      } else if ((c == '\n' || c == '\r') && !multiLine) {
        return Optional.of("må ikke indeholde linjeskift");
      } else if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
        return Optional.of("indeholder et styretegn (" + String.format("U+%04X", (int) c) + ") på plads " + (i + 1)
            + "; det er ikke tilladt");
      }
    }
    if (text.codePointCount(0, text.length()) > maxLength) {
      return Optional.of("må højst være " + maxLength + " tegn");
    }
    return Optional.empty();
  }

  /**
   * A number as people and programs send it: a JSON number, or text with a decimal comma or point and
   * spaces between thousands ("11,4", "1 250"). Empty when it is no finite number.
   */
  public static Optional<BigDecimal> number(Object value) {
    if (value instanceof BigDecimal decimal) {
      return Optional.of(decimal);
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      return Double.isFinite(d) ? Optional.of(new BigDecimal(value.toString())) : Optional.empty();
    }
    if (value instanceof Number number) {
      return Optional.of(new BigDecimal(number.toString()));
    }
    if (value == null || value.toString().length() > MAX_CODE) {
      return Optional.empty();
    }
    try {
      return Optional.of(Decimals.parse(value.toString().strip().replace(" ", "")));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * What is wrong with a number, if anything: too large for its column, or more decimals than it keeps
   * (so {@code 1e-400} is refused rather than stored as 0).
   */
  public static Optional<String> numberProblem(BigDecimal value, NumberLimit limit) {
    if (value.abs().compareTo(limit.bound()) >= 0) {
      return Optional.of("må højst have " + limit.integerDigits() + " cifre før kommaet");
    }
    if (value.stripTrailingZeros().scale() > limit.decimals()) {
      return Optional.of("må højst have " + limit.decimals() + " decimaler");
    }
    return Optional.empty();
  }

  /** What is wrong with a whole number that must lie between min and max, if anything. */
  public static Optional<String> wholeNumberProblem(BigDecimal value, long min, long max) {
    if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0
        || value.stripTrailingZeros().scale() > 0) {
      return Optional.of("skal være et helt tal mellem " + min + " og " + max);
    }
    return Optional.empty();
  }

  /** What is wrong with a date that must lie between two days, if anything. */
  public static Optional<String> dateProblem(LocalDate date, LocalDate earliest, LocalDate latest) {
    if (date.isBefore(earliest) || date.isAfter(latest)) {
      return Optional.of("skal ligge mellem " + DanishTime.date(earliest) + " og " + DanishTime.date(latest));
    }
    return Optional.empty();
  }

  /**
   * A value as an error message may quote it: at most 40 characters, control characters as '?', so a
   * refused value never makes the answer long or unreadable.
   */
  public static String shown(Object value) {
    String text = String.valueOf(value);
    StringBuilder shown = new StringBuilder();
    text.codePoints().limit(40).forEach(c -> shown.appendCodePoint(
        Character.isISOControl(c) || c >= 0xD800 && c <= 0xDFFF ? '?' : c));
    return text.codePointCount(0, text.length()) > 40 ? shown + "…" : shown.toString();
  }
}
