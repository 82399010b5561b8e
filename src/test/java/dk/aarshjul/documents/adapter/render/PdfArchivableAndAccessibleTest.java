package dk.aarshjul.documents.adapter.render;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.documents.application.DocumentFormat;
import dk.aarshjul.documents.domain.ChartDescription;
import dk.aarshjul.documents.domain.StatusReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.validation.profiles.RuleId;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Every PDF is archivable and accessible at once: veraPDF, the reference validator of the PDF Association,
 * finds no failed rule of PDF/A-2u (ISO 19005-2, level U) nor of PDF/UA-1 (ISO 14289-1) in a status report
 * with charts, a plan proposal (FORSLAG) and an adopted plan.
 */
class PdfArchivableAndAccessibleTest {

  private static final TemplateDocumentRenderer RENDERER = TemplateDocumentRendererTest.RENDERER;
  private static final Path OUT = Path.of("target", "screenshots", "pdfa");

  @BeforeAll
  static void veraPdf() {
    VeraGreenfieldFoundryProvider.initialise();
  }

  @Test
  void aStatusReportWithChartsIsPdfA2uAndPdfUa1() throws Exception {
    StatusReport report = TemplateDocumentRendererTest.aTaarnbyReport();
    byte[] pdf = RENDERER.statusReport(TemplateDocumentRendererTest.aFinalEdition(report), RENDERER.charts(report),
        EnumSet.of(DocumentFormat.PDF)).get(DocumentFormat.PDF);

    keep("status-report.pdf", pdf);
    assertConforms(pdf, PDFAFlavour.PDFA_2_U);
    assertConforms(pdf, PDFAFlavour.PDFUA_1);
    assertThat(figureTexts(pdf)).as("each chart's alternative text in the PDF, as in the page and in Word")
        .containsExactly(ChartDescription.of(report.goals().get(0)), ChartDescription.of(report.goals().get(1)));
  }

  @Test
  void aPlanProposalIsPdfA2uAndPdfUa1() throws Exception {
    byte[] pdf = RENDERER.plan(PlanEditions.aProposalInConsultation()).get(DocumentFormat.PDF);
    keep("plan-proposal.pdf", pdf);

    assertConforms(pdf, PDFAFlavour.PDFA_2_U);
    assertConforms(pdf, PDFAFlavour.PDFUA_1);
  }

  @Test
  void anAdoptedPlanIsPdfA2uAndPdfUa1() throws Exception {
    byte[] pdf = RENDERER.plan(PlanEditions.anAdoptedPlan()).get(DocumentFormat.PDF);
    keep("plan-adopted.pdf", pdf);

    assertConforms(pdf, PDFAFlavour.PDFA_2_U);
    assertConforms(pdf, PDFAFlavour.PDFUA_1);
  }

  /** Fails with each failed rule: its id (clause and test number), how often it failed and what it requires. */
  static void assertConforms(byte[] pdf, PDFAFlavour flavour) throws Exception {
    ValidationResult result;
    try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
      result = validator.validate(parser);
    }
    Map<String, String> failed = new TreeMap<>();
    result.getFailedChecks().forEach((rule, count) -> failed.put(rule.getClause() + "-" + rule.getTestNumber(),
        count + " checks: " + result.getValidationProfile().getRuleByRuleId(rule).getDescription() + firstLocation(result, rule)));
    String report = failed.entrySet().stream().map(rule -> rule.getKey() + " (" + rule.getValue() + ")").collect(Collectors.joining("\n"));
    assertThat(failed).withFailMessage("%s: %d rules failed:%n%s", flavour, failed.size(), report).isEmpty();
    assertThat(result.isCompliant()).as(flavour.getId()).isTrue();
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

  private static String firstLocation(ValidationResult result, RuleId rule) {
    return result.getTestAssertions().stream().filter(assertion -> assertion.getRuleId().equals(rule)).findFirst()
        .map(assertion -> "; first at " + assertion.getLocation().getContext()).orElse("");
  }
}
