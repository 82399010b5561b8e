package dk.aarshjul.followup.domain;

import dk.aarshjul.documents.domain.Series;
import dk.aarshjul.documents.domain.GoalFigure;
import dk.aarshjul.shared.PeriodNames;
import dk.aarshjul.indicators.domain.Unit;
import dk.aarshjul.goals.domain.Goal;
import dk.aarshjul.goals.domain.Measurement;
import dk.aarshjul.shared.DanishTime;
import dk.aarshjul.shared.Decimals;
import dk.aarshjul.shared.ReportingPeriod;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;

/**
 * A goal's chart compares like with like: shares and durations as they are, counts (persons, full-time
 * persons) as an index of a common base period when set beside a larger area, so Tårnby's 300 is not a flat
 * line at 0 beside the country's 50,000. The planned path from the baseline to the target is drawn in the
 * same scale, on into the periods up to the deadline.
 */
public final class GoalFigures {

  /** How many periods of history a chart shows at most, and how many it looks ahead to the deadline. */
  public static final int HISTORY = 12;
  static final int AHEAD = 12;
  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** Differences below this (in the unit) are "på niveau med". */
  static final BigDecimal LEVEL = new BigDecimal("0.05");

  public record Built(List<Series> chart, GoalFigure figure) {}

  private GoalFigures() {}

  /**
   * @param own the municipality's figures up to the round, by period; a null value is not given
   * @param benchmarks each compared area's figures by its Danish name ("hele landet", "Region Hovedstaden")
   */
  public static Built build(Goal goal, String ownName, NavigableMap<ReportingPeriod, BigDecimal> own,
      Map<String, ? extends Map<ReportingPeriod, BigDecimal>> benchmarks) {
    List<ReportingPeriod> history = new ArrayList<>(own.keySet());
    history = history.subList(Math.max(0, history.size() - HISTORY), history.size());
    Optional<Planned> planned = planned(goal);
    List<ReportingPeriod> periods = new ArrayList<>(history);
    if (planned.isPresent() && planned.get().from() != null && !history.isEmpty()) {
      periods.addAll(ahead(history.get(history.size() - 1), goal.deadline()));
    }
    Unit unit = goal.unit();
    boolean counts = !benchmarks.isEmpty() && (unit == Unit.COUNT || unit == Unit.FULL_TIME_PERSONS);
    ReportingPeriod base = counts ? indexBase(goal, own, history) : null;
    boolean index = base != null;
    String axis = index ? "Indeks (" + PeriodNames.danish(base) + " = 100)" : axisLabel(unit);

    List<Series> chart = new ArrayList<>();
    chart.add(series(ownName, periods, own, index ? own.get(base) : null));
    benchmarks.forEach((name, values) -> chart.add(series(capitalised(name), periods, values, index ? values.get(base) : null)));

    BigDecimal scale = index ? own.get(base) : null;
    List<Series.Point> path = planned.filter(p -> p.from() != null).map(p -> path(p, periods, scale)).orElse(List.of());
    GoalFigure.Target target = planned.map(p -> new GoalFigure.Target(scaled(p.target(), scale),
        GoalFigure.Target.HEADING + p.bound() + unit.show(p.target()) + " senest " + DanishTime.date(goal.deadline()))).orElse(null);

    Optional<ReportingPeriod> latest = Optional.empty();
    for (ReportingPeriod period : history) {
      latest = own.get(period) != null ? Optional.of(period) : latest;
    }
    List<GoalFigure.AreaFigure> areas = new ArrayList<>();
    if (latest.isPresent()) {
      ReportingPeriod at = latest.get();
      BigDecimal ownValue = own.get(at);
      areas.add(new GoalFigure.AreaFigure(ownName, unit.show(ownValue), index ? indexOf(ownValue, own.get(base)) : null, ""));
      for (var benchmark : benchmarks.entrySet()) {
        BigDecimal value = benchmark.getValue().get(at);
        String name = capitalised(benchmark.getKey());
        String sentence = value == null ? "Der er intet tal for " + benchmark.getKey() + " i " + PeriodNames.danish(at) + "."
            : index ? development(ownName, own.get(base), ownValue, benchmark.getKey(), benchmark.getValue().get(base), value, base, at)
            : difference(ownName, ownValue, benchmark.getKey(), value, unit, at);
        areas.add(new GoalFigure.AreaFigure(name, value == null ? "ikke oplyst" : unit.show(value),
            index ? indexOf(value, benchmark.getValue().get(base)) : null, sentence));
      }
    }
    return new Built(chart, new GoalFigure(unit, axis, index ? PeriodNames.danish(base) : null, path, target,
        latest.map(PeriodNames::danish).orElse(null), areas));
  }

  /** The baseline's period where the chart shows it, so the path starts at 100; else the first period shown. */
  private static ReportingPeriod indexBase(Goal goal, NavigableMap<ReportingPeriod, BigDecimal> own, List<ReportingPeriod> history) {
    if (goal.baseline() != null && goal.baseline().period() != null) {
      ReportingPeriod baseline = goal.baseline().period();
      if (history.contains(baseline) && nonZero(own.get(baseline))) {
        return baseline;
      }
    }
    return history.stream().filter(p -> nonZero(own.get(p))).findFirst().orElse(null);
  }

  /** "Tårnby ligger 1,2 procentpoint under Region Hovedstaden i 3. kvartal 2021." */
  static String difference(String ownName, BigDecimal own, String other, BigDecimal value, Unit unit, ReportingPeriod period) {
    BigDecimal gap = own.subtract(value);
    String when = " i " + PeriodNames.danish(period) + ".";
    if (gap.abs().compareTo(LEVEL) < 0) {
      return ownName + " ligger på niveau med " + other + when;
    }
    String amount = unit == Unit.PERCENT ? Decimals.danish(gap.abs(), "#,##0.0") + " procentpoint" : unit.show(gap.abs());
    return ownName + " ligger " + amount + (gap.signum() > 0 ? " over " : " under ") + other + when;
  }

  /** "Fra 1. kvartal 2019 til 4. kvartal 2021 er Tårnby faldet 5,3 %, hele landet 2,1 %." */
  static String development(String ownName, BigDecimal ownBase, BigDecimal own, String other, BigDecimal otherBase, BigDecimal value,
      ReportingPeriod base, ReportingPeriod period) {
    String span = "Fra " + PeriodNames.danish(base) + " til " + PeriodNames.danish(period);
    if (!nonZero(otherBase)) {
      return span + " er " + ownName + " " + change(ownBase, own) + "; for " + other + " er der intet tal for " + PeriodNames.danish(base) + ".";
    }
    return span + " er " + ownName + " " + change(ownBase, own) + ", " + other + " " + change(otherBase, value) + ".";
  }

  private static String change(BigDecimal from, BigDecimal to) {
    BigDecimal percent = to.subtract(from).multiply(HUNDRED).divide(from, MathContext.DECIMAL64);
    if (percent.abs().compareTo(LEVEL) < 0) {
      return "uændret";
    }
    return (percent.signum() > 0 ? "steget " : "faldet ") + Decimals.danish(percent.abs(), "#,##0.0") + " %";
  }

  private static String axisLabel(Unit unit) {
    return switch (unit) {
      case PERCENT -> "Procent";
      case FULL_TIME_PERSONS -> "Fuldtidspersoner";
      case WEEKS -> "Uger";
      case COUNT -> "Antal";
    };
  }

  /** A baseline-to-target path, or a level to stay above or below ({@code from} null). */
  private record Planned(Measurement from, BigDecimal target, String bound, LocalDate deadline) {}

  private static Optional<Planned> planned(Goal goal) {
    return goal.target().planned(goal).map(path -> new Planned(path.from(), path.target(),
        path.bound() == null ? "" : path.bound().danish() + " ", goal.deadline()));
  }

  private static List<Series.Point> path(Planned planned, List<ReportingPeriod> periods, BigDecimal scale) {
    LocalDate from = planned.from().period().lastDay();
    List<Series.Point> path = new ArrayList<>();
    for (ReportingPeriod period : periods) {
      LocalDate end = period.lastDay();
      boolean on = !end.isBefore(from) && !period.firstDay().isAfter(planned.deadline());
      path.add(new Series.Point(period, on ? scaled(along(planned, from, end), scale) : null));
    }
    return path;
  }

  /** Where the straight path from the baseline (at the end of its period) to the target (at the deadline) is. */
  private static BigDecimal along(Planned planned, LocalDate from, LocalDate at) {
    long total = Math.max(1, ChronoUnit.DAYS.between(from, planned.deadline()));
    double passed = Math.min(1.0, (double) ChronoUnit.DAYS.between(from, at) / total);
    BigDecimal start = planned.from().value();
    return start.add(planned.target().subtract(start).multiply(BigDecimal.valueOf(passed)));
  }

  /** The periods after {@code last} that begin by the deadline, at most {@link #AHEAD}. */
  private static List<ReportingPeriod> ahead(ReportingPeriod last, LocalDate deadline) {
    List<ReportingPeriod> ahead = new ArrayList<>();
    ReportingPeriod period = PeriodNames.next(last);
    while (!period.firstDay().isAfter(deadline) && ahead.size() < AHEAD) {
      ahead.add(period);
      period = PeriodNames.next(period);
    }
    return ahead;
  }

  private static Series series(String name, List<ReportingPeriod> periods, Map<ReportingPeriod, BigDecimal> values, BigDecimal base) {
    return new Series(name, periods.stream().map(p -> new Series.Point(p, base == null ? values.get(p)
        : nonZero(base) && values.get(p) != null ? values.get(p).multiply(HUNDRED).divide(base, MathContext.DECIMAL64) : null)).toList());
  }

  private static BigDecimal scaled(BigDecimal value, BigDecimal scale) {
    return scale == null ? value : value.multiply(HUNDRED).divide(scale, MathContext.DECIMAL64);
  }

  private static String indexOf(BigDecimal value, BigDecimal base) {
    return value == null || !nonZero(base) ? "–" : Decimals.danish(value.multiply(HUNDRED).divide(base, MathContext.DECIMAL64), "#,##0.0");
  }

  private static boolean nonZero(BigDecimal value) {
    return value != null && value.signum() != 0;
  }

  static String capitalised(String name) {
    return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
