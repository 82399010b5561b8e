package dk.aarshjul.indicators.domain;

import dk.aarshjul.shared.Area;
import dk.aarshjul.shared.ReportingPeriod;
import java.math.BigDecimal;

/**
 * One figure of an indicator for an area and a period ({@code 2026Q1}, {@code 2026M07}, {@code 2026}).
 *
 * @param value null when the source suppresses it (too few persons): shown as "ikke oplyst", never as 0
 */
public record IndicatorValue(String indicatorCode, Area area, ReportingPeriod period, BigDecimal value) {

  public boolean suppressed() {
    return value == null;
  }
}
