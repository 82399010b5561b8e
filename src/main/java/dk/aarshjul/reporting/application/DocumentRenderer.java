package dk.aarshjul.reporting.application;

import dk.aarshjul.reporting.domain.StatusReportEdition;
import java.util.Map;

/** Renders documents in every {@link DocumentFormat}. */
public interface DocumentRenderer {

  Map<DocumentFormat, byte[]> statusReport(StatusReportEdition edition);

  Map<DocumentFormat, byte[]> plan(PlanEdition edition);
}
