package dk.aarshjul.documents.adapter.render;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a piece of text looks like in Word, from the CSS declarations of its element and those it inherits.
 * The background is not inherited (as in CSS): it shades the element that declares it.
 *
 * @param halfPoints font size in half-points, Word's unit; null for Word's default
 * @param colour RRGGBB or null
 * @param background RRGGBB or null
 * @param align "left", "right", "center" or null
 * @param preserveLines whether line breaks in the text are kept ({@code white-space: pre-wrap})
 */
record TextStyle(boolean bold, boolean italic, Integer halfPoints, String colour, String background, String align,
    boolean preserveLines) {

  static final TextStyle PLAIN = new TextStyle(false, false, null, null, null, null, false);

  private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\\b");
  private static final Pattern LENGTH = Pattern.compile("(-?[0-9.]+)(mm|cm|in|pt|px|%)");

  TextStyle bolder() {
    return new TextStyle(true, italic, halfPoints, colour, background, align, preserveLines);
  }

  TextStyle italicised() {
    return new TextStyle(bold, true, halfPoints, colour, background, align, preserveLines);
  }

  TextStyle withoutBackground() {
    return new TextStyle(bold, italic, halfPoints, colour, null, align, preserveLines);
  }

  /** This style as a child element's, changed by the child's declarations. */
  TextStyle inherit(Map<String, String> css) {
    String weight = css.getOrDefault("font-weight", "");
    boolean childBold = weight.isEmpty() ? bold : weight.equals("bold") || weight.matches("[6-9]00");
    String fontStyle = css.getOrDefault("font-style", "");
    boolean childItalic = fontStyle.isEmpty() ? italic : fontStyle.equals("italic");
    Integer size = points(css.get("font-size")).map(pt -> (int) Math.round(pt * 2)).orElse(halfPoints);
    String childColour = hex(css.get("color")).orElse(colour);
    String childBackground = hex(css.getOrDefault("background-color", css.get("background"))).orElse(null);
    String childAlign = css.getOrDefault("text-align", align);
    String whiteSpace = css.getOrDefault("white-space", "");
    boolean lines = whiteSpace.isEmpty() ? preserveLines : whiteSpace.startsWith("pre");
    return new TextStyle(childBold, childItalic, size, childColour, childBackground, childAlign, lines);
  }

  static Optional<String> hex(String value) {
    if (value == null) {
      return Optional.empty();
    }
    Matcher hex = HEX.matcher(value);
    if (!hex.find()) {
      return Optional.empty();
    }
    String digits = hex.group(1).toUpperCase(Locale.ROOT);
    return Optional.of(digits.length() == 6 ? digits : digits.replaceAll("(.)", "$1$1"));
  }

  /** A CSS length in points; a percentage of {@code whole} points. */
  static Optional<Double> points(String value, double whole) {
    if (value == null) {
      return Optional.empty();
    }
    Matcher length = LENGTH.matcher(value.trim());
    if (!length.matches()) {
      return Optional.empty();
    }
    double number = Double.parseDouble(length.group(1));
    return Optional.of(switch (length.group(2)) {
      case "mm" -> number * 72 / 25.4;
      case "cm" -> number * 72 / 2.54;
      case "in" -> number * 72;
      case "px" -> number * 0.75;
      case "%" -> number * whole / 100;
      default -> number;
    });
  }

  private static Optional<Double> points(String value) {
    return points(value, Double.NaN).filter(pt -> !pt.isNaN());
  }
}
