package dk.aarshjul.documents.adapter.render;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.documents.application.DocumentFormat;
import dk.aarshjul.documents.domain.ChartDescription;
import dk.aarshjul.documents.domain.StatusReport;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * One layout per document: the Word document is made from the HTML page of the template, so its headings,
 * table headers and charts are the page's, in the page's order.
 */
class WordFollowsTheTemplateTest {

  private static final TemplateDocumentRenderer RENDERER = TemplateDocumentRendererTest.RENDERER;

  @Test
  void aStatusReportsWordDocumentHasTheHeadingsTableHeadersAndChartsOfItsHtml() throws Exception {
    StatusReport report = TemplateDocumentRendererTest.aTaarnbyReport();
    Map<DocumentFormat, byte[]> documents = RENDERER.statusReport(TemplateDocumentRendererTest.aFinalEdition(report),
        RENDERER.charts(report), EnumSet.allOf(DocumentFormat.class));
    String html = new String(documents.get(DocumentFormat.HTML), StandardCharsets.UTF_8);

    try (XWPFDocument word = open(documents.get(DocumentFormat.DOCX))) {
      List<String> outline = outline(word);
      assertThat(outline).isEqualTo(outline(html));
      assertThat(outline).contains("H1 Status på Beskæftigelsesplan 2026", "H2 Samlet status", "H3 1.2 Færre unge på uddannelseshjælp",
          "TH Mål | Målet | Seneste tal | Status", "TH Område | Tal i 1. kvartal 2026 | Indeks (1. kvartal 2024 = 100)");
      List<String> alts = images(html);
      assertThat(alts).as("what each chart shows, in words").containsExactly(ChartDescription.of(report.goals().get(0)),
          ChartDescription.of(report.goals().get(1)));
      assertThat(word.getAllPictures()).hasSize(2);
      assertThat(pictureDescriptions(word)).as("each chart's alternative text on its picture").isEqualTo(alts);
      assertThat(word.getProperties().getCoreProperties().getTitle()).isEqualTo("Status på Beskæftigelsesplan 2026 – 1. kvartal 2026");
      assertThat(word.getProperties().getCoreProperties().getCreator()).isEqualTo("Tårnby Kommune");
    }
  }

  @Test
  void aPlansWordDocumentHasTheHeadingsTableHeadersAndListsOfItsHtml() throws Exception {
    Map<DocumentFormat, byte[]> documents = RENDERER.plan(PlanEditions.aProposalInConsultation());
    String html = new String(documents.get(DocumentFormat.HTML), StandardCharsets.UTF_8);

    try (XWPFDocument word = open(documents.get(DocumentFormat.DOCX))) {
      List<String> outline = outline(word);
      assertThat(outline).isEqualTo(outline(html));
      assertThat(outline).containsExactly("H1 Beskæftigelsesplan 2027", "H2 1 Unge", "TH Mål | Indikator | Målet | Udgangspunkt | Frist",
          "H2 2 Sygedagpenge", "TH Mål | Indikator | Målet | Udgangspunkt | Frist", "H2 Høring", "TH Høringspart | Svar | Høringssvar",
          "H2 Politisk behandling");
      List<XWPFParagraph> bullets = word.getParagraphs().stream().filter(p -> p.getNumID() != null).toList();
      assertThat(bullets).extracting(XWPFParagraph::getText).containsExactly("Flere unge i uddannelse", "Færre unge på ydelse");
      assertThat(word.getParagraphs()).extracting(XWPFParagraph::getText)
          .contains("FORSLAG – version 3", "Målgrupper: Unge under 30 år, Unge forsørgere", "Planen er endnu ikke behandlet politisk.");
      TemplateDocumentRendererTest.assertEveryWordTableFitsThePage(documents.get(DocumentFormat.DOCX));
    }
  }

  @Test
  void theWordDocumentOpensWithHeadingStylesOnAnA4PageWithTheMarginsOfThePdf() throws Exception {
    byte[] docx = RENDERER.plan(PlanEditions.aProposalInConsultation()).get(DocumentFormat.DOCX);
    try (XWPFDocument word = open(docx)) {
      for (int level = 1; level <= 3; level++) {
        var style = word.getStyles().getStyle("Heading" + level);
        assertThat(style).as("Heading %s", level).isNotNull();
        assertThat(style.getName()).isEqualTo("heading " + level);
        assertThat(style.getCTStyle().getPPr().getOutlineLvl().getVal()).isEqualTo(BigInteger.valueOf(level - 1L));
      }
      assertThat(word.getParagraphs()).filteredOn(p -> "Heading1".equals(p.getStyle())).extracting(XWPFParagraph::getText)
          .containsExactly("Beskæftigelsesplan 2027");
      var section = word.getDocument().getBody().getSectPr();
      assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
      assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
      assertThat(section.getPgMar().getLeft()).as("16 mm").isEqualTo(BigInteger.valueOf(907));
      assertThat(section.getPgMar().getRight()).isEqualTo(BigInteger.valueOf(907));
    }
  }

  @Test
  void theStyleSheetsLookCarriesOverGenerically() throws Exception {
    String html = """
        <!DOCTYPE html><html lang="da"><head><title>Prøve</title><meta name="author" content="Forfatter"/>
        <style>.warn { background: #F4C2C2; } th { background: #eee; } p.note { color: #a40000; font-size: 16pt; font-weight: bold; }
        @page { size: A4; @bottom-center { content: "x"; } } col.wide { width: 120mm; }</style></head>
        <body><h2>Afsnit</h2><p class="note">Bemærk</p><p>Et <strong>fedt</strong> og <em>skråt</em>
        ord</p><p style="white-space: pre-wrap">første linje
        anden linje</p><table><colgroup><col class="wide"/><col/></colgroup><thead><tr><th>A</th><th>B</th></tr></thead>
        <tbody><tr><td class="warn">rød celle</td><td><span style="background-color: #CFE8CF">grøn</span> tekst</td></tr></tbody></table>
        </body></html>""";
    try (XWPFDocument word = open(HtmlToWord.convert(html, AttachedImages.NONE))) {
      assertThat(word.getProperties().getCoreProperties().getTitle()).isEqualTo("Prøve");
      assertThat(word.getProperties().getCoreProperties().getCreator()).isEqualTo("Forfatter");
      XWPFParagraph note = word.getParagraphs().get(1);
      assertThat(note.getText()).isEqualTo("Bemærk");
      assertThat(note.getRuns().get(0).getColor()).isEqualTo("A40000");
      assertThat(note.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(16.0);
      assertThat(note.getRuns().get(0).isBold()).isTrue();
      XWPFParagraph words = word.getParagraphs().get(2);
      assertThat(words.getText()).isEqualTo("Et fedt og skråt ord");
      assertThat(words.getRuns()).filteredOn(r -> r.isBold()).extracting(r -> r.text()).containsExactly("fedt");
      assertThat(words.getRuns()).filteredOn(r -> r.isItalic()).extracting(r -> r.text()).containsExactly("skråt");
      assertThat(word.getParagraphs().get(3).getText()).as("kept lines").isEqualTo("første linje\nanden linje");
      XWPFTable table = word.getTables().get(0);
      assertThat(table.getRow(0).isRepeatHeader()).isTrue();
      assertThat(table.getRow(0).getCell(0).getColor()).isEqualTo("EEEEEE");
      assertThat(table.getRow(1).getCell(0).getColor()).as("a cell's background from its class").isEqualTo("F4C2C2");
      var green = table.getRow(1).getCell(1).getParagraphs().get(0).getRuns().get(0);
      assertThat(java.util.HexFormat.of().withUpperCase().formatHex((byte[]) green.getCTR().getRPr().getShdArray(0).getFill())).as("an inline background on the text it marks").isEqualTo("CFE8CF");
      assertThat(table.getRow(1).getCell(1).getText()).isEqualTo("grøn tekst");
      assertThat(table.getCTTbl().getTblGrid().getGridColArray(0).getW()).as("120 mm in twips").isEqualTo(BigInteger.valueOf(6803));
    }
  }

  private static XWPFDocument open(byte[] docx) throws java.io.IOException {
    return new XWPFDocument(new ByteArrayInputStream(docx));
  }

  /** Headings h1-h3 and the header rows of tables, in the order of the page. */
  private static List<String> outline(String html) throws Exception {
    var dom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate("//h1|//h2|//h3|//thead/tr", dom, XPathConstants.NODESET);
    List<String> outline = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element element = (Element) nodes.item(i);
      if (element.getTagName().equals("tr")) {
        NodeList cells = element.getElementsByTagName("th");
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < cells.getLength(); c++) {
          texts.add(cells.item(c).getTextContent().trim());
        }
        outline.add("TH " + String.join(" | ", texts));
      } else {
        outline.add("H" + element.getTagName().charAt(1) + " " + element.getTextContent().trim().replaceAll("\\s+", " "));
      }
    }
    return outline;
  }

  /** Paragraphs in Heading styles and the repeated header rows of tables, in the order of the document. */
  private static List<String> outline(XWPFDocument word) {
    List<String> outline = new ArrayList<>();
    for (IBodyElement element : word.getBodyElements()) {
      if (element instanceof XWPFParagraph paragraph && paragraph.getStyle() != null && paragraph.getStyle().startsWith("Heading")) {
        outline.add("H" + paragraph.getStyle().substring("Heading".length()) + " " + paragraph.getText());
      } else if (element instanceof XWPFTable table) {
        for (XWPFTableRow row : table.getRows()) {
          if (row.isRepeatHeader()) {
            outline.add("TH " + row.getTableCells().stream().map(XWPFTableCell::getText).collect(Collectors.joining(" | ")));
          }
        }
      }
    }
    return outline;
  }

  private static List<String> images(String html) throws Exception {
    var dom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    NodeList images = dom.getElementsByTagName("img");
    List<String> alts = new ArrayList<>();
    for (int i = 0; i < images.getLength(); i++) {
      alts.add(((Element) images.item(i)).getAttribute("alt"));
    }
    return alts;
  }

  /** The description Word shows as a picture's alternative text (the drawing's docPr) and the picture's own. */
  private static List<String> pictureDescriptions(XWPFDocument word) {
    List<String> descriptions = new ArrayList<>();
    for (XWPFParagraph paragraph : word.getParagraphs()) {
      for (var run : paragraph.getRuns()) {
        for (XWPFPicture picture : run.getEmbeddedPictures()) {
          var docPr = run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
          assertThat(picture.getDescription()).isEqualTo(docPr.getDescr());
          descriptions.add(docPr.getDescr());
        }
      }
    }
    return descriptions;
  }
}
