package dk.aarshjul.planning.adapter;

import dk.aarshjul.indicators.application.AreaFigures;
import dk.aarshjul.indicators.application.IndicatorPullService;
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

  private final IndicatorPullService pulls;
  private final AreaFigures figures;

  IndicatorBaselineFigures(IndicatorPullService pulls, AreaFigures figures) {
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
    Map<String, List<String>> periodsByCode = new LinkedHashMap<>();
    needed.forEach(w -> periodsByCode.computeIfAbsent(w.indicatorCode(), code -> new ArrayList<>()).add(w.period()));
    pulls.pullAbsent(periodsByCode, areas);
    Map<Wanted, BigDecimal> found = new HashMap<>();
    for (Wanted w : wanted) {
      figures.figure(w.indicatorCode(), w.period(), areas)
          .map(IndicatorValue::value)
          .ifPresent(value -> found.put(w, value));
    }
    return found;
  }
}
