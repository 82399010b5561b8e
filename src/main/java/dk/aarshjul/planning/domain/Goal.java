package dk.aarshjul.planning.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A measurable goal: where the indicator stood (baseline) and where it must be by the deadline.
 *
 * @param indicatorCode the indicator's catalogue code
 * @param nationalGoal the number of the national goal it serves, or null
 */
public record Goal(
    String text,
    String indicatorCode,
    BigDecimal baselineValue,
    ReportingPeriod baselinePeriod,
    BigDecimal targetValue,
    LocalDate deadline,
    Integer nationalGoal) {}
