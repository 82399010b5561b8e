package dk.aarshjul.reporting.application;

import dk.aarshjul.reporting.domain.StatusReportEdition;
import java.util.Map;
import java.util.Set;

/** Renders documents in every {@link DocumentFormat}. */
public interface DocumentRenderer {

  /** The report in the formats asked for: the planner's draft is read in the browser, the final goes out in all. */
  Map<DocumentFormat, byte[]> statusReport(StatusReportEdition edition, Set<DocumentFormat> formats);

  Map<DocumentFormat, byte[]> plan(PlanEdition edition);
}
