package dk.aarshjul.documents.application;

import dk.aarshjul.documents.domain.StatusReport;
import dk.aarshjul.documents.domain.StatusReportEdition;
import java.util.Map;
import java.util.Set;

/** Renders documents in every {@link DocumentFormat}. */
public interface DocumentRenderer {

  /** Each goal's chart as a PNG, by goal ref ("1.2"); a goal without figures to draw has none. */
  Map<String, byte[]> charts(StatusReport report);

  /**
   * The report in the formats asked for (the planner's draft is read in the browser, the final goes out in
   * all), with the charts {@link #charts} drew for it: the draft and the final show the same charts. The
   * HTML page names the charts by their {@link ImageAddresses addresses}: it is stored beside them
   * ({@link DocumentStore#attach}) and gets them inlined when fetched ({@link DocumentStore#content}).
   */
  Map<DocumentFormat, byte[]> statusReport(StatusReportEdition edition, Map<String, byte[]> charts, Set<DocumentFormat> formats);

  Map<DocumentFormat, byte[]> plan(PlanEdition edition);
}
