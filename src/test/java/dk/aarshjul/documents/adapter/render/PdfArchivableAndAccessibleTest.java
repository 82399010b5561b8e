package dk.aarshjul.documents.adapter.render;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.documents.application.DocumentFormat;
import dk.aarshjul.documents.domain.ChartDescription;
import dk.aarshjul.documents.domain.StatusReport;
import dk.aarshjul.testing.VeraPdf;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.junit.jupiter.api.Test;

/**
 * Every PDF is archivable and accessible at once: veraPDF finds no failed rule of PDF/A-2u nor of PDF/UA-1
 * in a status report with charts, a plan proposal (FORSLAG) and an adopted plan.
 */
class PdfArchivableAndAccessibleTest {

  private static final TemplateDocumentRenderer RENDERER = TemplateDocumentRendererTest.RENDERER;
  private static final Path OUT = Path.of("target", "screenshots", "pdfa");

  @Test
  void aStatusReportWithChartsIsPdfA2uAndPdfUa1() throws Exception {
    StatusReport report = TemplateDocumentRendererTest.aTaarnbyReport();
    byte[] pdf = TemplateDocumentRendererTest.aFinalReport(report, DocumentFormat.PDF);
    keep("status-report.pdf", pdf);

    VeraPdf.assertPdfA2uAndPdfUa1(pdf);
    assertThat(figureTexts(pdf)).as("each chart's alternative text in the PDF, as in the page and in Word")
        .containsExactly(ChartDescription.of(report.goals().get(0)), ChartDescription.of(report.goals().get(1)));
  }

  @Test
  void aPlanProposalIsPdfA2uAndPdfUa1() throws Exception {
    byte[] pdf = RENDERER.plan(PlanEditions.aProposalInConsultation()).get(DocumentFormat.PDF);
    keep("plan-proposal.pdf", pdf);

    VeraPdf.assertPdfA2uAndPdfUa1(pdf);
  }

  @Test
  void anAdoptedPlanIsPdfA2uAndPdfUa1() throws Exception {
    byte[] pdf = RENDERER.plan(PlanEditions.anAdoptedPlan()).get(DocumentFormat.PDF);
    keep("plan-adopted.pdf", pdf);

    VeraPdf.assertPdfA2uAndPdfUa1(pdf);
  }

  /** The alternative texts of the Figure elements of the PDF's structure tree, in reading order. */
  private static List<String> figureTexts(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<String> texts = new ArrayList<>();
      collectFigures(document.getDocumentCatalog().getStructureTreeRoot().getKids(), texts);
      return texts;
    }
  }

  private static void collectFigures(List<Object> kids, List<String> texts) {
    for (Object kid : kids) {
      if (kid instanceof PDStructureElement element) {
        if ("Figure".equals(element.getStandardStructureType())) {
          texts.add(element.getAlternateDescription());
        }
        collectFigures(element.getKids(), texts);
      }
    }
  }

  /** The PDFs checked, to open and look at: target/screenshots/pdfa/. */
  private static void keep(String name, byte[] pdf) throws IOException {
    Files.createDirectories(OUT);
    Files.write(OUT.resolve(name), pdf);
  }
}
