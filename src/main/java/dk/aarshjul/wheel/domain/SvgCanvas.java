package dk.aarshjul.wheel.domain;

import dk.aarshjul.shared.Markup;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * The wheel as SVG text, built as plain markup: a picture labelled by its {@code <title>} and described by its
 * {@code <desc>}, every step a group with its own title inside a link to its task or document (named by
 * that title). Ids carry
 * a prefix, so several wheels can share a page.
 */
public final class SvgCanvas implements Canvas {

  private static final String FONT = "'Liberation Sans', Arial, Helvetica, sans-serif";

  private final StringBuilder svg = new StringBuilder();
  private final Deque<Boolean> links = new ArrayDeque<>();
  private final String prefix;

  private SvgCanvas(String prefix) {
    this.prefix = prefix;
  }

  /**
   * The wheel as an SVG element.
   *
   * @param idPrefix unique on the page, e.g. the municipality's tenant id
   * @param width the width the picture takes, in CSS pixels (it keeps its proportions)
   */
  public static String svg(YearWheel wheel, String idPrefix, int width) {
    SvgCanvas canvas = new SvgCanvas("wheel-" + idPrefix.replaceAll("[^A-Za-z0-9-]", "-") + "-");
    canvas.open(wheel, width);
    WheelDrawing.draw(wheel, canvas);
    canvas.svg.append("</svg>");
    return canvas.svg.toString();
  }

  private void open(YearWheel wheel, int width) {
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"year-wheel\" viewBox=\"0 0 ")
        .append(WheelDrawing.WIDTH).append(' ').append(WheelDrawing.HEIGHT).append("\" width=\"").append(width)
        .append("\" height=\"").append(Math.round((double) width * WheelDrawing.HEIGHT / WheelDrawing.WIDTH))
        .append("\" role=\"").append(interactive(wheel) ? "group" : "img").append("\" aria-labelledby=\"").append(prefix)
        .append("title\" aria-describedby=\"").append(prefix).append("desc\" font-family=\"").append(FONT).append("\">");
    svg.append("<title id=\"").append(prefix).append("title\">").append(Markup.escape(wheel.title())).append("</title>");
    svg.append("<desc id=\"").append(prefix).append("desc\">").append(Markup.escape(wheel.description())).append("</desc>");
    svg.append("<defs><pattern id=\"").append(prefix).append("hatched\" patternUnits=\"userSpaceOnUse\" width=\"9\" height=\"9\"")
        .append(" patternTransform=\"rotate(45)\"><rect width=\"9\" height=\"9\" fill=\"").append(StepState.LATE.fill())
        .append("\"/><rect width=\"3\" height=\"9\" fill=\"#ffffff\" fill-opacity=\"0.5\"/></pattern></defs>");
    svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
  }

  /**
   * A picture whose steps link somewhere is a group of links (an image's parts are hidden from assistive
   * technology, so its links would be unreachable); one without links is an image.
   */
  private static boolean interactive(YearWheel wheel) {
    return wheel.steps().stream().anyMatch(step -> step.href() != null);
  }

  @Override
  public void begin(String id, String cssClass, String title, String href) {
    links.push(href != null);
    if (href != null) {
      svg.append("<a href=\"").append(Markup.escape(href)).append("\" target=\"_top\" aria-label=\"").append(Markup.escape(title)).append("\">");
    }
    svg.append("<g id=\"").append(prefix).append(Markup.escape(id)).append("\" class=\"").append(Markup.escape(cssClass)).append("\">");
    svg.append("<title>").append(Markup.escape(title)).append("</title>");
  }

  @Override
  public void end() {
    svg.append("</g>");
    if (links.pop()) {
      svg.append("</a>");
    }
  }

  @Override
  public void sector(double cx, double cy, double inner, double outer, double fromAngle, double toAngle, String fill, Fill pattern,
      String stroke, boolean dashed) {
    String paint = pattern == Fill.HATCHED ? "url(#" + prefix + "hatched)" : fill;
    if (toAngle - fromAngle >= 359.999) {
      // a whole ring: two circles, the inner one cut out
      svg.append("<path fill-rule=\"evenodd\" d=\"").append(circlePath(cx, cy, outer)).append(' ').append(circlePath(cx, cy, inner))
          .append('"');
    } else {
      double[] a = Canvas.point(cx, cy, outer, fromAngle);
      double[] b = Canvas.point(cx, cy, outer, toAngle);
      double[] c = Canvas.point(cx, cy, inner, toAngle);
      double[] d = Canvas.point(cx, cy, inner, fromAngle);
      int large = toAngle - fromAngle > 180 ? 1 : 0;
      svg.append("<path d=\"M").append(n(a[0])).append(' ').append(n(a[1]))
          .append(" A").append(n(outer)).append(' ').append(n(outer)).append(" 0 ").append(large).append(" 1 ").append(n(b[0])).append(' ').append(n(b[1]))
          .append(" L").append(n(c[0])).append(' ').append(n(c[1]))
          .append(" A").append(n(inner)).append(' ').append(n(inner)).append(" 0 ").append(large).append(" 0 ").append(n(d[0])).append(' ').append(n(d[1]))
          .append(" Z\"");
    }
    svg.append(" fill=\"").append(paint).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"1.5\"");
    if (dashed) {
      svg.append(" stroke-dasharray=\"5 4\"");
    }
    svg.append("/>");
  }

  private static String circlePath(double cx, double cy, double r) {
    return "M" + n(cx - r) + " " + n(cy) + " a" + n(r) + " " + n(r) + " 0 1 0 " + n(2 * r) + " 0 a" + n(r) + " " + n(r) + " 0 1 0 "
        + n(-2 * r) + " 0";
  }

  @Override
  public void circle(double x, double y, double r, String fill, String stroke, double strokeWidth, boolean dashed) {
    svg.append("<circle cx=\"").append(n(x)).append("\" cy=\"").append(n(y)).append("\" r=\"").append(n(r)).append("\" fill=\"")
        .append(fill).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"").append(n(strokeWidth)).append('"');
    if (dashed) {
      svg.append(" stroke-dasharray=\"4 3\"");
    }
    svg.append("/>");
  }

  @Override
  public void line(double x1, double y1, double x2, double y2, String stroke, double width) {
    svg.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2)).append("\" y2=\"")
        .append(n(y2)).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"").append(n(width))
        .append("\" stroke-linecap=\"round\"/>");
  }

  @Override
  public void polyline(double[] points, String fill, String stroke, double width) {
    svg.append(fill == null ? "<polyline" : "<polygon").append(" points=\"");
    for (int i = 0; i < points.length; i += 2) {
      svg.append(i == 0 ? "" : " ").append(n(points[i])).append(',').append(n(points[i + 1]));
    }
    svg.append("\" fill=\"").append(fill == null ? "none" : fill).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
        .append(n(width)).append("\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/>");
  }

  @Override
  public void text(double x, double y, String text, double size, boolean bold, String colour, Anchor anchor) {
    svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-size=\"").append(n(size))
        .append("\" fill=\"").append(colour).append('"');
    if (bold) {
      svg.append(" font-weight=\"bold\"");
    }
    if (anchor != Anchor.START) {
      svg.append(" text-anchor=\"").append(anchor == Anchor.MIDDLE ? "middle" : "end").append('"');
    }
    svg.append('>').append(Markup.escape(text)).append("</text>");
  }

  private static String n(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

}
