package dk.aarshjul.documents.domain;

import dk.aarshjul.shared.ReportingPeriod;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** An area's figures over time, for a chart; a point whose figure is not given has a null value. */
public record Series(String name, List<Point> points) {

  public Series {
    points = List.copyOf(points);
  }

  public record Point(ReportingPeriod period, BigDecimal value) {

    public Point {
      Objects.requireNonNull(period, "a point is for a period");
    }
  }

  public boolean hasValues() {
    return points.stream().anyMatch(point -> point.value() != null);
  }
}
