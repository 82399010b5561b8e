package dk.aarshjul.reporting.adapter.render;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.reporting.application.DocumentFormat;
import dk.aarshjul.reporting.domain.GoalReport;
import dk.aarshjul.reporting.domain.GoalStatus;
import dk.aarshjul.reporting.domain.Series;
import dk.aarshjul.reporting.domain.StatusReport;
import dk.aarshjul.reporting.domain.StatusReportEdition;
import dk.aarshjul.testing.Documents;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class TemplateDocumentRendererTest {

  static final TemplateDocumentRenderer RENDERER = new TemplateDocumentRenderer();

  static final StatusReport REPORT = new StatusReport("p1", "Beskæftigelsesplan 2026", "Tårnby Kommune", "2026Q1", "1. kvartal 2026",
      OffsetDateTime.parse("2026-04-02T10:00:00+02:00"), List.of(
          new GoalReport("1.1", "Sygedagpenge", "Færre på sygedagpenge", "Fuldtidspersoner på sygedagpenge",
              "fra 741 fuldtidspersoner (2024) til 690", "741 fuldtidspersoner (2024)", "702 fuldtidspersoner", "2026Q1",
              "−39 fuldtidspersoner (−5,3 %)", GoalStatus.ON_TRACK, "702 fuldtidspersoner i 2026Q1 mod målet 690 i 2026.",
              List.of(new Series("Tårnby", List.of(new Series.Point("2025Q4", new BigDecimal("720")), new Series.Point("2026Q1", new BigDecimal("702")))))),
          new GoalReport("1.2", "Sygedagpenge", "Flere delvise raskmeldinger", "Andel delvise raskmeldinger af sygemeldinger",
              "mindst 11,4 %", "–", "ikke oplyst", "2026Q1", "–", GoalStatus.NOT_MEASURABLE, "Tallet for 2026Q1 er ikke oplyst.",
              List.of(new Series("Tårnby", List.of(new Series.Point("2026Q1", null)))))));

  @Test
  void aStatusReportIsATaggedPdfWithItsTextAWordDocumentAndAnHtmlPage() throws Exception {
    Map<DocumentFormat, byte[]> documents = RENDERER.statusReport(
        new StatusReportEdition(REPORT, Map.of("1.1", "Indsatsen virker."), StatusReportEdition.FINAL, true), RENDERER.charts(REPORT),
        java.util.EnumSet.allOf(DocumentFormat.class));

    String pdf = Documents.pdfText(documents.get(DocumentFormat.PDF));
    assertThat(pdf).contains("Status på Beskæftigelsesplan 2026", "Tårnby Kommune", "1. kvartal 2026", "Endelig version",
        "Færre på sygedagpenge", "702 fuldtidspersoner", "På rette spor", "Kan endnu ikke måles", "ikke oplyst",
        "Indsatsen virker.", "Ingen kommentar.");
    try (PDDocument document = Loader.loadPDF(documents.get(DocumentFormat.PDF))) {
      assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged").isTrue();
      assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Status på Beskæftigelsesplan 2026 – 1. kvartal 2026");
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("da");
      assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(2f));
    }
    String word = Documents.docxText(documents.get(DocumentFormat.DOCX));
    assertThat(word).contains("Status på Beskæftigelsesplan 2026", "702 fuldtidspersoner", "På rette spor", "Indsatsen virker.");
    assertThat(Documents.docxPictures(documents.get(DocumentFormat.DOCX))).as("one chart; the goal without figures has none").isEqualTo(1);
    String html = new String(documents.get(DocumentFormat.HTML), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(html).as("colour and label together").contains(".status-ON_TRACK { background: #CFE8CF; }",
        "<span class=\"status status-ON_TRACK\">På rette spor</span>");
    assertThat(html).contains("<html lang=\"da\"", "<th scope=\"col\">Status</th>", "data:image/png;base64,", "alt=\"Figur: Tårnby 702 i 2026Q1.\"");
  }
}
