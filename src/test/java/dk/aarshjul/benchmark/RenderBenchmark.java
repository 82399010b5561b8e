package dk.aarshjul.benchmark;

import dk.aarshjul.documents.adapter.render.TemplateDocumentRenderer;
import dk.aarshjul.documents.adapter.render.TemplateDocumentRendererTest;
import dk.aarshjul.documents.application.DocumentFormat;
import dk.aarshjul.documents.domain.GoalReport;
import dk.aarshjul.documents.domain.StatusReport;
import dk.aarshjul.documents.domain.Series;
import dk.aarshjul.documents.domain.StatusReportEdition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * A status report of 15 goals rendered again and again on one thread, step by step: its charts, the draft's
 * HTML, and the final's HTML, PDF and Word; the thread's processor time per report for each step (not the
 * time on the clock, so that other work on the machine does not count) and the documents' sizes.
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dk.aarshjul.benchmark.RenderBenchmark}
 * (argument: reports to render, default 60, after as many again to warm up).
 */
public final class RenderBenchmark {

  public static void main(String[] args) {
    int reports = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    TemplateDocumentRenderer renderer = new TemplateDocumentRenderer();
    StatusReport report = fifteenGoals(TemplateDocumentRendererTest.aTaarnbyReport());
    StatusReportEdition draft = new StatusReportEdition(report, Map.of(), "", StatusReportEdition.DRAFT, false);
    StatusReportEdition finalEdition = TemplateDocumentRendererTest.aFinalEdition(report);
    run(renderer, report, draft, finalEdition, reports, false);
    run(renderer, report, draft, finalEdition, reports, true);
  }

  private static void run(TemplateDocumentRenderer renderer, StatusReport report, StatusReportEdition draft,
      StatusReportEdition finalEdition, int reports, boolean print) {
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    long charts = 0;
    long html = 0;
    long pdf = 0;
    long word = 0;
    Map<String, byte[]> drawn = Map.of();
    Map<DocumentFormat, byte[]> documents = Map.of();
    for (int i = 0; i < reports; i++) {
      long start = cpu.getCurrentThreadCpuTime();
      drawn = renderer.charts(report);
      long chartsDone = cpu.getCurrentThreadCpuTime();
      renderer.statusReport(draft, drawn, EnumSet.of(DocumentFormat.HTML));
      renderer.statusReport(finalEdition, drawn, EnumSet.of(DocumentFormat.HTML));
      long htmlDone = cpu.getCurrentThreadCpuTime();
      documents = renderer.statusReport(finalEdition, drawn, EnumSet.of(DocumentFormat.PDF));
      long pdfDone = cpu.getCurrentThreadCpuTime();
      documents = new java.util.EnumMap<>(documents);
      documents.putAll(renderer.statusReport(finalEdition, drawn, EnumSet.of(DocumentFormat.DOCX, DocumentFormat.HTML)));
      long wordDone = cpu.getCurrentThreadCpuTime();
      charts += chartsDone - start;
      html += htmlDone - chartsDone;
      pdf += pdfDone - htmlDone;
      word += wordDone - pdfDone;
    }
    if (!print) {
      return;
    }
    int chartBytes = drawn.values().stream().mapToInt(png -> png.length).sum();
    System.out.printf("Rendering a status report of %d goals, %d times on one thread (%d cores); the thread's processor time%n", report.goals().size(), reports,
        Runtime.getRuntime().availableProcessors());
    System.out.printf("  charts:          %6.1f ms per report (%d charts, %d KiB)%n", charts / 1e6 / reports, drawn.size(), chartBytes / 1024);
    System.out.printf("  HTML, draft and final: %6.1f ms (%d KiB each)%n", html / 1e6 / reports, documents.get(DocumentFormat.HTML).length / 1024);
    System.out.printf("  PDF:             %6.1f ms (%d KiB)%n", pdf / 1e6 / reports, documents.get(DocumentFormat.PDF).length / 1024);
    System.out.printf("  Word:            %6.1f ms (%d KiB; with the HTML once more)%n", word / 1e6 / reports,
        documents.get(DocumentFormat.DOCX).length / 1024);
    System.out.printf("  in all:          %6.1f ms per report%n", (charts + html + pdf + word) / 1e6 / reports);
  }

  /** The series with every figure a few per cent higher for each copy, so that no two charts are the same picture. */
  private static List<Series> scaled(List<Series> chart, int copy) {
    BigDecimal factor = BigDecimal.ONE.add(BigDecimal.valueOf(copy * 3L, 2));
    return chart.stream().map(series -> new Series(series.name(), series.points().stream()
        .map(point -> new Series.Point(point.period(), point.value() == null ? null : point.value().multiply(factor))).toList())).toList();
  }

  /** The example report's goals five times over, each with a reference of its own and figures of its own. */
  public static StatusReport fifteenGoals(StatusReport report) {
    List<GoalReport> goals = new ArrayList<>();
    for (int copy = 0; copy < 5; copy++) {
      for (GoalReport goal : report.goals()) {
        goals.add(new GoalReport((copy + 1) + "." + goal.ref(), goal.focusArea(), goal.text(), goal.indicatorName(), goal.target(),
            goal.baseline(), goal.latest(), goal.latestPeriod(), goal.change(), goal.status(), goal.reason(), scaled(goal.chart(), copy),
            goal.figure()));
      }
    }
    return new StatusReport(report.planId(), report.planTitle(), report.municipalityName(), report.quarter(), report.assessedAt(),
        goals);
  }
}
