package dk.aarshjul.wheel.adapter.rest;

import dk.aarshjul.testing.Accessibility;
import dk.aarshjul.testing.BrowserTest;
import dk.aarshjul.testing.PagesInBrowser;
import dk.aarshjul.wheel.domain.LateStep;
import dk.aarshjul.wheel.domain.StepState;
import dk.aarshjul.wheel.domain.SvgCanvasTest;
import dk.aarshjul.wheel.domain.YearWheel;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The wheel's pages as a browser shows them have no violation of WCAG 2.0 and 2.1 A and AA that axe-core
 * finds: one municipality's wheel with its table, the overview of several, Forsinket, and the plan document
 * with the wheel.
 */
@BrowserTest
class WheelPagesAreAccessibleTest {

  @RegisterExtension
  static final PagesInBrowser pages = new PagesInBrowser("wheel");

  final YearWheel taarnby = SvgCanvasTest.aTaarnbyYear2026();

  @Test
  void aMunicipalitysWheelHasNoViolations() {
    pages.open("page-taarnby.html", WheelPages.wheel(taarnby, true));
    Accessibility.assertNoViolations(pages.browser(), "a municipality's wheel");
  }

  @Test
  void theOverviewAndForsinketHaveNoViolations() {
    YearWheel ishoej = new YearWheel("ishoej", "Ishøj Kommune", 2026, 2027, taarnby.today(), List.of());
    List<LateStep> late = taarnby.steps().stream().filter(s -> s.state() == StepState.LATE)
        .map(s -> new LateStep("taarnby", "Tårnby Kommune", s)).toList();
    pages.open("page-overview.html", WheelPages.overview(2026, List.of(taarnby, ishoej), late));
    Accessibility.assertNoViolations(pages.browser(), "the overview");
    pages.open("page-late.html", WheelPages.late(late));
    Accessibility.assertNoViolations(pages.browser(), "Forsinket");
  }

  @Test
  void aPlanDocumentWithTheWheelHasNoViolations() {
    byte[] html = new dk.aarshjul.documents.adapter.render.TemplateDocumentRenderer()
        .plan(dk.aarshjul.wheel.adapter.picture.PlanDocumentWheelTest.aProposalWithTheWheel())
        .get(dk.aarshjul.documents.application.DocumentFormat.HTML);
    pages.open("plan-document-with-wheel.html", html);
    Accessibility.assertNoViolations(pages.browser(), "the plan document with the wheel");
  }
}
