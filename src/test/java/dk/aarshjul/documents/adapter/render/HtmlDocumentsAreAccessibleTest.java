package dk.aarshjul.documents.adapter.render;

import dk.aarshjul.documents.application.DocumentFormat;
import dk.aarshjul.documents.domain.StatusReport;
import dk.aarshjul.testing.Accessibility;
import dk.aarshjul.testing.BrowserTest;
import dk.aarshjul.testing.Browsers;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The HTML documents, as a reader's browser shows them, have no violation of WCAG 2.0 and 2.1 A and AA that
 * axe-core finds: a status report with charts and comparisons, a plan proposal and an adopted plan. The pages
 * are self-contained (inline style sheet, charts as data URIs) and are opened from files.
 */
@BrowserTest
class HtmlDocumentsAreAccessibleTest {

  private static final TemplateDocumentRenderer RENDERER = TemplateDocumentRendererTest.RENDERER;
  private static final Path OUT = Path.of("target", "screenshots", "documents-html");
  private static ChromeDriver browser;

  @BeforeAll
  static void openBrowser() {
    browser = Browsers.headlessChromium();
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void aStatusReportWithChartsHasNoViolations() {
    StatusReport report = TemplateDocumentRendererTest.aTaarnbyReport();
    byte[] html = TemplateDocumentRendererTest.aFinalReport(report, DocumentFormat.HTML);

    open("status-report.html", html);
    Accessibility.assertNoViolations(browser, "the status report");
  }

  @Test
  void aPlanProposalHasNoViolations() {
    open("plan-proposal.html", RENDERER.plan(PlanEditions.aProposalInConsultation()).get(DocumentFormat.HTML));
    Accessibility.assertNoViolations(browser, "the plan proposal");
  }

  @Test
  void anAdoptedPlanHasNoViolations() {
    open("plan-adopted.html", RENDERER.plan(PlanEditions.anAdoptedPlan()).get(DocumentFormat.HTML));
    Accessibility.assertNoViolations(browser, "the adopted plan");
  }

  private static void open(String name, byte[] html) {
    Browsers.openAsFile(browser, OUT.resolve(name), html);
  }
}
