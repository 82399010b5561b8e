package dk.aarshjul.planning.adapter;

import dk.aarshjul.indicators.application.AreaFigures;
import dk.aarshjul.indicators.application.IndicatorPullService;
import dk.aarshjul.indicators.application.IndicatorStore;
import dk.aarshjul.indicators.domain.Area;
import dk.aarshjul.indicators.domain.IndicatorValue;
import dk.aarshjul.planning.application.BaselineFigures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Baselines from the indicator store, pulling the periods it does not hold yet from the sources. A joint
 * plan's baseline is its municipalities' figures together.
 */
@Component
class IndicatorBaselineFigures implements BaselineFigures {

  private final IndicatorStore store;
  private final IndicatorPullService pulls;
  private final AreaFigures figures;

  IndicatorBaselineFigures(IndicatorStore store, IndicatorPullService pulls, AreaFigures figures) {
    this.store = store;
    this.pulls = pulls;
    this.figures = figures;
  }

  @Override
  public Map<Wanted, BigDecimal> figures(Collection<Wanted> wanted, List<String> municipalityDstCodes) {
    List<Area> areas = municipalityDstCodes.stream().map(Area::municipality).toList();
    Set<Wanted> needed = new LinkedHashSet<>(wanted);
    if (areas.size() > 1) {
      wanted.forEach(w -> figures.personsOfSameTable(w.indicatorCode()).ifPresent(persons -> needed.add(new Wanted(persons, w.period()))));
    }
    pullMissing(needed, areas);
    Map<Wanted, BigDecimal> found = new HashMap<>();
    for (Wanted w : wanted) {
      figures.figure(w.indicatorCode(), w.period(), areas)
          .map(IndicatorValue::value)
          .ifPresent(value -> found.put(w, value));
    }
    return found;
  }

  private void pullMissing(Set<Wanted> needed, List<Area> areas) {
    Map<String, List<String>> missingByPeriod = new LinkedHashMap<>();
    needed.stream()
        .filter(w -> areas.stream().anyMatch(area -> store.find(w.indicatorCode(), area, w.period()).isEmpty()))
        .forEach(w -> missingByPeriod.computeIfAbsent(w.period(), p -> new ArrayList<>()).add(w.indicatorCode()));
    missingByPeriod.forEach((period, codes) -> pulls.pull(codes, List.of(period)));
  }
}
