package dk.aarshjul.wheel.domain;

/**
 * What {@link WheelDrawing} draws on: the SVG of the web page ({@link SvgCanvas}) and the picture in the
 * plan document paint the same calls. Angles are degrees clockwise from twelve o'clock, lengths in the
 * drawing's units.
 */
public interface Canvas {

  enum Fill { SOLID, HATCHED }

  enum Anchor { START, MIDDLE, END }

  /** A part of the drawing with its own title (a step, the legend); a link when {@code href} is not null. */
  void begin(String id, String cssClass, String title, String href);

  void end();

  /** A ring's sector between two radii and two angles; {@code dashed} draws its outline dashed. */
  void sector(double cx, double cy, double inner, double outer, double fromAngle, double toAngle, String fill, Fill pattern,
      String stroke, boolean dashed);

  void circle(double x, double y, double r, String fill, String stroke, double strokeWidth, boolean dashed);

  void line(double x1, double y1, double x2, double y2, String stroke, double width);

  /** A shape of straight lines: {@code points} are x, y pairs; closed and filled when {@code fill} is not null. */
  void polyline(double[] points, String fill, String stroke, double width);

  void text(double x, double y, String text, double size, boolean bold, String colour, Anchor anchor);

  /** The point at {@code radius} from the centre at {@code angle} (degrees clockwise from twelve o'clock): x, y. */
  static double[] point(double cx, double cy, double radius, double angle) {
    double radians = Math.toRadians(angle);
    return new double[] {cx + radius * Math.sin(radians), cy - radius * Math.cos(radians)};
  }
}
