package dk.aarshjul.planning.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The period a figure is for: a year ({@code 2019}), a quarter ({@code 2019Q3}) or a month ({@code 2019M09}). */
public record ReportingPeriod(int year, Type type, int number) {

  public enum Type {
    YEAR,
    QUARTER,
    MONTH
  }

  private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:(Q)([1-4])|(M)(0[1-9]|1[0-2]))?");

  public static Optional<ReportingPeriod> parse(String text) {
    Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    if (m.group(2) != null) {
      return Optional.of(new ReportingPeriod(year, Type.QUARTER, Integer.parseInt(m.group(3))));
    }
    if (m.group(4) != null) {
      return Optional.of(new ReportingPeriod(year, Type.MONTH, Integer.parseInt(m.group(5))));
    }
    return Optional.of(new ReportingPeriod(year, Type.YEAR, 0));
  }

  public LocalDate lastDay() {
    return switch (type) {
      case YEAR -> LocalDate.of(year, 12, 31);
      case QUARTER -> new Quarter(year, number).lastDay();
      case MONTH -> LocalDate.of(year, number, 1).plusMonths(1).minusDays(1);
    };
  }

  @Override
  public String toString() {
    return switch (type) {
      case YEAR -> Integer.toString(year);
      case QUARTER -> year + "Q" + number;
      case MONTH -> String.format("%dM%02d", year, number);
    };
  }
}
