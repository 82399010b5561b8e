package dk.aarshjul.reporting.adapter.render;

import dk.aarshjul.reporting.application.PlanEdition;
import dk.aarshjul.reporting.domain.GoalReport;
import dk.aarshjul.reporting.domain.StatusReport;
import dk.aarshjul.reporting.domain.StatusReportEdition;
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

  private WordDocuments() {}

  static byte[] statusReport(StatusReportEdition edition, String summary, Map<String, byte[]> charts, Map<String, String> chartTexts) {
    StatusReport report = edition.report();
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.getProperties().getCoreProperties().setTitle(edition.title());
      doc.getProperties().getCoreProperties().setCreator(report.municipality());
      heading(doc, 1, "Status på " + report.planTitle());
      text(doc, report.municipality() + " · " + report.quarterLabel());
      text(doc, edition.versionLabel() + ", version " + edition.version());
      heading(doc, 2, "Overblik");
      text(doc, summary);
      XWPFTable table = table(doc, List.of("Mål", "Målet", "Seneste tal", "Periode", "Status"));
      for (GoalReport goal : report.goals()) {
        XWPFTableRow row = table.createRow();
        cells(row, goal.ref(), goal.text(), goal.latest(), goal.latestPeriod(), goal.statusLabel());
        row.getCell(4).setColor(StatusColours.hex(goal.status()));
      }
      heading(doc, 2, "Målene enkeltvis");
      for (GoalReport goal : report.goals()) {
        heading(doc, 3, goal.ref() + " " + goal.text());
        text(doc, "Fokusområde: " + goal.focusArea() + " · Indikator: " + goal.indicatorName());
        XWPFTable figures = table(doc, List.of("Målet", "Udgangspunkt", "Seneste tal", "Ændring siden udgangspunktet", "Status"));
        XWPFTableRow row = figures.createRow();
        cells(row, goal.target(), goal.baseline(), goal.latest() + " (" + goal.latestPeriod() + ")", goal.change(), goal.statusLabel());
        row.getCell(4).setColor(StatusColours.hex(goal.status()));
        labelled(doc, "Vurdering: ", goal.reason());
        byte[] chart = charts.get(goal.ref());
        if (chart != null) {
          picture(doc, chart, chartTexts.get(goal.ref()));
        }
        String commentary = edition.commentary(goal.ref());
        labelled(doc, "Kommentar: ", commentary.isEmpty() ? "Ingen kommentar." : commentary);
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
        XWPFTable goals = table(doc, List.of("Mål", "Indikator", "Målet", "Udgangspunkt", "Frist"));
        for (PlanEdition.GoalLine goal : area.goals()) {
          cells(goals.createRow(), goal.ref() + " " + goal.text(), goal.indicator(), goal.target(), goal.baseline(), goal.deadline());
        }
      }
      if (!edition.consultations().isEmpty()) {
        heading(doc, 2, "Høring");
        XWPFTable table = table(doc, List.of("Høringspart", "Svar", "Høringssvar"));
        edition.consultations().forEach(c -> cells(table.createRow(), c.body(), c.outcome(), c.response()));
      }
      heading(doc, 2, "Politisk behandling");
      if (edition.decisions().isEmpty()) {
        text(doc, "Planen er endnu ikke behandlet politisk.");
      } else {
        XWPFTable table = table(doc, List.of("Organ", "Kommune", "Beslutning", "Version", "Tidspunkt", "Registreret af", "Bemærkninger"));
        edition.decisions().forEach(d -> cells(table.createRow(), d.body(), d.municipality(), d.outcome(), Integer.toString(d.version()),
            d.decidedAt(), d.recordedBy(), d.remarks()));
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

  private static XWPFTable table(XWPFDocument doc, List<String> headers) {
    XWPFTable table = doc.createTable(1, headers.size());
    table.setWidth("100%");
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

  private static void cells(XWPFTableRow row, String... values) {
    for (int i = 0; i < values.length; i++) {
      row.getCell(i).setText(values[i] == null ? "" : values[i]);
    }
  }

  private static void picture(XWPFDocument doc, byte[] png, String altText) throws IOException {
    XWPFRun run = doc.createParagraph().createRun();
    try (ByteArrayInputStream in = new ByteArrayInputStream(png)) {
      run.addPicture(in, Document.PICTURE_TYPE_PNG, altText, Units.toEMU(450), Units.toEMU(450.0 * Charts.HEIGHT / Charts.WIDTH));
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
