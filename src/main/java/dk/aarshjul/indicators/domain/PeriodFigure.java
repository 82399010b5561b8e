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

  /** The source's period types, as {@code sources.csv} names them. */
  public static final String QUARTERS = "Q";
  public static final String MONTHS = "M";
  public static final String YEARS = "Y";
  public static final String MOVING_YEAR_BY_QUARTER = "QMAT";

  private PeriodFigure() {}

  /**
   * The periods of a source of the given period type that make up the wanted period, in order; the period
   * itself when the source gives it (or when the type is not known, e.g. figures staff enter); empty when
   * it cannot be made.
   */
  public static List<String> parts(ReportingPeriod wanted, String periodType) {
    if (periodType == null) {
      return List.of(wanted.toString());
    }
    int year = wanted.year();
    return switch (periodType) {
      case QUARTERS -> switch (wanted.type()) {
        case YEAR -> IntStream.rangeClosed(1, 4).mapToObj(q -> year + "Q" + q).toList();
        case QUARTER -> List.of(wanted.toString());
        case MONTH -> List.of();
      };
      case MOVING_YEAR_BY_QUARTER -> switch (wanted.type()) {
        case YEAR -> List.of(year + "Q4");
        case QUARTER -> List.of(wanted.toString());
        case MONTH -> List.of();
      };
      case MONTHS -> switch (wanted.type()) {
        case YEAR -> IntStream.rangeClosed(1, 12).mapToObj(m -> month(year, m)).toList();
        case QUARTER -> IntStream.rangeClosed(1, 3).mapToObj(m -> month(year, (wanted.number() - 1) * 3 + m)).toList();
        case MONTH -> List.of(wanted.toString());
      };
      case YEARS -> wanted.type() == ReportingPeriod.Type.YEAR ? List.of(wanted.toString()) : List.of();
      default -> List.of(wanted.toString());
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

  private static String month(int year, int month) {
    return String.format("%dM%02d", year, month);
  }
}
