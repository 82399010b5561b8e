package dk.aarshjul.shared;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The period a figure is for: a year ({@code 2019}), a quarter ({@code 2019Q3}) or a month ({@code 2019M09}).
 * The one place that reads a period, for plans, indicators, the CSV import and the API's parameters alike:
 * {@code 2027Q5}, {@code 2027M13} and years outside {@value #EARLIEST_YEAR}-{@value #LATEST_YEAR} are not periods.
 */
public record ReportingPeriod(int year, Type type, int number) implements Comparable<ReportingPeriod> {

  public enum Type {
    YEAR,
    QUARTER,
    MONTH
  }

  /** The official series we follow up with (Jobindsats, Statistics Denmark) start after this year. */
  public static final int EARLIEST_YEAR = 1990;
  public static final int LATEST_YEAR = 2100;
  /** How the API and the import say what a period looks like. */
  public static final String FORMAT_HINT = "et år, et kvartal eller en måned, fx 2025, 2025Q3 eller 2025M07";

  /** What a period looks like, also for the API's schema: the one place this is written. */
  public static final String REGEX = "\\d{4}(?:Q[1-4]|M(?:0[1-9]|1[0-2]))?";

  private static final Pattern FORMAT = Pattern.compile(REGEX);
  /** Earliest end first; of periods ending on the same day (2025, 2025Q4, 2025M12) the longest first. */
  private static final Comparator<ReportingPeriod> ORDER =
      Comparator.comparing(ReportingPeriod::lastDay).thenComparing(ReportingPeriod::firstDay);

  public ReportingPeriod {
    if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
      throw new IllegalArgumentException("Not a period year: " + year);
    }
    if (type == Type.QUARTER && (number < 1 || number > 4) || type == Type.MONTH && (number < 1 || number > 12)) {
      throw new IllegalArgumentException("Not a " + type + ": " + number);
    }
  }

  public static ReportingPeriod year(int year) {
    return new ReportingPeriod(year, Type.YEAR, 0);
  }

  public static ReportingPeriod quarter(int year, int quarter) {
    return new ReportingPeriod(year, Type.QUARTER, quarter);
  }

  public static ReportingPeriod month(int year, int month) {
    return new ReportingPeriod(year, Type.MONTH, month);
  }

  public static Optional<ReportingPeriod> parse(String text) {
    if (text == null || text.length() > 20) {
      return Optional.empty();
    }
    String period = text.strip();
    if (!FORMAT.matcher(period).matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(period.substring(0, 4));
    if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
      return Optional.empty();
    }
    if (period.length() == 4) {
      return Optional.of(year(year));
    }
    int number = Integer.parseInt(period.substring(5));
    return Optional.of(period.charAt(4) == 'Q' ? quarter(year, number) : month(year, number));
  }

  /** A period known to be well written (stored, or a constant); anything else is a programming error. */
  public static ReportingPeriod of(String text) {
    return parse(text).orElseThrow(() -> new IllegalArgumentException("Not a period: " + text));
  }

  /** The months of a year or a quarter (a month is its own), in order. */
  public List<ReportingPeriod> months() {
    return switch (type) {
      case YEAR -> IntStream.rangeClosed(1, 12).mapToObj(m -> month(year, m)).toList();
      case QUARTER -> IntStream.rangeClosed(1, 3).mapToObj(m -> month(year, (number - 1) * 3 + m)).toList();
      case MONTH -> List.of(this);
    };
  }

  public LocalDate firstDay() {
    return switch (type) {
      case YEAR -> LocalDate.of(year, 1, 1);
      case QUARTER -> LocalDate.of(year, (number - 1) * 3 + 1, 1);
      case MONTH -> LocalDate.of(year, number, 1);
    };
  }

  public LocalDate lastDay() {
    return switch (type) {
      case YEAR -> LocalDate.of(year, 12, 31);
      case QUARTER -> firstDay().plusMonths(3).minusDays(1);
      case MONTH -> firstDay().plusMonths(1).minusDays(1);
    };
  }

  /** Whether the period has not begun on the given day: no figure can exist for it yet. */
  public boolean isAfter(LocalDate day) {
    return firstDay().isAfter(day);
  }

  @Override
  public int compareTo(ReportingPeriod other) {
    return ORDER.compare(this, other);
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
