package dk.aarshjul.indicators.application;

import dk.aarshjul.indicators.domain.SourceSelection;
import dk.aarshjul.shared.ReportingPeriod;
import java.util.List;

/** A source of official figures (Jobindsats, Statistics Denmark). */
public interface IndicatorSource {

  /** Whether it delivers the figures of that source (the offline data set stands in for all). */
  boolean serves(SourceSelection.Source source);

  /**
   * Every municipality's, region's and the country's values of the indicators for the periods. The
   * indicators share one table and period type, and are fetched in one request.
   *
   * @throws IndicatorSourceException with a Danish message when the source cannot deliver
   */
  SourcePull fetch(List<SourceSelection> sameTable, List<ReportingPeriod> periods);
}
