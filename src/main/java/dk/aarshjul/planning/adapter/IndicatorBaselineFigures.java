package dk.aarshjul.planning.adapter;

import dk.aarshjul.indicators.application.AreaFigures;
import dk.aarshjul.indicators.application.IndicatorPullService;
import dk.aarshjul.shared.Area;
import dk.aarshjul.indicators.domain.IndicatorValue;
import dk.aarshjul.planning.application.BaselineFigures;
import dk.aarshjul.shared.ReportingPeriod;
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
 * Baselines from the indicator store, pulling the periods it does not hold yet from the sources. A year
 * (or a quarter of a monthly table) is made from the periods the source gives, as {@code PeriodFigure}
 * says; a joint plan's baseline is its municipalities' figures together.
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
    Set<Part> needed = new LinkedHashSet<>();
    for (Wanted w : wanted) {
      List<ReportingPeriod> parts = figures.sourcePeriods(w.indicatorCode(), w.period());
      parts.forEach(part -> needed.add(new Part(w.indicatorCode(), part)));
      if (areas.size() > 1) {
        figures.personsOfSameTable(w.indicatorCode())
            .ifPresent(persons -> parts.forEach(part -> needed.add(new Part(persons, part))));
      }
    }
    Map<String, List<ReportingPeriod>> periodsByCode = new LinkedHashMap<>();
    needed.forEach(p -> periodsByCode.computeIfAbsent(p.indicatorCode(), code -> new ArrayList<>()).add(p.period()));
    pulls.pullAbsent(periodsByCode, areas);
    Map<Wanted, BigDecimal> found = new HashMap<>();
    for (Wanted w : wanted) {
      figures.figureOver(w.indicatorCode(), w.period(), areas)
          .map(IndicatorValue::value)
          .ifPresent(value -> found.put(w, value));
    }
    return found;
  }

  /** A period the indicator's source gives, of those that make up a wanted one. */
  private record Part(String indicatorCode, ReportingPeriod period) {}
}
