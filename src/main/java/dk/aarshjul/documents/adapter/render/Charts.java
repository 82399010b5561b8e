package dk.aarshjul.documents.adapter.render;

import dk.aarshjul.documents.domain.GoalFigure;
import dk.aarshjul.documents.domain.GoalReport;
import dk.aarshjul.shared.PeriodNames;
import dk.aarshjul.documents.domain.Series;
import dk.aarshjul.shared.Decimals;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A goal's chart as a PNG, drawn by JFreeChart: the municipality and its benchmarks over time in one scale,
 * the planned path to the target dashed, the target as a labelled line, a value axis with its unit and
 * Danish numbers, each tick label once.
 */
final class Charts {

  /** The size the chart is laid out in (points); it is drawn at {@link #SCALE} times this for print. */
  static final int WIDTH = 640;
  static final int HEIGHT = 300;
  static final int SCALE = 2;

  /**
   * Canvases to draw on, painted white before each chart and given back once the chart is encoded: at print
   * scale a canvas is 3 MB, which the collector keeps outside its young generation ("humongous"), and a round
   * of 98 reports drew 980 of them. At most one per core are kept, as many as the job executor's threads by
   * default.
   */
  private static final java.util.concurrent.BlockingQueue<BufferedImage> CANVASES =
      new java.util.concurrent.ArrayBlockingQueue<>(Runtime.getRuntime().availableProcessors());

  static final String PATH = "Planlagt forløb mod målet";
  private static final Color[] COLOURS = {new Color(0x1f4e79), new Color(0xc55a11), new Color(0x548235), new Color(0x7030a0),
      new Color(0x806000)};
  private static final Color TARGET = new Color(0x444444);

  private Charts() {}

  /** @return null when no series has a value to draw */
  static byte[] png(GoalReport goal) {
    JFreeChart drawing = chart(goal);
    if (drawing == null) {
      return null;
    }
    BufferedImage canvas = CANVASES.poll();
    if (canvas == null) {
      canvas = newCanvas();
    }
    try {
      return Png.encode(draw(drawing, canvas));
    } finally {
      CANVASES.offer(canvas);
    }
  }

  /** The chart as drawn, before it is encoded, on a canvas of its own; for tests. Null as for {@link #png}. */
  static BufferedImage drawn(GoalReport goal) {
    JFreeChart drawing = chart(goal);
    return drawing == null ? null : draw(drawing, newCanvas());
  }

  private static BufferedImage newCanvas() {
    return new BufferedImage(WIDTH * SCALE, HEIGHT * SCALE, BufferedImage.TYPE_INT_RGB);
  }

  private static JFreeChart chart(GoalReport goal) {
    List<Series> chart = goal.chart();
    if (chart.stream().noneMatch(Series::hasValues)) {
      return null;
    }
    GoalFigure figure = goal.figure();
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Series series : chart) {
      for (Series.Point point : series.points()) {
        data.addValue(point.value(), series.name(), PeriodNames.tick(point.period()));
      }
    }
    boolean path = figure.path().stream().anyMatch(point -> point.value() != null);
    if (path) {
      figure.path().forEach(point -> data.addValue(point.value(), PATH, PeriodNames.tick(point.period())));
    }
    JFreeChart drawing = ChartFactory.createLineChart(null, null, figure.axisLabel(), data, PlotOrientation.VERTICAL, true, false, false);
    drawing.setBackgroundPaint(Color.WHITE);
    drawing.setAntiAlias(true);
    CategoryPlot plot = drawing.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setRangeGridlinePaint(new Color(0xcccccc));
    LineAndShapeRenderer lines = (LineAndShapeRenderer) plot.getRenderer();
    for (int i = 0; i < chart.size(); i++) {
      lines.setSeriesPaint(i, COLOURS[i % COLOURS.length]);
      lines.setSeriesStroke(i, new BasicStroke(i == 0 ? 3f : 2f));
      lines.setSeriesShapesVisible(i, true);
    }
    if (path) {
      lines.setSeriesPaint(chart.size(), TARGET);
      lines.setSeriesStroke(chart.size(), new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
      lines.setSeriesShapesVisible(chart.size(), false);
    }
    NumberAxis values = (NumberAxis) plot.getRangeAxis();
    values.setAutoRangeIncludesZero(false);
    values.setStandardTickUnits(tickUnits());
    if (!figure.indexed()) {
      values.setAutoRangeMinimumSize(minimumRange(chart));
    }
    values.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    values.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    if (figure.target() != null) {
      mark(plot, values, figure.target());
    }
    CategoryAxis periods = plot.getDomainAxis();
    periods.setCategoryLabelPositions(data.getColumnCount() > 8 ? CategoryLabelPositions.UP_45 : CategoryLabelPositions.STANDARD);
    periods.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    periods.setLowerMargin(0.01);
    periods.setUpperMargin(0.01);
    LegendTitle legend = drawing.getLegend();
    legend.setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    legend.setPosition(RectangleEdge.BOTTOM);
    legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
    return drawing;
  }

  /**
   * The chart drawn at print scale on an opaque RGB image: a PNG without an alpha channel goes into the PDF
   * as it is (its compressed rows copied), where one with alpha is decoded and compressed again, row by
   * row, which cost half of a status report's rendering time.
   */
  private static BufferedImage draw(JFreeChart drawing, BufferedImage image) {
    Graphics2D graphics = image.createGraphics();
    try {
      graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      graphics.setColor(Color.WHITE);
      graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
      graphics.scale(SCALE, SCALE);
      drawing.draw(graphics, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
    } finally {
      graphics.dispose();
    }
    return image;
  }
  /**
   * At least a third of the largest value, so that figures given to one decimal (0,9 and 1,0) are not
   * stretched over the whole height as if they had halved. An index needs none: it is already relative.
   */
  static double minimumRange(List<Series> chart) {
    double largest = chart.stream().flatMap(series -> series.points().stream()).filter(point -> point.value() != null)
        .mapToDouble(point -> Math.abs(point.value().doubleValue())).max().orElse(1);
    return Math.max(largest / 3, 1e-6);
  }

  /** The target as a labelled horizontal line, with the axis widened to show it. */
  private static void mark(CategoryPlot plot, NumberAxis values, GoalFigure.Target target) {
    double level = target.value().doubleValue();
    ValueMarker marker = new ValueMarker(level, TARGET, new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
        new float[] {2f, 3f}, 0f));
    marker.setLabel(target.label());
    marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    marker.setLabelPaint(TARGET);
    marker.setLabelBackgroundColor(new Color(255, 255, 255, 220));
    marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
    marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
    plot.addRangeMarker(marker);
    double lower = Math.min(values.getLowerBound(), level);
    double upper = Math.max(values.getUpperBound(), level);
    double margin = (upper - lower) * 0.08;
    values.setRange(lower - margin, upper + margin);
  }

  /**
   * Tick sizes 1, 2 and 5 times a power of ten, each with as many decimals as it needs and no more: a
   * step of 0,05 is labelled 2,20 2,25 2,30, never 2,2 2,2 2,3.
   */
  static TickUnits tickUnits() {
    TickUnits units = new TickUnits();
    for (int power = -3; power <= 7; power++) {
      for (int step : new int[] {1, 2, 5}) {
        BigDecimal size = BigDecimal.valueOf(step).scaleByPowerOfTen(power);
        int decimals = Math.max(0, size.stripTrailingZeros().scale());
        units.add(new NumberTickUnit(size.doubleValue(), Decimals.format(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals))));
      }
    }
    return units;
  }
}
