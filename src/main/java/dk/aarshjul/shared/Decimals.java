package dk.aarshjul.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as the plans store and show them, and as people and Danish sources write them. */
public final class Decimals {

  private static final Locale DANISH = Locale.forLanguageTag("da-DK");

  private Decimals() {}

  /** Without trailing zeros and never in exponent form: {@code 2.50} is {@code 2.5}, {@code 1E+2} is {@code 100}. */
  public static BigDecimal plain(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * Formatted the Danish way, with a decimal comma: {@code danish(1234.5, "#,##0.0")} is {@code 1.234,5}.
   * Halves round up, as official statistics do (1,85 → 1,9).
   */
  public static String danish(BigDecimal value, String pattern) {
    return format(pattern).format(value);
  }

  /**
   * A number written with a decimal comma or a decimal point ({@code "11,4"} or {@code "11.4"}), without
   * thousands separators: the one place a decimal comma is read. Callers strip spaces or a Danish
   * thousands dot first where they accept them.
   *
   * @throws NumberFormatException when the text is no such number
   */
  public static BigDecimal parse(String text) {
    return new BigDecimal(text.replace(',', '.'));
  }

  /** The format behind {@link #danish}, for libraries that take one (a chart's axis). */
  public static DecimalFormat format(String pattern) {
    DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(DANISH));
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format;
  }
}
