package dk.aarshjul.documents.adapter.render;

import dk.aarshjul.documents.application.PlanEdition;
import dk.aarshjul.documents.domain.GoalFigure;
import dk.aarshjul.documents.domain.GoalReport;
import dk.aarshjul.documents.domain.StatusReport;
import dk.aarshjul.documents.domain.StatusReportEdition;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Word documents (.docx) by Apache POI, with real headings (Heading 1-3, so Word's navigation and
 * accessibility checker see the structure), header rows in tables, and alternative text on charts.
 */
final class WordDocuments {

  /** A4 in twentieths of a point, with 16 mm margins like the PDF's. */
  private static final int PAGE_WIDTH = 11906;
  private static final int MARGIN = 907;
  private static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

  private WordDocuments() {}

  /** The same parts in the same order as {@code status-report.html}. */
  static byte[] statusReport(StatusReportEdition edition, String summary, Map<String, byte[]> charts, Map<String, String> chartTexts,
      Map<String, String> latestFigures) {
    StatusReport report = edition.report();
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.getProperties().getCoreProperties().setTitle(edition.title());
      doc.getProperties().getCoreProperties().setCreator(report.municipality());
      a4Margins(doc);
      heading(doc, 1, "Status på " + report.planTitle());
      text(doc, report.municipality() + " · " + report.quarterLabel() + " · " + edition.versionLabel() + ", version " + edition.version());
      if (!edition.overallStatus().isEmpty()) {
        heading(doc, 2, "Samlet status");
        text(doc, edition.overallStatus());
      }
      heading(doc, 2, "Overblik");
      text(doc, summary);
      XWPFTable table = table(doc, List.of("Mål", "Målet", "Seneste tal", "Status"), new int[] {6, 58, 17, 19});
      for (GoalReport goal : report.goals()) {
        XWPFTableRow row = table.createRow();
        cells(row, goal.ref(), goal.text(), latestFigures.get(goal.ref()), goal.statusLabel());
        row.getCell(3).setColor(StatusColours.hex(goal.status()));
      }
      heading(doc, 2, "Målene enkeltvis");
      for (GoalReport goal : report.goals()) {
        heading(doc, 3, goal.ref() + " " + goal.text());
        text(doc, "Fokusområde: " + goal.focusArea());
        XWPFTable facts = facts(doc, List.of(new String[] {"Indikator", goal.indicatorName()}, new String[] {"Målet", goal.target()},
            new String[] {"Udgangspunkt", goal.baseline()},
            new String[] {"Seneste tal", latestFigures.get(goal.ref())},
            new String[] {"Ændring siden udgangspunktet", goal.change()},
            new String[] {"Status", goal.statusLabel() + ". " + goal.reason()}));
        facts.getRow(5).getCell(1).setColor(StatusColours.hex(goal.status()));
        GoalFigure figure = goal.figure();
        if (figure.areas().size() > 1) {
          figure.sentences().forEach(sentence -> text(doc, sentence));
          List<String> headers = figure.indexed()
              ? List.of("Område", "Tal i " + figure.comparedPeriod(), "Indeks (" + figure.indexBase() + " = 100)")
              : List.of("Område", "Tal i " + figure.comparedPeriod());
          XWPFTable compared = table(doc, headers, figure.indexed() ? new int[] {40, 30, 30} : new int[] {50, 50});
          for (GoalFigure.AreaFigure area : figure.areas()) {
            if (figure.indexed()) {
              cells(compared.createRow(), area.name(), area.value(), area.index());
            } else {
              cells(compared.createRow(), area.name(), area.value());
            }
          }
        }
        byte[] chart = charts.get(goal.ref());
        if (chart != null) {
          labelled(doc, "Figur " + goal.ref() + ": ", goal.indicatorName() + " (" + figure.axisLabel().toLowerCase(java.util.Locale.ROOT) + ")");
          picture(doc, chart, chartTexts.get(goal.ref()));
        } else {
          text(doc, "Der er endnu ingen tal at vise i en figur.");
        }
        String commentary = edition.commentary(goal.ref());
        labelled(doc, "Planlæggerens kommentar: ", commentary.isEmpty() ? "Ingen kommentar." : commentary);
      }
      return bytes(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] plan(PlanEdition edition) {
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.getProperties().getCoreProperties().setTitle(edition.title());
      doc.getProperties().getCoreProperties().setCreator(edition.municipality());
      a4Margins(doc);
      if (edition.proposal()) {
        XWPFRun mark = doc.createParagraph().createRun();
        mark.setBold(true);
        mark.setFontSize(20);
        mark.setColor("A40000");
        mark.setText("FORSLAG – version " + edition.version());
      }
      heading(doc, 1, edition.planTitle());
      text(doc, edition.municipality() + " · " + edition.period());
      for (PlanEdition.Area area : edition.focusAreas()) {
        heading(doc, 2, area.number() + " " + area.title());
        if (area.description() != null && !area.description().isBlank()) {
          text(doc, area.description());
        }
        labelled(doc, "Målgrupper: ", String.join(", ", area.targetGroups()));
        if (!area.pejlemaerker().isEmpty()) {
          labelled(doc, "Pejlemærker: ", String.join("; ", area.pejlemaerker()));
        }
        XWPFTable goals = table(doc, List.of("Mål", "Indikator", "Målet", "Udgangspunkt", "Frist"), new int[] {26, 21, 26, 15, 12});
        for (PlanEdition.GoalLine goal : area.goals()) {
          cells(goals.createRow(), goal.ref() + " " + goal.text(), goal.indicator(), goal.target(), goal.baseline(), goal.deadline());
        }
      }
      if (!edition.consultations().isEmpty()) {
        heading(doc, 2, "Høring");
        XWPFTable table = table(doc, List.of("Høringspart", "Svar", "Høringssvar"), new int[] {25, 20, 55});
        edition.consultations().forEach(c -> cells(table.createRow(), c.body(), c.outcome(), c.response()));
      }
      heading(doc, 2, "Politisk behandling");
      if (edition.decisions().isEmpty()) {
        text(doc, "Planen er endnu ikke behandlet politisk.");
      } else {
        XWPFTable table = table(doc, List.of("Organ", "Beslutning", "Tidspunkt", "Registreret af", "Bemærkninger"),
            new int[] {20, 17, 17, 18, 28});
        edition.decisions().forEach(d -> cells(table.createRow(), d.body() + ", " + d.municipality(),
            d.outcome() + " (version " + d.version() + ")", d.decidedAt(), d.recordedBy(), d.remarks()));
      }
      return bytes(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void heading(XWPFDocument doc, int level, String text) {
    XWPFParagraph paragraph = doc.createParagraph();
    paragraph.setStyle("Heading" + level);
    XWPFRun run = paragraph.createRun();
    run.setBold(true);
    run.setFontSize(level == 1 ? 18 : level == 2 ? 14 : 12);
    run.setText(text);
  }

  private static void text(XWPFDocument doc, String text) {
    doc.createParagraph().createRun().setText(text);
  }

  private static void labelled(XWPFDocument doc, String label, String text) {
    XWPFParagraph paragraph = doc.createParagraph();
    XWPFRun bold = paragraph.createRun();
    bold.setBold(true);
    bold.setText(label);
    paragraph.createRun().setText(text);
  }

  /** A4 with the PDF's margins, so a table of the full text width fits the page. */
  private static void a4Margins(XWPFDocument doc) {
    var section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
        : doc.getDocument().getBody().addNewSectPr();
    var size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
    size.setW(java.math.BigInteger.valueOf(PAGE_WIDTH));
    size.setH(java.math.BigInteger.valueOf(16838));
    var margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
    margins.setLeft(java.math.BigInteger.valueOf(MARGIN));
    margins.setRight(java.math.BigInteger.valueOf(MARGIN));
    margins.setTop(java.math.BigInteger.valueOf(MARGIN));
    margins.setBottom(java.math.BigInteger.valueOf(MARGIN));
    margins.setHeader(java.math.BigInteger.valueOf(MARGIN / 2));
    margins.setFooter(java.math.BigInteger.valueOf(MARGIN / 2));
    margins.setGutter(java.math.BigInteger.ZERO);
  }

  /**
   * A table of the full text width with fixed columns (percentages of it), so Word neither widens it past
   * the margin nor squeezes a column until its words break one per line.
   */
  private static XWPFTable table(XWPFDocument doc, List<String> headers, int[] percents) {
    XWPFTable table = doc.createTable(1, headers.size());
    fixedWidths(table, percents);
    XWPFTableRow header = table.getRow(0);
    header.setRepeatHeader(true);
    for (int i = 0; i < headers.size(); i++) {
      XWPFParagraph paragraph = header.getCell(i).getParagraphs().get(0);
      XWPFRun run = paragraph.createRun();
      run.setBold(true);
      run.setText(headers.get(i));
      header.getCell(i).setColor("EEEEEE");
    }
    return table;
  }

  /** A two-column table of label and value, each row's label its header. */
  private static XWPFTable facts(XWPFDocument doc, List<String[]> facts) {
    XWPFTable table = doc.createTable(facts.size(), 2);
    fixedWidths(table, new int[] {27, 73});
    for (int i = 0; i < facts.size(); i++) {
      XWPFTableRow row = table.getRow(i);
      XWPFRun run = row.getCell(0).getParagraphs().get(0).createRun();
      run.setBold(true);
      run.setText(facts.get(i)[0]);
      row.getCell(0).setColor("EEEEEE");
      row.getCell(1).setText(facts.get(i)[1] == null ? "" : facts.get(i)[1]);
    }
    return table;
  }

  private static void fixedWidths(XWPFTable table, int[] percents) {
    table.setWidth(Integer.toString(TEXT_WIDTH));
    table.getCTTbl().getTblPr().addNewTblLayout().setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
    var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int percent : percents) {
      grid.addNewGridCol().setW(java.math.BigInteger.valueOf((long) TEXT_WIDTH * percent / 100));
    }
    for (int i = 0; i < percents.length; i++) {
      table.getRow(0).getCell(i).setWidth(Integer.toString(TEXT_WIDTH * percents[i] / 100));
    }
  }

  private static void cells(XWPFTableRow row, String... values) {
    for (int i = 0; i < values.length; i++) {
      row.getCell(i).setText(values[i] == null ? "" : values[i]);
    }
  }

  private static void picture(XWPFDocument doc, byte[] png, String altText) throws IOException {
    XWPFRun run = doc.createParagraph().createRun();
    try (ByteArrayInputStream in = new ByteArrayInputStream(png)) {
      run.addPicture(in, Document.PICTURE_TYPE_PNG, altText, Units.toEMU(480), Units.toEMU(480.0 * Charts.HEIGHT / Charts.WIDTH));
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IOException(e);
    }
  }

  private static byte[] bytes(XWPFDocument doc) throws IOException {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.write(out);
      return out.toByteArray();
    }
  }
}
