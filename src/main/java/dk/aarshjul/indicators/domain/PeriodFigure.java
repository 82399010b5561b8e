package dk.aarshjul.indicators.domain;

import dk.aarshjul.shared.ReportingPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A figure for a period the source does not give as such, made from the periods it does give: a year of a
 * quarterly table from its four quarters, a year or a quarter of a monthly table from its months.
 *
 * <p>How the parts make the whole depends on the unit: full-time persons, shares (percent) and durations
 * (weeks) are levels over a period, so the year is the average of its quarters (months), rounded to the
 * precision the source gives; a count is what happened in the period, so the year is the sum. A table that
 * already gives a moving year ({@code QMAT}: each quarter shows the twelve months up to it) gives a year as
 * its last quarter. A month cannot be made from quarters, and nothing is made when a part is missing.
 */
public final class PeriodFigure {

  private PeriodFigure() {}

  /**
   * The periods of a source of the given period type that make up the wanted period, in order; the period
   * itself when the source gives it (or when the type is not known, e.g. figures staff enter); empty when
   * it cannot be made.
   */
  public static List<ReportingPeriod> parts(ReportingPeriod wanted, PeriodType periodType) {
    if (periodType == null) {
      return List.of(wanted);
    }
    int year = wanted.year();
    return switch (periodType) {
      case QUARTERS -> switch (wanted.type()) {
        case YEAR -> IntStream.rangeClosed(1, 4).mapToObj(q -> ReportingPeriod.quarter(year, q)).toList();
        case QUARTER -> List.of(wanted);
        case MONTH -> List.of();
      };
      case MOVING_YEAR_BY_QUARTER -> switch (wanted.type()) {
        case YEAR -> List.of(ReportingPeriod.quarter(year, 4));
        case QUARTER -> List.of(wanted);
        case MONTH -> List.of();
      };
      case MONTHS -> wanted.months();
      case YEARS -> wanted.type() == ReportingPeriod.Type.YEAR ? List.of(wanted) : List.of();
    };
  }

  /**
   * The whole from its parts' values (all given, in the order of {@link #parts}): the sum for a count, the
   * average for a level, rounded to the parts' precision.
   */
  public static BigDecimal combine(Unit unit, List<BigDecimal> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("No parts to combine");
    }
    if (values.size() == 1) {
      return values.get(0);
    }
    BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    if (unit == Unit.COUNT) {
      return sum;
    }
    int scale = values.stream().mapToInt(v -> Math.max(v.stripTrailingZeros().scale(), 0)).max().orElse(0);
    return sum.divide(BigDecimal.valueOf(values.size()), scale, RoundingMode.HALF_UP);
  }
}
