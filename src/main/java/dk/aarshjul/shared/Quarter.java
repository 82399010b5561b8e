package dk.aarshjul.shared;

import java.time.LocalDate;

/** A calendar quarter, written as Jobindsats writes it: {@code 2019Q3}. */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

  public Quarter {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("Quarter must be 1-4: " + quarter);
    }
  }

  /** Read as every period is ({@link ReportingPeriod}): {@code 2027Q5} is no quarter. */
  public static Quarter parse(String text) {
    return ReportingPeriod.parse(text).filter(p -> p.type() == ReportingPeriod.Type.QUARTER)
        .map(p -> new Quarter(p.year(), p.number()))
        .orElseThrow(() -> new IllegalArgumentException("Not a quarter like 2019Q3: " + text));
  }

  public static Quarter containing(LocalDate date) {
    return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
  }

  public LocalDate firstDay() {
    return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
  }

  public LocalDate lastDay() {
    return firstDay().plusMonths(3).minusDays(1);
  }

  public Quarter previous() {
    return quarter == 1 ? new Quarter(year - 1, 4) : new Quarter(year, quarter - 1);
  }

  /** "1. kvartal 2019" */
  public String danishLabel() {
    return quarter + ". kvartal " + year;
  }

  @Override
  public int compareTo(Quarter other) {
    return year != other.year ? Integer.compare(year, other.year) : Integer.compare(quarter, other.quarter);
  }

  @Override
  public String toString() {
    return year + "Q" + quarter;
  }
}
