package dk.aarshjul.documents.adapter.render;

import dk.aarshjul.documents.application.DocumentFormat;
import dk.aarshjul.documents.domain.StatusReport;
import dk.aarshjul.testing.Accessibility;
import dk.aarshjul.testing.BrowserTest;
import dk.aarshjul.testing.PagesInBrowser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The HTML documents, as a reader's browser shows them, have no violation of WCAG 2.0 and 2.1 A and AA that
 * axe-core finds: a status report with charts and comparisons, a plan proposal and an adopted plan. The pages
 * are self-contained (inline style sheet, charts as data URIs) and are opened from files.
 */
@BrowserTest
class HtmlDocumentsAreAccessibleTest {

  private static final TemplateDocumentRenderer RENDERER = TemplateDocumentRendererTest.RENDERER;

  @RegisterExtension
  static final PagesInBrowser pages = new PagesInBrowser("documents-html");

  @Test
  void aStatusReportWithChartsHasNoViolations() {
    StatusReport report = TemplateDocumentRendererTest.aTaarnbyReport();
    byte[] html = TemplateDocumentRendererTest.aFinalReport(report, DocumentFormat.HTML);

    pages.open("status-report.html", html);
    Accessibility.assertNoViolations(pages.browser(), "the status report");
  }

  @Test
  void aPlanProposalHasNoViolations() {
    pages.open("plan-proposal.html", RENDERER.plan(PlanEditions.aProposalInConsultation()).get(DocumentFormat.HTML));
    Accessibility.assertNoViolations(pages.browser(), "the plan proposal");
  }

  @Test
  void anAdoptedPlanHasNoViolations() {
    pages.open("plan-adopted.html", RENDERER.plan(PlanEditions.anAdoptedPlan()).get(DocumentFormat.HTML));
    Accessibility.assertNoViolations(pages.browser(), "the adopted plan");
  }
}
