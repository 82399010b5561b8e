package dk.aarshjul.indicators.application;

import dk.aarshjul.indicators.domain.Area;
import dk.aarshjul.indicators.domain.Indicator;
import dk.aarshjul.indicators.domain.IndicatorCatalogue;
import dk.aarshjul.indicators.domain.IndicatorValue;
import dk.aarshjul.indicators.domain.JointFigure;
import dk.aarshjul.indicators.domain.SourceCatalogue;
import dk.aarshjul.indicators.domain.SourceSelection;
import dk.aarshjul.indicators.domain.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
  public Optional<IndicatorValue> figure(String indicatorCode, String period, List<Area> members) {
    List<BigDecimal> values = new ArrayList<>();
    for (Area area : members) {
      Optional<IndicatorStore.Stored> stored = store.find(indicatorCode, area, period);
      if (stored.isEmpty()) {
        return Optional.empty();
      }
      values.add(stored.get().value().value());
    }
    return Optional.of(new IndicatorValue(indicatorCode, members.get(0), period, combine(indicatorCode, period, values, members)));
  }

  /** Every stored period's figure, oldest first (periods of the same type sort as text). */
  public Map<String, BigDecimal> series(String indicatorCode, List<Area> members) {
    Map<String, Map<Area, BigDecimal>> byPeriod = new TreeMap<>();
    for (IndicatorValue value : store.series(indicatorCode, members)) {
      byPeriod.computeIfAbsent(value.period(), p -> new HashMap<>()).put(value.area(), value.value());
    }
    Map<String, BigDecimal> series = new TreeMap<>();
    byPeriod.forEach((period, values) -> {
      if (values.size() == members.size()) {
        List<BigDecimal> ordered = members.stream().map(values::get).toList();
        series.put(period, ordered.contains(null) ? null : combine(indicatorCode, period, ordered, members));
      }
    });
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

  private BigDecimal combine(String indicatorCode, String period, List<BigDecimal> values, List<Area> members) {
    if (values.contains(null)) {
      return null;
    }
    if (members.size() == 1) {
      return values.get(0);
    }
    Unit unit = indicators.find(indicatorCode).map(Indicator::unit).orElse(null);
    List<BigDecimal> persons = personsOfSameTable(indicatorCode)
        .map(code -> members.stream().map(area -> store.find(code, area, period).map(s -> s.value().value()).orElse(null)).toList())
        .filter(list -> !list.contains(null))
        .orElse(null);
    return JointFigure.combine(unit, values, persons).orElse(null);
  }
}
