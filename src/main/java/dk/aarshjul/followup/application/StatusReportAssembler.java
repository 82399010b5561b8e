package dk.aarshjul.followup.application;

import dk.aarshjul.indicators.application.AreaFigures;
import dk.aarshjul.indicators.application.BenchmarkService;
import dk.aarshjul.indicators.application.IndicatorStore;
import dk.aarshjul.shared.Area;
import dk.aarshjul.indicators.domain.Indicator;
import dk.aarshjul.indicators.domain.IndicatorCatalogue;
import dk.aarshjul.indicators.domain.Ranking;
import dk.aarshjul.indicators.domain.Unit;
import dk.aarshjul.goals.application.BenchmarkNames;
import dk.aarshjul.goals.domain.Benchmark;
import dk.aarshjul.planning.domain.FocusArea;
import dk.aarshjul.goals.domain.Goal;
import dk.aarshjul.goals.domain.GoalDescription;
import dk.aarshjul.planning.domain.PlanContent;
import dk.aarshjul.shared.Quarter;
import dk.aarshjul.shared.ReportingPeriod;
import dk.aarshjul.goals.domain.Assessment;
import dk.aarshjul.goals.domain.Figure;
import dk.aarshjul.documents.domain.GoalReport;
import dk.aarshjul.goals.domain.QuarterFigures;
import dk.aarshjul.followup.domain.GoalFigures;
import dk.aarshjul.documents.domain.StatusReport;
import dk.aarshjul.goals.domain.StatusRules;
import dk.aarshjul.shared.Decimals;
import dk.aarshjul.tenancy.domain.Municipality;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Turns a plan and the stored figures into a status report for a quarter: every goal's latest figure up
 * to the quarter's end, its benchmarks, its rank where the goal asks for one, and its status.
 */
@Service
public class StatusReportAssembler {

  private final AreaFigures figures;
  private final IndicatorStore store;
  private final BenchmarkService benchmarks;
  private final IndicatorCatalogue indicators;
  private final BenchmarkNames benchmarkNames;

  public StatusReportAssembler(AreaFigures figures, IndicatorStore store, BenchmarkService benchmarks, IndicatorCatalogue indicators,
      BenchmarkNames benchmarkNames) {
    this.figures = figures;
    this.benchmarks = benchmarks;
    this.store = store;
    this.indicators = indicators;
    this.benchmarkNames = benchmarkNames;
  }

  /** @param members the plan's municipalities, one for an ordinary plan */
  public StatusReport assemble(String planId, String planTitle, PlanContent content, List<Municipality> members,
      Quarter quarter, OffsetDateTime now) {
    List<Area> areas = members.stream().map(m -> Area.municipality(m.dstCode())).toList();
    String municipalityName = Municipality.danishName(members);
    String ownName = members.size() == 1 ? members.get(0).name()
        : String.join("-", members.stream().map(Municipality::name).toList());
    List<GoalReport> goals = new ArrayList<>();
    int areaNumber = 0;
    for (FocusArea area : content.focusAreas()) {
      areaNumber++;
      int goalNumber = 0;
      for (Goal goal : area.goals()) {
        goalNumber++;
        goals.add(goal(areaNumber + "." + goalNumber, area.title(), goal, areas, ownName, quarter));
      }
    }
    return new StatusReport(planId, planTitle, municipalityName, quarter, now, goals);
  }

  private GoalReport goal(String ref, String focusArea, Goal goal, List<Area> areas, String ownName, Quarter quarter) {
    LocalDate asOf = quarter.lastDay();
    NavigableMap<ReportingPeriod, BigDecimal> own = upTo(figures.series(goal.indicatorCode(), areas), asOf);
    Optional<Figure> latest = Optional.ofNullable(own.lastEntry()).map(last -> figure(last.getKey(), last.getValue()));
    QuarterFigures known = new QuarterFigures(latest, reference(goal, own, latest), Optional.empty(), Optional.empty(),
        dataBreak(goal, latest));
    Optional<Benchmark> targetBenchmark = goal.target().comparedWith();
    if (latest.isPresent() && targetBenchmark.isPresent()) {
      known = known.withBenchmark(figureOf(goal.indicatorCode(), targetBenchmark.get().area(), latest.get().period()));
    }
    Optional<Ranking.Better> rankedBy = goal.target().rankedBy();
    if (latest.isPresent() && rankedBy.isPresent() && areas.size() == 1) {
      Optional<Ranking> ranking = benchmarks.rank(goal.indicatorCode(), latest.get().period(), areas.get(0), rankedBy.get());
      if (ranking.isPresent()) {
        known = known.withRank(ranking.get());
      }
    }
    Assessment assessment = StatusRules.assess(goal, asOf, known);
    GoalFigures.Built built = GoalFigures.build(goal, ownName, own, benchmarks(goal, targetBenchmark, asOf));
    Unit unit = goal.unit();
    String indicatorName = indicators.find(goal.indicatorCode()).map(Indicator::name).orElse(goal.indicatorCode());
    String latestText = latest.map(f -> f.given() ? unit.show(f.value()) : "ikke oplyst").orElse("–");
    return new GoalReport(ref, focusArea, goal.text(), indicatorName, GoalDescription.danish(goal, benchmarkNames::name),
        GoalDescription.baseline(goal), latestText, latest.map(Figure::period).orElse(null), change(goal, latest, unit),
        assessment.status(), assessment.reason(), built.chart(), built.figure());
  }

  /** The periods that have ended by {@code asOf}. */
  private static NavigableMap<ReportingPeriod, BigDecimal> upTo(NavigableMap<ReportingPeriod, BigDecimal> series, LocalDate asOf) {
    NavigableMap<ReportingPeriod, BigDecimal> until = new TreeMap<>();
    series.forEach((period, value) -> {
      if (!period.lastDay().isAfter(asOf)) {
        until.put(period, value);
      }
    });
    return until;
  }

  /** A stored figure; null is one the source does not give. */
  private static Figure figure(ReportingPeriod period, BigDecimal value) {
    return value == null ? Figure.notGiven(period) : Figure.of(period, value);
  }

  /**
   * The figure a goal is compared with over time: its reference period, else its baseline. A year against
   * a quarterly or monthly series is the same quarter or month of that year, so seasons do not mislead.
   */
  private static Optional<Figure> reference(Goal goal, Map<ReportingPeriod, BigDecimal> own, Optional<Figure> latest) {
    ReportingPeriod reference = goal.target().referencePeriod()
        .orElse(goal.baseline() != null ? goal.baseline().period() : null);
    if (reference == null) {
      return Optional.empty();
    }
    ReportingPeriod period = reference;
    Optional<ReportingPeriod> latestPeriod = latest.map(Figure::period);
    if (reference.type() == ReportingPeriod.Type.YEAR && !own.containsKey(period) && latestPeriod.isPresent()
        && latestPeriod.get().type() != ReportingPeriod.Type.YEAR) {
      period = new ReportingPeriod(reference.year(), latestPeriod.get().type(), latestPeriod.get().number());
    }
    if (own.containsKey(period)) {
      return Optional.of(figure(period, own.get(period)));
    }
    if (goal.baseline() != null && goal.baseline().value() != null && reference.equals(goal.baseline().period())) {
      return Optional.of(Figure.of(period, goal.baseline().value()));
    }
    return Optional.empty();
  }

  /** Whether the indicator's figures stopped being comparable between the baseline and the latest figure. */
  private boolean dataBreak(Goal goal, Optional<Figure> latest) {
    if (latest.isEmpty() || goal.baseline() == null || goal.baseline().period() == null) {
      return false;
    }
    ReportingPeriod latestPeriod = latest.get().period();
    return indicators.find(goal.indicatorCode())
        .map(indicator -> indicator.breaksBetween(goal.baseline().period(), latestPeriod)).orElse(false);
  }

  private Figure figureOf(String indicatorCode, Area area, ReportingPeriod period) {
    return store.find(indicatorCode, area, period)
        .map(stored -> figure(period, stored.value().value()))
        .orElse(Figure.notGiven(period));
  }

  private static String change(Goal goal, Optional<Figure> latest, Unit unit) {
    if (latest.isEmpty() || !latest.get().given() || goal.baseline() == null || goal.baseline().value() == null) {
      return "–";
    }
    BigDecimal from = goal.baseline().value();
    BigDecimal difference = latest.get().value().subtract(from);
    String sign = difference.signum() > 0 ? "+" : difference.signum() < 0 ? "−" : "±";
    String points = unit == Unit.PERCENT ? Decimals.danish(difference.abs(), "0.0") + " procentpoint"
        : unit.show(difference.abs());
    if (unit == Unit.PERCENT || from.signum() == 0) {
      return sign + points;
    }
    BigDecimal percent = difference.multiply(BigDecimal.valueOf(100)).divide(from, MathContext.DECIMAL64).abs();
    return sign + points + " (" + sign + Decimals.danish(percent, "0.0") + " %)";
  }

  /** What the goal is compared with, its chosen benchmarks and the one its target names, by Danish name. */
  private Map<String, Map<ReportingPeriod, BigDecimal>> benchmarks(Goal goal, Optional<Benchmark> targetBenchmark, LocalDate asOf) {
    Set<Benchmark> compared = new LinkedHashSet<>(goal.benchmarks());
    targetBenchmark.ifPresent(compared::add);
    Map<String, Map<ReportingPeriod, BigDecimal>> series = new LinkedHashMap<>();
    for (Benchmark benchmark : compared) {
      series.put(benchmarkNames.name(benchmark),
          upTo(figures.series(goal.indicatorCode(), List.of(benchmark.area())), asOf));
    }
    return series;
  }
}
