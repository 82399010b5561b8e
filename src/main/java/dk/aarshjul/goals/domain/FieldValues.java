package dk.aarshjul.goals.domain;

import dk.aarshjul.shared.InputRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Loosely typed input values (form and JSON) as typed values; null where they cannot be read. */
public final class FieldValues {

  private FieldValues() {}

  public static String text(Object value) {
    if (value == null) {
      return null;
    }
    String text = value.toString().strip();
    return text.isEmpty() ? null : text;
  }

  /** A number as Danes write it too: "11,4" and "1 250" read as 11.4 and 1250; null unless finite. */
  public static BigDecimal number(Object value) {
    return InputRules.number(value).orElse(null);
  }

  /** The form's date picker sends 2026-12-01; a date-time keeps only its date. */
  public static LocalDate date(String text) {
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
