package dk.aarshjul.goals.domain;

import dk.aarshjul.shared.ReportingPeriod;
import java.math.BigDecimal;

/**
 * A figure for a period. {@code given == false}: the source suppresses it ("ikke oplyst"), which is not 0.
 */
public record Figure(ReportingPeriod period, BigDecimal value, boolean given) {

  public static Figure of(ReportingPeriod period, BigDecimal value) {
    return new Figure(period, value, true);
  }

  /** A figure written as a constant, e.g. {@code of(ReportingPeriod.of("2026Q4"), "3.5")}. */
  public static Figure of(ReportingPeriod period, String value) {
    return of(period, new BigDecimal(value));
  }

  public static Figure notGiven(ReportingPeriod period) {
    return new Figure(period, null, false);
  }
}
