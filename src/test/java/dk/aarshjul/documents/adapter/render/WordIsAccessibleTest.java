package dk.aarshjul.documents.adapter.render;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.documents.application.DocumentFormat;
import dk.aarshjul.documents.domain.ChartDescription;
import dk.aarshjul.documents.domain.StatusReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * What Word's accessibility checker and a screen reader look for in a .docx, read back with POI: real
 * heading styles the navigation pane shows, column header rows repeated on every page, each chart's
 * alternative text on its picture, and Danish as the document's language.
 */
class WordIsAccessibleTest {

  private static final TemplateDocumentRenderer RENDERER = TemplateDocumentRendererTest.RENDERER;

  @Test
  void aStatusReportHasHeadingStylesRepeatedHeaderRowsChartDescriptionsAndDanish() throws Exception {
    StatusReport report = TemplateDocumentRendererTest.aTaarnbyReport();
    byte[] docx = TemplateDocumentRendererTest.aFinalReport(report, DocumentFormat.DOCX);

    try (XWPFDocument word = open(docx)) {
      assertHeadingStyles(word);
      assertThat(paragraphs(word, "Heading1")).containsExactly("Status på Beskæftigelsesplan 2026");
      assertThat(paragraphs(word, "Heading2")).containsExactly("Samlet status", "Overblik", "Målene enkeltvis");
      assertThat(paragraphs(word, "Heading3")).containsExactly("1.1 Færre på sygedagpenge", "1.2 Færre unge på uddannelseshjælp",
          "1.3 Flere delvise raskmeldinger");
      assertThat(headerRows(word)).containsExactly("Mål | Målet | Seneste tal | Status", "Område | Tal i 1. kvartal 2026 | Indeks (1. kvartal 2024 = 100)",
          "Område | Tal i 1. kvartal 2026");
      assertThat(word.getTables()).filteredOn(table -> on(table.getCTTbl().getTblPr().getTblLook().getFirstColumn()))
          .as("the tables of a goal's figures have row headers in their first column").hasSize(3);
      assertThat(pictureDescriptions(word)).containsExactly(ChartDescription.of(report.goals().get(0)), ChartDescription.of(report.goals().get(1)));
      assertDanish(word);
    }
  }

  @Test
  void aPlanHasHeadingStylesRepeatedHeaderRowsAndDanish() throws Exception {
    byte[] docx = RENDERER.plan(PlanEditions.aProposalInConsultation()).get(DocumentFormat.DOCX);

    try (XWPFDocument word = open(docx)) {
      assertHeadingStyles(word);
      assertThat(paragraphs(word, "Heading1")).containsExactly("Beskæftigelsesplan 2027");
      assertThat(paragraphs(word, "Heading2")).containsExactly("1 Unge", "2 Sygedagpenge", "Høring", "Politisk behandling");
      assertThat(headerRows(word)).containsExactly("Mål | Indikator | Målet | Udgangspunkt | Frist", "Mål | Indikator | Målet | Udgangspunkt | Frist",
          "Høringspart | Svar | Høringssvar");
      assertThat(pictureDescriptions(word)).isEmpty();
      assertDanish(word);
    }
  }

  /** Heading 1-3 are paragraph styles by Word's own names, with the outline levels its navigation pane reads. */
  private static void assertHeadingStyles(XWPFDocument word) {
    for (int level = 1; level <= 3; level++) {
      var style = word.getStyles().getStyle("Heading" + level);
      assertThat(style).as("style Heading%s in styles.xml", level).isNotNull();
      assertThat(style.getType()).isEqualTo(STStyleType.PARAGRAPH);
      assertThat(style.getName()).isEqualTo("heading " + level);
      assertThat(style.getCTStyle().getPPr().getOutlineLvl().getVal()).isEqualTo(BigInteger.valueOf(level - 1L));
    }
  }

  /** The language of all text (the defaults of styles.xml) and of the document (its core properties), and no run says otherwise. */
  private static void assertDanish(XWPFDocument word) throws Exception {
    var defaults = word.getStyle().getDocDefaults().getRPrDefault().getRPr();
    assertThat(defaults.getLangArray(0).getVal()).isEqualTo("da-DK");
    assertThat(word.getProperties().getCoreProperties().getUnderlyingProperties().getLanguageProperty()).contains("da-DK");
    for (XWPFParagraph paragraph : allParagraphs(word)) {
      for (XWPFRun run : paragraph.getRuns()) {
        assertThat(run.getLang()).as("language of run '%s'", run.text()).isIn(null, "da-DK");
      }
    }
  }

  private static List<String> paragraphs(XWPFDocument word, String style) {
    return word.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
  }

  /** The text of every table's first row where it is a header row (w:tblHeader), repeated on each page and marked in the table's look. */
  private static List<String> headerRows(XWPFDocument word) {
    List<String> rows = new ArrayList<>();
    for (XWPFTable table : word.getTables()) {
      var first = table.getRow(0);
      boolean repeated = first.getCtRow().isSetTrPr() && first.getCtRow().getTrPr().sizeOfTblHeaderArray() > 0;
      boolean looked = on(table.getCTTbl().getTblPr().getTblLook().getFirstRow());
      assertThat(looked).as("Header Row in the look of a table with a header row, and only then").isEqualTo(repeated);
      if (repeated) {
        rows.add(String.join(" | ", first.getTableCells().stream().map(cell -> cell.getText()).toList()));
      }
      for (int r = 1; r < table.getRows().size(); r++) {
        assertThat(table.getRow(r).isRepeatHeader()).as("only the first rows are headers").isFalse();
      }
    }
    return rows;
  }

  /** The alternative text Word shows for each picture (the drawing's docPr description), also in table cells. */
  private static List<String> pictureDescriptions(XWPFDocument word) {
    List<String> descriptions = new ArrayList<>();
    for (XWPFParagraph paragraph : allParagraphs(word)) {
      for (XWPFRun run : paragraph.getRuns()) {
        for (var drawing : run.getCTR().getDrawingList()) {
          for (CTInline inline : drawing.getInlineList()) {
            assertThat(inline.getDocPr().getDescr()).as("picture %s", inline.getDocPr().getName()).isNotBlank();
            descriptions.add(inline.getDocPr().getDescr());
          }
        }
      }
    }
    return descriptions;
  }

  private static List<XWPFParagraph> allParagraphs(XWPFDocument word) {
    List<XWPFParagraph> paragraphs = new ArrayList<>(word.getParagraphs());
    word.getTables().forEach(table -> table.getRows().forEach(row -> row.getTableCells().forEach(cell -> paragraphs.addAll(cell.getParagraphs()))));
    return paragraphs;
  }

  private static boolean on(Object onOff) {
    return onOff != null && (Boolean.TRUE.equals(onOff) || "1".equals(onOff.toString()) || "true".equals(onOff.toString()) || "on".equals(onOff.toString()));
  }

  private static XWPFDocument open(byte[] docx) throws IOException {
    return new XWPFDocument(new ByteArrayInputStream(docx));
  }
}
