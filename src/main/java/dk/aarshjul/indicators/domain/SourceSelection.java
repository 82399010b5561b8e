package dk.aarshjul.indicators.domain;

/**
 * Where an indicator's figures come from: the source, its table, the measure and the period type,
 * e.g. Jobindsats table {@code y07a02}, measure "Antal fuldtidspersoner", quarters.
 */
public record SourceSelection(String indicatorCode, Source source, String table, String measure, PeriodType periodType) {

  public enum Source {
    JOBINDSATS,
    STATBANK,
    MANUAL
  }
}
