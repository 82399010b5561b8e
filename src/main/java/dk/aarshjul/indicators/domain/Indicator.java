package dk.aarshjul.indicators.domain;

/** An indicator a goal is measured by: its catalogue code, Danish name and unit. */
public record Indicator(String code, String name, Unit unit) {}
