package dk.aarshjul.documents.domain;

import dk.aarshjul.indicators.domain.Unit;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a goal's chart and comparison table show beside the plotted series: the axis and its unit, the
 * planned path from the baseline to the target, and each compared area's latest figure with the
 * difference in one Danish sentence.
 *
 * @param axisLabel the value axis and its unit: "Procent", "Indeks (1. kvartal 2019 = 100)"
 * @param indexBase the period counts are indexed to when they are set beside a benchmark, else null
 * @param path the planned path on the chart's periods, in the chart's scale; a point is null outside it
 * @param target the level the goal aims for, in the chart's scale, or null
 * @param comparedPeriod the period the table compares, "4. kvartal 2021", or null without figures
 * @param areas the municipality first, then each benchmark the goal is compared with
 * @param unit what the plotted figures count when they are not indexed; null in reports stored before it was kept
 */
public record GoalFigure(
    Unit unit,
    String axisLabel,
    String indexBase,
    List<Series.Point> path,
    Target target,
    String comparedPeriod,
    List<AreaFigure> areas) {

  public static final GoalFigure NONE = new GoalFigure(null, "", null, List.of(), null, null, List.of());

  public GoalFigure {
    path = path == null ? List.of() : List.copyOf(path);
    areas = areas == null ? List.of() : List.copyOf(areas);
  }

  /** @param label "Mål: 650 fuldtidspersoner senest 31. december 2027", {@link Target#HEADING} and {@link #goal()} */
  public record Target(BigDecimal value, String label) {

    public static final String HEADING = "Mål: ";

    /** The label without its heading, to go into a sentence: "650 fuldtidspersoner senest 31. december 2027". */
    public String goal() {
      return label.startsWith(HEADING) ? label.substring(HEADING.length()) : label;
    }
  }

  /**
   * @param value the latest figure, "2,4 %", or "ikke oplyst"
   * @param index the figure as an index of the base period, "94,7", or null when not indexed
   * @param sentence the difference to the municipality, "Tårnby ligger 1,2 procentpoint under Region
   *     Hovedstaden i 3. kvartal 2021"; empty for the municipality itself
   */
  public record AreaFigure(String name, String value, String index, String sentence) {}

  public boolean indexed() {
    return indexBase != null;
  }

  public List<String> sentences() {
    return areas.stream().map(AreaFigure::sentence).filter(s -> s != null && !s.isEmpty()).toList();
  }
}
