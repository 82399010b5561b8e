package dk.aarshjul.documents.adapter.render;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.documents.application.DocumentFormat;
import dk.aarshjul.documents.domain.GoalFigure;
import dk.aarshjul.documents.domain.GoalReport;
import dk.aarshjul.documents.domain.Series;
import dk.aarshjul.documents.domain.StatusReport;
import dk.aarshjul.documents.domain.StatusReportEdition;
import dk.aarshjul.followup.domain.GoalFigures;
import dk.aarshjul.goals.domain.Benchmark;
import dk.aarshjul.goals.domain.Goal;
import dk.aarshjul.goals.domain.GoalStatus;
import dk.aarshjul.goals.domain.Measurement;
import dk.aarshjul.goals.domain.TargetGroup;
import dk.aarshjul.goals.domain.kinds.BaselineToTarget;
import dk.aarshjul.indicators.domain.Unit;
import dk.aarshjul.shared.Quarter;
import dk.aarshjul.shared.ReportingPeriod;
import dk.aarshjul.testing.Documents;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.junit.jupiter.api.Test;

public class TemplateDocumentRendererTest {

  static final TemplateDocumentRenderer RENDERER = new TemplateDocumentRenderer();

  /** A report with a count goal beside the country, a share goal beside the region, and a goal without figures. */
  public static StatusReport aTaarnbyReport() {
    Goal count = new Goal("Færre på sygedagpenge", "fuldtidspersoner-sygedagpenge", Unit.FULL_TIME_PERSONS, new TargetGroup("sickness-benefit"),
        new Measurement(new BigDecimal("741"), ReportingPeriod.parse("2024").orElseThrow()), new BaselineToTarget(new BigDecimal("690")),
        LocalDate.of(2026, 12, 31), List.of(), List.of(Benchmark.country()));
    GoalFigures.Built counts = GoalFigures.build(count, "Tårnby",
        quarters(2024, "741", "735", "730", "728", "720", "716", "709", "705", "702"),
        Map.of("hele landet", quarters(2024, "50100", "49800", "49900", "50500", "50700", "50200", "49700", "49300", "49100")));
    Goal share = new Goal("Færre unge på uddannelseshjælp", "pct-arbejdsstyrken-uddannelseshjaelp", Unit.PERCENT, new TargetGroup("youth"),
        new Measurement(new BigDecimal("2.9"), ReportingPeriod.parse("2024Q1").orElseThrow()), new BaselineToTarget(new BigDecimal("2.2")),
        LocalDate.of(2026, 12, 31), List.of(), List.of(Benchmark.region("084"), Benchmark.country()));
    Map<String, NavigableMap<ReportingPeriod, BigDecimal>> shareBenchmarks = new LinkedHashMap<>();
    shareBenchmarks.put("Region Hovedstaden", quarters(2024, "3.1", "3.2", "3.2", "3.3", "3.4", "3.5", "3.5", "3.5", "3.6"));
    shareBenchmarks.put("hele landet", quarters(2024, "2.8", "2.9", "2.9", "2.9", "3.0", "3.0", "3.1", "3.1", "3.1"));
    GoalFigures.Built shares = GoalFigures.build(share, "Tårnby",
        quarters(2024, "2.9", "2.8", "2.7", "2.6", "2.6", "2.5", "2.5", "2.4", "2.4"), shareBenchmarks);
    return new StatusReport("p1", "Beskæftigelsesplan 2026", "Tårnby Kommune", new Quarter(2026, 1),
        OffsetDateTime.parse("2026-04-02T10:00:00+02:00"), List.of(
            new GoalReport("1.1", "Sygedagpenge", "Færre på sygedagpenge", "Fuldtidspersoner på sygedagpenge",
                "fra 741 fuldtidspersoner (2024) til 690", "741 fuldtidspersoner (2024)", "702 fuldtidspersoner", ReportingPeriod.of("2026Q1"),
                "−39 fuldtidspersoner (−5,3 %)", GoalStatus.ON_TRACK, "702 fuldtidspersoner i 2026Q1 mod målet 690 i 2026.",
                counts.chart(), counts.figure()),
            new GoalReport("1.2", "Unge", "Færre unge på uddannelseshjælp", "Unge på uddannelseshjælp, andel af arbejdsstyrken",
                "fra 2,9 procent (2024Q1) til 2,2 procent", "2,9 % (2024Q1)", "2,4 %", ReportingPeriod.of("2026Q1"), "−0,5 procentpoint",
                GoalStatus.OFF_TRACK, "2,4 % i 2026Q1 mod målet 2,2 % i 2026; forventet 2,3 % på dette tidspunkt.",
                shares.chart(), shares.figure()),
            new GoalReport("1.3", "Sygedagpenge", "Flere delvise raskmeldinger", "Andel delvise raskmeldinger af sygemeldinger",
                "mindst 11,4 %", "–", "ikke oplyst", ReportingPeriod.of("2026Q1"), "–", GoalStatus.NOT_MEASURABLE, "Tallet for 2026Q1 er ikke oplyst.",
                List.of(new Series("Tårnby", List.of(new Series.Point(ReportingPeriod.of("2026Q1"), null)))), GoalFigure.NONE)));
  }

  static NavigableMap<ReportingPeriod, BigDecimal> quarters(int firstYear, String... values) {
    NavigableMap<ReportingPeriod, BigDecimal> series = new TreeMap<>();
    for (int i = 0; i < values.length; i++) {
      series.put(ReportingPeriod.quarter(firstYear + i / 4, i % 4 + 1), new BigDecimal(values[i]));
    }
    return series;
  }

  public static StatusReportEdition aFinalEdition(StatusReport report) {
    return new StatusReportEdition(report, Map.of("1.1", "Indsatsen virker."),
        "Udviklingen er samlet set positiv, men de unge kræver fortsat en særlig indsats.", StatusReportEdition.FINAL, true);
  }

  /** The final edition of a report with its charts, in one format, as people get it (an HTML page with its charts in it). */
  static byte[] aFinalReport(StatusReport report, DocumentFormat format) {
    Map<String, byte[]> charts = RENDERER.charts(report);
    byte[] document = RENDERER.statusReport(aFinalEdition(report), charts, EnumSet.of(format)).get(format);
    return format == DocumentFormat.HTML ? dk.aarshjul.documents.application.ImageAddresses.inline(document, charts) : document;
  }

  @Test
  void aStatusReportIsATaggedPdfWithItsTextAWordDocumentAndAnHtmlPage() throws Exception {
    StatusReport report = aTaarnbyReport();
    Map<DocumentFormat, byte[]> documents = RENDERER.statusReport(aFinalEdition(report), RENDERER.charts(report),
        EnumSet.allOf(DocumentFormat.class));

    String pdf = Documents.pdfText(documents.get(DocumentFormat.PDF)).replaceAll("\\s+", " ");
    assertThat(pdf).contains("Status på Beskæftigelsesplan 2026", "Tårnby Kommune", "1. kvartal 2026", "Endelig version",
        "Samlet status", "Udviklingen er samlet set positiv, men de unge kræver fortsat en særlig indsats.",
        "Færre på sygedagpenge", "702 fuldtidspersoner", "På rette spor", "Ikke på rette spor", "Kan endnu ikke måles", "ikke oplyst",
        "Planlæggerens kommentar", "Indsatsen virker.", "Ingen kommentar.",
        "Tårnby ligger 1,2 procentpoint under Region Hovedstaden i 1. kvartal 2026.",
        "Tårnby ligger 0,7 procentpoint under hele landet i 1. kvartal 2026.",
        "Fra 1. kvartal 2024 til 1. kvartal 2026 er Tårnby faldet 5,3 %, hele landet faldet 2,0 %.",
        "Indeks (1. kvartal 2024 = 100)", "Region Hovedstaden 3,6 %");
    try (PDDocument document = Loader.loadPDF(documents.get(DocumentFormat.PDF))) {
      assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged").isTrue();
      assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Status på Beskæftigelsesplan 2026 – 1. kvartal 2026");
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("da-DK");
      assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(2f));
      List<java.awt.image.BufferedImage> images = new java.util.ArrayList<>();
      for (var page : document.getPages()) {
        for (var name : page.getResources().getXObjectNames()) {
          if (page.getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image) {
            images.add(image.getImage());
          }
        }
      }
      List<java.awt.image.BufferedImage> charts = new java.util.ArrayList<>();
      for (byte[] png : RENDERER.charts(report).values()) {
        charts.add(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png)));
      }
      assertThat(images).as("the two charts, each as it was drawn").hasSize(2);
      for (int i = 0; i < 2; i++) {
        java.awt.image.BufferedImage image = images.get(i);
        java.awt.image.BufferedImage chart = charts.get(i);
        assertThat(image.getWidth()).isEqualTo(chart.getWidth());
        assertThat(image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth()))
            .isEqualTo(chart.getRGB(0, 0, chart.getWidth(), chart.getHeight(), null, 0, chart.getWidth()));
      }
    }
    String word = Documents.docxText(documents.get(DocumentFormat.DOCX));
    assertThat(word).contains("Status på Beskæftigelsesplan 2026", "Samlet status", "Udviklingen er samlet set positiv",
        "702 fuldtidspersoner", "På rette spor", "Indsatsen virker.", "Region Hovedstaden",
        "Tårnby ligger 1,2 procentpoint under Region Hovedstaden i 1. kvartal 2026.", "Indeks (1. kvartal 2024 = 100)");
    assertThat(Documents.docxPictures(documents.get(DocumentFormat.DOCX))).as("two charts; the goal without figures has none").isEqualTo(2);
    assertEveryWordTableFitsThePage(documents.get(DocumentFormat.DOCX));
    String html = new String(documents.get(DocumentFormat.HTML), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(html).as("the page names its two charts, stored beside it, by their addresses")
        .contains("src=\"attached:1.1\"", "src=\"attached:1.2\"").doesNotContain("data:image/png");
    html = new String(dk.aarshjul.documents.application.ImageAddresses.inline(documents.get(DocumentFormat.HTML), RENDERER.charts(report)),
        java.nio.charset.StandardCharsets.UTF_8);
    assertThat(html).as("colour and label together").contains(".status-ON_TRACK { background: #CFE8CF; }",
        "<span class=\"status status-ON_TRACK\">På rette spor</span>");
    assertThat(html).contains("<html lang=\"da-DK\"", "<th scope=\"col\">Status</th>", "<th scope=\"row\">Indikator</th>",
        "data:image/png;base64,", "<td>Region Hovedstaden</td>", "<td>Hele landet</td>");
    assertThat(html).as("the status label never breaks inside").contains(".status { font-weight: bold; padding: 1pt 4pt; white-space: nowrap; }");
  }

  /** Fixed column widths within A4 less 16 mm margins: Word neither widens a table past the margin nor squeezes a column. */
  static void assertEveryWordTableFitsThePage(byte[] docx) throws java.io.IOException {
    try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
      var margins = document.getDocument().getBody().getSectPr().getPgMar();
      long textWidth = 11906 - ((java.math.BigInteger) margins.getLeft()).longValue() - ((java.math.BigInteger) margins.getRight()).longValue();
      assertThat(document.getTables()).isNotEmpty();
      for (var table : document.getTables()) {
        assertThat(table.getCTTbl().getTblPr().getTblLayout().getType())
            .isEqualTo(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
        long columns = 0;
        for (var column : table.getCTTbl().getTblGrid().getGridColList()) {
          columns += ((java.math.BigInteger) column.getW()).longValue();
        }
        assertThat(columns).as("table width in twips").isLessThanOrEqualTo(textWidth);
      }
    }
  }

  @Test
  void aPlanWithLongNamesFitsItsTablesInWord() throws Exception {
    var edition = new dk.aarshjul.documents.application.PlanEdition("p1", "Beskæftigelsesplan 2026", "Tårnby Kommune", "Planperiode 2026", 2,
        false, "1. december 2025 kl. 10:00", List.of(new dk.aarshjul.documents.application.PlanEdition.Area("1", "Unge", "", List.of("Unge under 30 år"),
            List.of(), List.of(new dk.aarshjul.documents.application.PlanEdition.GoalLine("1.1", "Færre unge på uddannelseshjælp",
                "Uddannelseshjælpsmodtagere i pct. af arbejdsstyrken", "blandt den bedste halvdel af landets kommuner", "–", "31. december 2026")))),
        List.of(new dk.aarshjul.documents.application.PlanEdition.DecisionLine("Kommunalbestyrelsen", "Tårnby", "Vedtaget", 2,
            "15. december 2025 kl. 19:30", "Kommunalbestyrelsens sekretariat Tårnby", "Vedtaget enstemmigt")), List.of());
    Map<DocumentFormat, byte[]> documents = RENDERER.plan(edition);
    assertEveryWordTableFitsThePage(documents.get(DocumentFormat.DOCX));
    assertThat(Documents.docxText(documents.get(DocumentFormat.DOCX))).contains("Kommunalbestyrelsen, Tårnby", "Vedtaget (version 2)",
        "Kommunalbestyrelsens sekretariat Tårnby", "blandt den bedste halvdel");
    assertThat(Documents.pdfText(documents.get(DocumentFormat.PDF)).replaceAll("\\s+", " "))
        .contains("Kommunalbestyrelsen, Tårnby", "Kommunalbestyrelsens sekretariat Tårnby");
  }

  @Test
  void chartsAreOpaquePngsAtTwiceTheirLaidOutSize() throws Exception {
    Map<String, byte[]> charts = RENDERER.charts(aTaarnbyReport());

    assertThat(charts).hasSize(2);
    for (byte[] png : charts.values()) {
      java.awt.image.BufferedImage chart = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
      assertThat(chart.getWidth()).isEqualTo(Charts.WIDTH * Charts.SCALE);
      assertThat(chart.getColorModel().hasAlpha()).as("no alpha channel: the PDF takes the PNG as it is").isFalse();
      java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots/charts"));
      java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/charts", charts.keySet().stream()
          .filter(k -> charts.get(k) == png).findFirst().orElseThrow() + ".png"), png);
    }
  }

  @Test
  void aChartDrawnOnACanvasUsedBeforeHasNothingOfTheChartBefore() throws Exception {
    StatusReport report = aTaarnbyReport();
    GoalReport first = report.goals().get(0);
    GoalReport second = report.goals().get(1);
    byte[] firstAlone = Charts.png(first);

    Charts.png(second);
    byte[] firstAgain = Charts.png(first);

    assertThat(firstAgain).isEqualTo(firstAlone).isNotEqualTo(Charts.png(second));
  }

  @Test
  void everyTickLabelOfTheValueAxisIsDistinctAndDanish() {
    TickUnits units = Charts.tickUnits();
    for (double size : new double[] {0.05, 0.2, 1, 2500}) {
      NumberTickUnit unit = (NumberTickUnit) units.getCeilingTickUnit(size);
      List<String> labels = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        labels.add(unit.valueToString(2.2 + i * unit.getSize()));
      }
      assertThat(labels).as("ticks of %s", size).doesNotHaveDuplicates();
    }
    assertThat(((NumberTickUnit) units.getCeilingTickUnit(0.05)).valueToString(2.25)).isEqualTo("2,25");
    assertThat(((NumberTickUnit) units.getCeilingTickUnit(2500)).valueToString(50000)).isEqualTo("50.000");
  }
}
