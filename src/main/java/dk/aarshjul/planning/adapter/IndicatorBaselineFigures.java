package dk.aarshjul.planning.adapter;

import dk.aarshjul.indicators.application.IndicatorPullService;
import dk.aarshjul.indicators.application.IndicatorStore;
import dk.aarshjul.indicators.domain.Area;
import dk.aarshjul.planning.application.BaselineFigures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Baselines from the indicator store, pulling the periods it does not hold yet from the sources. */
@Component
class IndicatorBaselineFigures implements BaselineFigures {

  private final IndicatorStore store;
  private final IndicatorPullService pulls;

  IndicatorBaselineFigures(IndicatorStore store, IndicatorPullService pulls) {
    this.store = store;
    this.pulls = pulls;
  }

  @Override
  public Map<Wanted, BigDecimal> figures(Collection<Wanted> wanted, String municipalityDstCode) {
    Area area = Area.municipality(municipalityDstCode);
    Map<String, List<String>> missingByPeriod = new LinkedHashMap<>();
    wanted.stream().distinct()
        .filter(w -> store.find(w.indicatorCode(), area, w.period()).isEmpty())
        .forEach(w -> missingByPeriod.computeIfAbsent(w.period(), p -> new ArrayList<>()).add(w.indicatorCode()));
    missingByPeriod.forEach((period, codes) -> pulls.pull(codes, List.of(period)));
    Map<Wanted, BigDecimal> figures = new HashMap<>();
    for (Wanted w : wanted) {
      store.find(w.indicatorCode(), area, w.period())
          .map(stored -> stored.value().value())
          .ifPresent(value -> figures.put(w, value));
    }
    return figures;
  }
}
