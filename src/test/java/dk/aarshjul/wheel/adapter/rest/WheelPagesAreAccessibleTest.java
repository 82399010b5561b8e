package dk.aarshjul.wheel.adapter.rest;

import dk.aarshjul.testing.Accessibility;
import dk.aarshjul.testing.BrowserTest;
import dk.aarshjul.testing.Browsers;
import dk.aarshjul.wheel.domain.LateStep;
import dk.aarshjul.wheel.domain.StepState;
import dk.aarshjul.wheel.domain.SvgCanvasTest;
import dk.aarshjul.wheel.domain.YearWheel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The wheel's pages as a browser shows them have no violation of WCAG 2.0 and 2.1 A and AA that axe-core
 * finds: one municipality's wheel with its table, the overview of several, Forsinket, and the plan document
 * with the wheel.
 */
@BrowserTest
class WheelPagesAreAccessibleTest {

  private static final Path OUT = Path.of("target", "screenshots", "wheel");
  private static ChromeDriver browser;

  final YearWheel taarnby = SvgCanvasTest.aTaarnbyYear2026();

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
  void aMunicipalitysWheelHasNoViolations() {
    open("page-taarnby.html", WheelPages.wheel(taarnby, true));
    Accessibility.assertNoViolations(browser, "a municipality's wheel");
  }

  @Test
  void theOverviewAndForsinketHaveNoViolations() {
    YearWheel ishoej = new YearWheel("ishoej", "Ishøj Kommune", 2026, 2027, taarnby.today(), List.of());
    List<LateStep> late = taarnby.steps().stream().filter(s -> s.state() == StepState.LATE)
        .map(s -> new LateStep("taarnby", "Tårnby Kommune", s)).toList();
    open("page-overview.html", WheelPages.overview(2026, List.of(taarnby, ishoej), late));
    Accessibility.assertNoViolations(browser, "the overview");
    open("page-late.html", WheelPages.late(late));
    Accessibility.assertNoViolations(browser, "Forsinket");
  }

  @Test
  void aPlanDocumentWithTheWheelHasNoViolations() {
    byte[] html = new dk.aarshjul.documents.adapter.render.TemplateDocumentRenderer()
        .plan(dk.aarshjul.wheel.adapter.picture.PlanDocumentWheelTest.aProposalWithTheWheel())
        .get(dk.aarshjul.documents.application.DocumentFormat.HTML);
    open("plan-document-with-wheel.html", new String(html, StandardCharsets.UTF_8));
    Accessibility.assertNoViolations(browser, "the plan document with the wheel");
  }

  private static void open(String name, String html) {
    Browsers.openAsFile(browser, OUT.resolve(name), html.getBytes(StandardCharsets.UTF_8));
  }
}
