package dk.aarshjul.indicators.domain;

import dk.aarshjul.shared.ReportingPeriod;
import java.util.Arrays;
import java.util.List;

/**
 * The periods a source table gives, by the code {@code sources.csv} and the Jobindsats API use: quarters
 * ({@code Q}), months ({@code M}), years ({@code Y}), or a moving year by quarter ({@code QMAT}: each
 * quarter shows the twelve months up to it).
 */
public enum PeriodType {
  QUARTERS("Q"),
  MONTHS("M"),
  YEARS("Y"),
  MOVING_YEAR_BY_QUARTER("QMAT");

  private final String code;

  PeriodType(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static PeriodType ofCode(String code) {
    return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown period type " + code));
  }

  /** The periods of this type a pull for the quarter asks for: its months, its year, or the quarter itself. */
  public List<ReportingPeriod> periodsOf(ReportingPeriod quarter) {
    if (quarter.type() != ReportingPeriod.Type.QUARTER) {
      throw new IllegalArgumentException("Not a quarter: " + quarter);
    }
    return switch (this) {
      case MONTHS -> quarter.months();
      case YEARS -> List.of(ReportingPeriod.year(quarter.year()));
      case QUARTERS, MOVING_YEAR_BY_QUARTER -> List.of(quarter);
    };
  }
}
