package dk.aarshjul.reporting.adapter.render;

import dk.aarshjul.reporting.domain.Series;
import dk.aarshjul.shared.Decimals;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/** A goal's chart: the municipality against its benchmarks over time, as a PNG, drawn by JFreeChart. */
final class Charts {

  static final int WIDTH = 640;
  static final int HEIGHT = 280;
  private static final Color[] COLOURS = {new Color(0x1f4e79), new Color(0xc55a11), new Color(0x548235), new Color(0x7030a0),
      new Color(0x806000)};

  private Charts() {}

  /** @return null when no series has a value to draw */
  static byte[] png(List<Series> chart) {
    if (chart.stream().noneMatch(Series::hasValues)) {
      return null;
    }
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Series series : chart) {
      for (Series.Point point : series.points()) {
        data.addValue(point.value(), series.name(), point.period());
      }
    }
    JFreeChart figure = ChartFactory.createLineChart(null, null, null, data, PlotOrientation.VERTICAL, true, false, false);
    figure.setBackgroundPaint(Color.WHITE);
    figure.setAntiAlias(true);
    CategoryPlot plot = figure.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xcccccc));
    LineAndShapeRenderer lines = (LineAndShapeRenderer) plot.getRenderer();
    for (int i = 0; i < chart.size(); i++) {
      lines.setSeriesPaint(i, COLOURS[i % COLOURS.length]);
      lines.setSeriesStroke(i, new BasicStroke(i == 0 ? 3f : 2f));
      lines.setSeriesShapesVisible(i, true);
    }
    NumberAxis values = (NumberAxis) plot.getRangeAxis();
    values.setAutoRangeIncludesZero(false);
    values.setNumberFormatOverride(new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("da-DK"))));
    CategoryAxis periods = plot.getDomainAxis();
    periods.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    periods.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    values.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    figure.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    BufferedImage image = figure.createBufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB, null);
    try (ByteArrayOutputStream png = new ByteArrayOutputStream()) {
      ChartUtils.writeBufferedImageAsPNG(png, image, false, 1);
      return png.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The chart in words, for screen readers and the PDF's alternative text. */
  static String text(List<Series> chart) {
    StringBuilder text = new StringBuilder("Figur: ");
    for (Series series : chart) {
      Series.Point last = null;
      for (Series.Point point : series.points()) {
        if (point.value() != null) {
          last = point;
        }
      }
      text.append(series.name()).append(last == null ? " uden tal" : " " + Decimals.danish(last.value(), "#,##0.#") + " i " + last.period())
          .append("; ");
    }
    return text.substring(0, text.length() - 2) + ".";
  }
}
