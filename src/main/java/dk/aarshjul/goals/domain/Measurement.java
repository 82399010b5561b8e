package dk.aarshjul.goals.domain;

import dk.aarshjul.shared.ReportingPeriod;
import java.math.BigDecimal;

/** A figure and the period it is for, e.g. 741 full-time persons in 2015. */
public record Measurement(BigDecimal value, ReportingPeriod period) {}
