package dk.aarshjul.documents.domain;

import java.math.BigDecimal;
import java.util.List;

/** An area's figures over time, for a chart; a point whose figure is not given has a null value. */
public record Series(String name, List<Point> points) {

  public Series {
    points = List.copyOf(points);
  }

  public record Point(String period, BigDecimal value) {}

  public boolean hasValues() {
    return points.stream().anyMatch(point -> point.value() != null);
  }
}
