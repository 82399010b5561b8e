package dk.aarshjul.planning.domain;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;

/**
 * When a municipality's cycle for the coming plan year starts by itself, and whether a multi-year plan gets a
 * yearly revision instead of standing as adopted (docs/adr/0020-yearly-start-and-carry-over.md).
 *
 * @param start the day of the year before the plan year; at the latest 30 September, so the council can adopt by 31 December
 */
public record YearlyStartSetting(MonthDay start, boolean reviseMultiYearPlans) {

  public static final MonthDay LATEST = MonthDay.of(9, 30);
  /** Early summer: the draft, consultation and political treatment have the second half of the year. */
  public static final YearlyStartSetting DEFAULT = new YearlyStartSetting(MonthDay.of(6, 1), false);

  public YearlyStartSetting {
    Objects.requireNonNull(start);
    if (start.isAfter(LATEST)) {
      throw new IllegalArgumentException("A yearly start after " + LATEST + ": " + start);
    }
  }

  /** The start day in a year (29 February is 28 February in other years). */
  public LocalDate startIn(int year) {
    return start.atYear(year);
  }
}
