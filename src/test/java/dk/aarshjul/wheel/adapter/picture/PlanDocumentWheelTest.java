package dk.aarshjul.wheel.adapter.picture;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.documents.adapter.render.TemplateDocumentRenderer;
import dk.aarshjul.documents.application.DocumentFormat;
import dk.aarshjul.documents.application.PlanEdition;
import dk.aarshjul.testing.Documents;
import dk.aarshjul.testing.VeraPdf;
import dk.aarshjul.wheel.domain.SvgCanvasTest;
import dk.aarshjul.wheel.domain.WheelDrawing;
import dk.aarshjul.wheel.domain.YearWheel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/**
 * The wheel in the plan document: the same drawing as a PNG, a tagged figure in the PDF (still PDF/A-2u and
 * PDF/UA-1) whose alternative text says where the year stands, a picture in Word, an image with alt text and a table of the steps in HTML.
 */
public class PlanDocumentWheelTest {

  static final TemplateDocumentRenderer RENDERER = new TemplateDocumentRenderer();
  final YearWheel wheel = SvgCanvasTest.aTaarnbyYear2026();

  /** Tårnby's proposal for 2027 with its wheel of 2026 ({@link SvgCanvasTest#aTaarnbyYear2026}). */
  public static PlanEdition aProposalWithTheWheel() {
    YearWheel wheel = SvgCanvasTest.aTaarnbyYear2026();
    PlanEdition.Wheel picture = new PlanEdition.Wheel(wheel.title(),
        "data:image/png;base64," + Base64.getEncoder().encodeToString(Java2dCanvas.png(wheel, PlanDocumentWheels.SCALE)),
        wheel.title() + ". " + wheel.description(), wheel.steps().stream()
            .map(s -> new PlanEdition.WheelLine(s.mark(), s.name(), s.dueText(), s.stateText())).toList());
    return new PlanEdition("p1", "Beskæftigelsesplan 2027", "Tårnby Kommune", "Planperiode 2027", 2, true,
        "1. december 2026 kl. 10:00", List.of(), List.of(), List.of(), null, picture);
  }

  @Test
  void theWheelIsAPngOfTheDrawingAtTwiceItsSize() throws Exception {
    BufferedImage png = ImageIO.read(new ByteArrayInputStream(Java2dCanvas.png(wheel, 2)));
    assertThat(png.getWidth()).isEqualTo(2 * WheelDrawing.WIDTH);
    assertThat(png.getHeight()).isEqualTo(2 * WheelDrawing.HEIGHT);
    assertThat(png.getRGB(png.getWidth() / 2, 10) & 0xffffff).as("white around the wheel").isEqualTo(0xffffff);
    // the late step's badge, 15 September on the cycle's track (253.5 degrees, radius 284), left of its number
    double angle = Math.toRadians(360.0 * 257 / 365);
    int x = (int) Math.round(2 * (420 + 284 * Math.sin(angle) - 10));
    int y = (int) Math.round(2 * (430 - 284 * Math.cos(angle)));
    assertThat(png.getRGB(x, y) & 0xffffff).as("the late red").isEqualTo(0xb3261e);
  }

  @Test
  void thePlanDocumentShowsTheWheelAsAFigureWithItsTextAndItsStepsInATable() throws Exception {
    PlanEdition edition = aProposalWithTheWheel();
    PlanEdition.Wheel picture = edition.wheel();
    Map<DocumentFormat, byte[]> documents = RENDERER.plan(edition);

    VeraPdf.assertPdfA2uAndPdfUa1(documents.get(DocumentFormat.PDF));
    try (PDDocument pdf = Loader.loadPDF(documents.get(DocumentFormat.PDF))) {
      List<String> figures = new ArrayList<>();
      collectFigureTexts(pdf.getDocumentCatalog().getStructureTreeRoot(), figures);
      assertThat(figures).as("the wheel is a tagged figure with its alternative text").containsExactly(picture.text());
      for (int i = 0; i < pdf.getNumberOfPages(); i++) {
        Path page = Path.of("target", "screenshots", "wheel", "plan-document-wheel-" + (i + 1) + ".png");
        Files.createDirectories(page.getParent());
        ImageIO.write(new PDFRenderer(pdf).renderImageWithDPI(i, 80), "png", page.toFile());
      }
    }
    String text = Documents.pdfText(documents.get(DocumentFormat.PDF)).replaceAll("\\s+", " ");
    assertThat(text).contains("Årshjulet", "Årshjul 2026 for Tårnby Kommune, som det stod, da dokumentet blev dannet.",
        "Send udkastet i høring frist 15. september 2026 forsinket 77 dage", "Status for 3. kvartal 2026");
    assertThat(Documents.docxPictures(documents.get(DocumentFormat.DOCX))).isEqualTo(1);
    assertThat(Documents.docxText(documents.get(DocumentFormat.DOCX))).contains("Årshjulets trin", "forsinket 77 dage");
    String html = new String(documents.get(DocumentFormat.HTML), StandardCharsets.UTF_8);
    assertThat(html).contains("<img class=\"wheel\" src=\"data:image/png;base64,")
        .contains("alt=\"Årshjul 2026 for Tårnby Kommune. I dag er det 1. december 2026.")
        .contains("<caption>Årshjulets trin</caption>");
  }

  @Test
  void aPlanDocumentWithoutAWheelHasNoWheelSection() throws Exception {
    PlanEdition edition = new PlanEdition("p1", "Beskæftigelsesplan 2027", "Tårnby Kommune", "Planperiode 2027", 2, true,
        "1. december 2026 kl. 10:00", List.of(), List.of(), List.of());
    assertThat(new String(RENDERER.plan(edition).get(DocumentFormat.HTML), StandardCharsets.UTF_8)).doesNotContain("Årshjulet");
  }

  private static void collectFigureTexts(PDStructureNode node, List<String> texts) {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement element) {
        if ("Figure".equals(element.getStructureType())) {
          texts.add(element.getAlternateDescription());
        }
        collectFigureTexts(element, texts);
      }
    }
  }
}
