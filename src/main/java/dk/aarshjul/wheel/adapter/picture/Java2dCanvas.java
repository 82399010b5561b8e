package dk.aarshjul.wheel.adapter.picture;

import dk.aarshjul.wheel.domain.Canvas;
import dk.aarshjul.wheel.domain.WheelDrawing;
import dk.aarshjul.wheel.domain.YearWheel;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.TexturePaint;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The wheel painted as a PNG, for documents whose PDF must stay tagged and accessible: the picture is an
 * image with alternative text, drawn by the same {@link WheelDrawing} as the web page's SVG, in the fonts
 * the PDFs embed (Liberation Sans).
 */
final class Java2dCanvas implements Canvas {

  static {
    System.setProperty("java.awt.headless", "true");
  }

  private static final Font REGULAR = font("liberation/LiberationSans-Regular.ttf");
  private static final Font BOLD = font("liberation/LiberationSans-Bold.ttf");

  private final Graphics2D g;

  Java2dCanvas(Graphics2D g) {
    this.g = g;
  }

  /** The wheel as a PNG, {@code scale} times the drawing's units in pixels. */
  static byte[] png(YearWheel wheel, double scale) {
    BufferedImage image = new BufferedImage((int) Math.round(WheelDrawing.WIDTH * scale), (int) Math.round(WheelDrawing.HEIGHT * scale),
        BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.scale(scale, scale);
      WheelDrawing.draw(wheel, new Java2dCanvas(g));
    } finally {
      g.dispose();
    }
    // ImageIO.write would buffer through a temporary file (its default cache); the picture is small, so in memory
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    try (ByteArrayOutputStream out = new ByteArrayOutputStream(); var stream = new MemoryCacheImageOutputStream(out)) {
      writer.setOutput(stream);
      writer.write(image);
      stream.flush();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
  }

  @Override
  public void begin(String id, String cssClass, String title, String href) {
    // a picture has no parts of its own; its alternative text says what the SVG's titles say
  }

  @Override
  public void end() {
    // see begin
  }

  @Override
  public void sector(double cx, double cy, double inner, double outer, double fromAngle, double toAngle, String fill, Fill pattern,
      String stroke, boolean dashed) {
    Shape shape;
    if (toAngle - fromAngle >= 359.999) {
      Area ring = new Area(new Ellipse2D.Double(cx - outer, cy - outer, 2 * outer, 2 * outer));
      ring.subtract(new Area(new Ellipse2D.Double(cx - inner, cy - inner, 2 * inner, 2 * inner)));
      shape = ring;
    } else {
      // the outer arc clockwise, the inner one back, as the SVG's path: two pies subtracted left hairlines along
      // their edges from the centre, which the outline drew across the wheel. Java's arcs run counter-clockwise
      // from three o'clock
      double extent = toAngle - fromAngle;
      Path2D.Double sector = new Path2D.Double();
      sector.append(new Arc2D.Double(cx - outer, cy - outer, 2 * outer, 2 * outer, 90 - fromAngle, -extent, Arc2D.OPEN), false);
      sector.append(new Arc2D.Double(cx - inner, cy - inner, 2 * inner, 2 * inner, 90 - toAngle, extent, Arc2D.OPEN), true);
      sector.closePath();
      shape = sector;
    }
    g.setPaint(pattern == Fill.HATCHED ? hatched(colour(fill)) : colour(fill));
    g.fill(shape);
    outline(shape, stroke, 1.5, dashed);
  }

  @Override
  public void circle(double x, double y, double r, String fill, String stroke, double strokeWidth, boolean dashed) {
    Shape circle = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
    g.setPaint(colour(fill));
    g.fill(circle);
    outline(circle, stroke, strokeWidth, dashed);
  }

  @Override
  public void line(double x1, double y1, double x2, double y2, String stroke, double width) {
    g.setPaint(colour(stroke));
    g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(new Line2D.Double(x1, y1, x2, y2));
  }

  @Override
  public void polyline(double[] points, String fill, String stroke, double width) {
    Path2D.Double path = new Path2D.Double();
    path.moveTo(points[0], points[1]);
    for (int i = 2; i < points.length; i += 2) {
      path.lineTo(points[i], points[i + 1]);
    }
    if (fill != null) {
      path.closePath();
      g.setPaint(colour(fill));
      g.fill(path);
    }
    g.setPaint(colour(stroke));
    g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(path);
  }

  @Override
  public void text(double x, double y, String text, double size, boolean bold, String colour, Anchor anchor) {
    g.setFont((bold ? BOLD : REGULAR).deriveFont((float) size));
    double width = g.getFontMetrics().getStringBounds(text, g).getWidth();
    double left = switch (anchor) {
      case START -> x;
      case MIDDLE -> x - width / 2;
      case END -> x - width;
    };
    g.setPaint(colour(colour));
    g.drawString(text, (float) left, (float) y);
  }

  private void outline(Shape shape, String stroke, double width, boolean dashed) {
    g.setPaint(colour(stroke));
    g.setStroke(dashed ? new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {5, 4}, 0)
        : new BasicStroke((float) width));
    g.draw(shape);
  }

  /** The SVG's hatching: the colour with lighter diagonal stripes. */
  private static Paint hatched(Color colour) {
    BufferedImage tile = new BufferedImage(9, 9, BufferedImage.TYPE_INT_RGB);
    Graphics2D t = tile.createGraphics();
    t.setColor(colour);
    t.fillRect(0, 0, 9, 9);
    t.setColor(new Color((colour.getRed() + 255) / 2, (colour.getGreen() + 255) / 2, (colour.getBlue() + 255) / 2));
    t.setStroke(new BasicStroke(2.2f));
    t.drawLine(-1, 10, 10, -1);
    t.dispose();
    return new TexturePaint(tile, new Rectangle(0, 0, 9, 9));
  }

  private static Color colour(String hex) {
    return Color.decode(hex);
  }

  private static Font font(String path) {
    try (InputStream in = Java2dCanvas.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + path);
      }
      return Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (FontFormatException e) {
      throw new IllegalStateException(path, e);
    }
  }
}
