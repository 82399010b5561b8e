package dk.aarshjul.documents.domain;

import dk.aarshjul.shared.Decimals;
import dk.aarshjul.shared.PeriodNames;
import dk.aarshjul.shared.ReportingPeriod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a goal's chart shows, in one or two Danish sentences, for those who do not see it: the
 * municipality's development over the periods shown and the target (the chart's target line, or the
 * goal's target in words where the chart has none: a rank, a direction), then each benchmark at the
 * municipality's latest period and whether it lies over or under. It is the chart's alternative text in
 * the HTML page, the PDF and the Word document alike.
 *
 * <p>"Tårnby er faldet fra 2,9 % i 1. kvartal 2024 til 2,4 % i 1. kvartal 2026, og målet er 2,2 % senest
 * 31. december 2026. Til sammenligning i 1. kvartal 2026: Region Hovedstaden 3,6 % (over Tårnby), Hele
 * landet 3,1 % (over Tårnby)."
 */
public final class ChartDescription {

  private ChartDescription() {}

  public static String of(GoalReport goal) {
    if (goal.chart().isEmpty()) {
      return "";
    }
    GoalFigure figure = goal.figure();
    Series own = goal.chart().get(0);
    List<Series.Point> figures = withValues(own);
    StringBuilder text = new StringBuilder(development(own.name(), figures, figure));
    if (figure.target() != null) {
      text.append(", og målet er ").append(figure.target().goal());
      if (figure.indexed()) {
        text.append(" (").append(number(figure.target().value(), figure)).append(')');
      }
    } else if (goal.target() != null && !goal.target().isBlank() && !goal.target().equals("–")) {
      // a goal the chart draws no line for (a rank, a direction) says its target in words
      text.append(", og målet er ").append(goal.target());
    }
    text.append('.');
    List<Series> benchmarks = goal.chart().subList(1, goal.chart().size());
    Optional<ReportingPeriod> at = figures.isEmpty() ? latestOf(own, benchmarks) : Optional.of(figures.get(figures.size() - 1).period());
    if (!benchmarks.isEmpty() && at.isPresent()) {
      BigDecimal ownValue = figures.isEmpty() ? null : figures.get(figures.size() - 1).value();
      List<String> compared = new ArrayList<>();
      for (Series benchmark : benchmarks) {
        compared.add(comparison(benchmark, at.get(), own.name(), ownValue, figure));
      }
      text.append(" Til sammenligning i ").append(PeriodNames.danish(at.get())).append(": ").append(String.join(", ", compared)).append('.');
    }
    return text.toString();
  }

  /** "Tårnby er faldet fra 2,9 % i 1. kvartal 2024 til 2,4 % i 1. kvartal 2026", or the one figure there is. */
  private static String development(String name, List<Series.Point> figures, GoalFigure figure) {
    if (figures.isEmpty()) {
      return name + " har endnu ingen tal";
    }
    Series.Point first = figures.get(0);
    Series.Point last = figures.get(figures.size() - 1);
    String to = number(last.value(), figure) + " i " + PeriodNames.danish(last.period());
    if (figures.size() == 1) {
      return name + " var på " + to;
    }
    String from = number(first.value(), figure);
    if (from.equals(number(last.value(), figure))) {
      return name + " er uændret på " + from + " fra " + PeriodNames.danish(first.period()) + " til " + PeriodNames.danish(last.period());
    }
    String direction = last.value().compareTo(first.value()) > 0 ? " er steget fra " : " er faldet fra ";
    return name + direction + from + " i " + PeriodNames.danish(first.period()) + " til " + to;
  }

  /** "Region Hovedstaden 3,6 % (over Tårnby)". */
  private static String comparison(Series benchmark, ReportingPeriod period, String ownName, BigDecimal own, GoalFigure figure) {
    BigDecimal value = benchmark.points().stream().filter(point -> point.period().equals(period) && point.value() != null)
        .map(Series.Point::value).findFirst().orElse(null);
    if (value == null) {
      return benchmark.name() + " ikke oplyst";
    }
    String shown = number(value, figure);
    if (own == null) {
      return benchmark.name() + " " + shown;
    }
    String relation = shown.equals(number(own, figure)) ? "på niveau med " : value.compareTo(own) > 0 ? "over " : "under ";
    return benchmark.name() + " " + shown + " (" + relation + ownName + ")";
  }

  /** "2,4 %", "702 fuldtidspersoner", "indeks 94,7": as the chart's axis counts it. */
  private static String number(BigDecimal value, GoalFigure figure) {
    if (figure.indexed()) {
      return "indeks " + Decimals.danish(value, "#,##0.#");
    }
    return figure.unit() == null ? Decimals.danish(value, "#,##0.#") : figure.unit().show(value);
  }

  private static List<Series.Point> withValues(Series series) {
    return series.points().stream().filter(point -> point.value() != null).toList();
  }

  /** The last of the chart's periods (they are the same in every series) where a benchmark has a figure. */
  private static Optional<ReportingPeriod> latestOf(Series own, List<Series> benchmarks) {
    Optional<ReportingPeriod> latest = Optional.empty();
    for (Series.Point point : own.points()) {
      if (benchmarks.stream().flatMap(series -> series.points().stream())
          .anyMatch(other -> other.period().equals(point.period()) && other.value() != null)) {
        latest = Optional.of(point.period());
      }
    }
    return latest;
  }
}
