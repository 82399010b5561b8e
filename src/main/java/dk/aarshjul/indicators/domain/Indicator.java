package dk.aarshjul.indicators.domain;

import dk.aarshjul.shared.ReportingPeriod;
import java.time.LocalDate;

/**
 * An indicator a goal is measured by: its catalogue code, Danish name and unit.
 *
 * @param dataBreak the day the indicator's figures stopped being comparable with earlier ones (the
 *     kontanthjælp reform of 1 July 2025 changed the visitation categories); null when they always were
 */
public record Indicator(String code, String name, Unit unit, LocalDate dataBreak) {

  public Indicator(String code, String name, Unit unit) {
    this(code, name, unit, null);
  }

  /** Whether the figures of the two periods lie on either side of the data break. */
  public boolean breaksBetween(ReportingPeriod earlier, ReportingPeriod later) {
    return dataBreak != null && earlier.lastDay().isBefore(dataBreak) && !later.lastDay().isBefore(dataBreak);
  }
}
