package dk.aarshjul.indicators.application;

import dk.aarshjul.shared.Area;
import dk.aarshjul.indicators.domain.Indicator;
import dk.aarshjul.indicators.domain.IndicatorCatalogue;
import dk.aarshjul.indicators.domain.IndicatorValue;
import dk.aarshjul.indicators.domain.JointFigure;
import dk.aarshjul.indicators.domain.PeriodFigure;
import dk.aarshjul.indicators.domain.PeriodType;
import dk.aarshjul.indicators.domain.SourceCatalogue;
import dk.aarshjul.indicators.domain.SourceSelection;
import dk.aarshjul.indicators.domain.Unit;
import dk.aarshjul.shared.ReportingPeriod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/**
 * The stored figures of one municipality, or of several together for a joint plan (see {@link JointFigure}).
 * A figure is "not given" (null) when the source suppresses it for any member, or it cannot be combined.
 */
@Service
public class AreaFigures {

  private static final String SHARE_OF_LABOUR_FORCE = "pct. af arbejdsstyrken";

  private final IndicatorStore store;
  private final IndicatorCatalogue indicators;
  private final SourceCatalogue sources;

  public AreaFigures(IndicatorStore store, IndicatorCatalogue indicators, SourceCatalogue sources) {
    this.store = store;
    this.indicators = indicators;
    this.sources = sources;
  }

  /** @return empty when a member has no stored figure for the period; a null value when it is not given */
  public Optional<IndicatorValue> figure(String indicatorCode, ReportingPeriod period, List<Area> members) {
    List<BigDecimal> values = given(indicatorCode, period, members);
    if (values == null) {
      return Optional.empty();
    }
    List<BigDecimal> persons = members.size() == 1 ? null
        : personsOfSameTable(indicatorCode).map(code -> given(code, period, members)).orElse(null);
    return Optional.of(new IndicatorValue(indicatorCode, members.get(0), period, combine(indicatorCode, values, persons)));
  }

  /**
   * A figure for any period, also one the source does not give as such (a year of a quarterly table): made
   * from its parts as {@link PeriodFigure} says. Empty when a part is not stored (or the period cannot be
   * made from what the source gives); a null value when a part is not given.
   */
  public Optional<IndicatorValue> figureOver(String indicatorCode, ReportingPeriod period, List<Area> members) {
    Optional<IndicatorValue> exact = figure(indicatorCode, period, members);
    List<ReportingPeriod> parts = sourcePeriods(indicatorCode, period);
    if (exact.isPresent() || parts.equals(List.of(period)) || parts.isEmpty()) {
      return exact;
    }
    List<BigDecimal> values = new ArrayList<>();
    for (ReportingPeriod part : parts) {
      Optional<IndicatorValue> figure = figure(indicatorCode, part, members);
      if (figure.isEmpty()) {
        return Optional.empty();
      }
      values.add(figure.get().value());
    }
    Unit unit = indicators.find(indicatorCode).map(Indicator::unit).orElse(null);
    BigDecimal value = values.contains(null) ? null : PeriodFigure.combine(unit, values);
    return Optional.of(new IndicatorValue(indicatorCode, members.get(0), period, value));
  }

  /** The periods the indicator's source gives that make up the period (see {@link PeriodFigure#parts}). */
  public List<ReportingPeriod> sourcePeriods(String indicatorCode, ReportingPeriod period) {
    PeriodType periodType = sources.find(indicatorCode)
        .filter(selection -> selection.source() != SourceSelection.Source.MANUAL)
        .map(SourceSelection::periodType).orElse(null);
    return PeriodFigure.parts(period, periodType);
  }

  /** Every period all members have a stored figure for, oldest first. */
  public NavigableMap<ReportingPeriod, BigDecimal> series(String indicatorCode, List<Area> members) {
    Map<ReportingPeriod, List<BigDecimal>> values = byPeriod(indicatorCode, members);
    Map<ReportingPeriod, List<BigDecimal>> persons = members.size() == 1 ? Map.of()
        : personsOfSameTable(indicatorCode).map(code -> byPeriod(code, members)).orElse(Map.of());
    NavigableMap<ReportingPeriod, BigDecimal> series = new TreeMap<>();
    values.forEach((period, memberValues) -> series.put(period, combine(indicatorCode, memberValues, persons.get(period))));
    return series;
  }

  /** For a share of the labour force: the full-time persons indicator read from the same source table. */
  public Optional<String> personsOfSameTable(String indicatorCode) {
    return sources.find(indicatorCode)
        .filter(share -> share.measure().contains(SHARE_OF_LABOUR_FORCE))
        .flatMap(share -> sources.all().stream()
            .filter(other -> other.source() == share.source() && other.table().equals(share.table()))
            .map(SourceSelection::indicatorCode)
            .filter(code -> indicators.find(code).map(i -> i.unit() == Unit.FULL_TIME_PERSONS).orElse(false))
            .findFirst());
  }

  /** Each member's figure (null if suppressed), in member order; null when a member has none stored. */
  private List<BigDecimal> given(String indicatorCode, ReportingPeriod period, List<Area> members) {
    List<BigDecimal> values = new ArrayList<>();
    for (Area area : members) {
      Optional<IndicatorStore.Stored> stored = store.find(indicatorCode, area, period);
      if (stored.isEmpty()) {
        return null;
      }
      values.add(stored.get().value().value());
    }
    return values;
  }

  /** The periods every member has a stored figure for, with the members' figures in member order. */
  private Map<ReportingPeriod, List<BigDecimal>> byPeriod(String indicatorCode, List<Area> members) {
    Map<ReportingPeriod, Map<Area, BigDecimal>> stored = new HashMap<>();
    for (IndicatorValue value : store.series(indicatorCode, members)) {
      stored.computeIfAbsent(value.period(), p -> new HashMap<>()).put(value.area(), value.value());
    }
    Map<ReportingPeriod, List<BigDecimal>> complete = new HashMap<>();
    stored.forEach((period, byArea) -> {
      if (byArea.keySet().containsAll(members)) {
        complete.put(period, members.stream().map(byArea::get).toList());
      }
    });
    return complete;
  }

  /** Not given when any member's figure is not; a share without every member's persons cannot be combined. */
  private BigDecimal combine(String indicatorCode, List<BigDecimal> values, List<BigDecimal> persons) {
    if (values.contains(null)) {
      return null;
    }
    Unit unit = indicators.find(indicatorCode).map(Indicator::unit).orElse(null);
    List<BigDecimal> usablePersons = persons == null || persons.contains(null) ? null : persons;
    return JointFigure.combine(unit, values, usablePersons).orElse(null);
  }
}
