package dk.aarshjul.goals.domain;

import java.math.BigDecimal;

/**
 * A figure for a period. {@code given == false}: the source suppresses it ("ikke oplyst"), which is not 0.
 */
public record Figure(String period, BigDecimal value, boolean given) {

  public static Figure of(String period, String value) {
    return new Figure(period, new BigDecimal(value), true);
  }

  public static Figure notGiven(String period) {
    return new Figure(period, null, false);
  }
}
