package dk.aarshjul.planning.adapter;

import dk.aarshjul.indicators.application.IndicatorPullService;
import dk.aarshjul.indicators.application.IndicatorStore;
import dk.aarshjul.indicators.domain.Area;
import dk.aarshjul.indicators.domain.Indicator;
import dk.aarshjul.indicators.domain.IndicatorCatalogue;
import dk.aarshjul.indicators.domain.SourceCatalogue;
import dk.aarshjul.indicators.domain.SourceSelection;
import dk.aarshjul.indicators.domain.Unit;
import dk.aarshjul.planning.application.BaselineFigures;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Baselines from the indicator store, pulling the periods it does not hold yet from the sources. A joint
 * plan's baseline is its municipalities' figures together.
 */
@Component
class IndicatorBaselineFigures implements BaselineFigures {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final String SHARE_OF_LABOUR_FORCE = "pct. af arbejdsstyrken";

  private final IndicatorStore store;
  private final IndicatorPullService pulls;
  private final IndicatorCatalogue indicators;
  private final SourceCatalogue sources;

  IndicatorBaselineFigures(IndicatorStore store, IndicatorPullService pulls, IndicatorCatalogue indicators, SourceCatalogue sources) {
    this.store = store;
    this.pulls = pulls;
    this.indicators = indicators;
    this.sources = sources;
  }

  @Override
  public Map<Wanted, BigDecimal> figures(Collection<Wanted> wanted, List<String> municipalityDstCodes) {
    List<Area> areas = municipalityDstCodes.stream().map(Area::municipality).toList();
    Set<Wanted> needed = new LinkedHashSet<>(wanted);
    if (areas.size() > 1) {
      wanted.forEach(w -> personsOfSameTable(w.indicatorCode()).ifPresent(persons -> needed.add(new Wanted(persons, w.period()))));
    }
    pullMissing(needed, areas);
    Map<Wanted, BigDecimal> figures = new HashMap<>();
    for (Wanted w : wanted) {
      combined(w, areas).ifPresent(value -> figures.put(w, value));
    }
    return figures;
  }

  private void pullMissing(Set<Wanted> needed, List<Area> areas) {
    Map<String, List<String>> missingByPeriod = new LinkedHashMap<>();
    needed.stream()
        .filter(w -> areas.stream().anyMatch(area -> store.find(w.indicatorCode(), area, w.period()).isEmpty()))
        .forEach(w -> missingByPeriod.computeIfAbsent(w.period(), p -> new ArrayList<>()).add(w.indicatorCode()));
    missingByPeriod.forEach((period, codes) -> pulls.pull(codes, List.of(period)));
  }

  /** The one municipality's figure, or the members' together; empty where any member's is not given. */
  private Optional<BigDecimal> combined(Wanted wanted, List<Area> areas) {
    List<BigDecimal> values = given(wanted, areas);
    if (values == null) {
      return Optional.empty();
    }
    if (areas.size() == 1) {
      return Optional.of(values.get(0));
    }
    Unit unit = indicators.find(wanted.indicatorCode()).map(Indicator::unit).orElse(null);
    if (unit == Unit.COUNT || unit == Unit.FULL_TIME_PERSONS) {
      return Optional.of(values.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }
    Optional<String> personsCode = personsOfSameTable(wanted.indicatorCode());
    if (unit != Unit.PERCENT || personsCode.isEmpty()) {
      return Optional.empty();
    }
    List<BigDecimal> persons = given(new Wanted(personsCode.get(), wanted.period()), areas);
    return persons == null ? Optional.empty() : jointShare(persons, values);
  }

  /** Σ persons ÷ Σ labour force, each member's labour force being its persons ÷ its share. */
  static Optional<BigDecimal> jointShare(List<BigDecimal> persons, List<BigDecimal> shares) {
    BigDecimal labourForce = BigDecimal.ZERO;
    BigDecimal allPersons = BigDecimal.ZERO;
    for (int i = 0; i < persons.size(); i++) {
      if (shares.get(i).signum() == 0) {
        return Optional.empty();
      }
      labourForce = labourForce.add(persons.get(i).multiply(HUNDRED).divide(shares.get(i), MathContext.DECIMAL64));
      allPersons = allPersons.add(persons.get(i));
    }
    return Optional.of(allPersons.multiply(HUNDRED).divide(labourForce, MathContext.DECIMAL64).setScale(1, RoundingMode.HALF_UP));
  }

  /** Every area's given figure, or null when one is missing or suppressed. */
  private List<BigDecimal> given(Wanted wanted, List<Area> areas) {
    List<BigDecimal> values = new ArrayList<>();
    for (Area area : areas) {
      BigDecimal value = store.find(wanted.indicatorCode(), area, wanted.period()).map(s -> s.value().value()).orElse(null);
      if (value == null) {
        return null;
      }
      values.add(value);
    }
    return values;
  }

  /** For a share of the labour force: the full-time persons indicator read from the same source table. */
  private Optional<String> personsOfSameTable(String indicatorCode) {
    return sources.find(indicatorCode)
        .filter(share -> share.measure().contains(SHARE_OF_LABOUR_FORCE))
        .flatMap(share -> sources.all().stream()
            .filter(other -> other.source() == share.source() && other.table().equals(share.table()))
            .map(SourceSelection::indicatorCode)
            .filter(code -> indicators.find(code).map(i -> i.unit() == Unit.FULL_TIME_PERSONS).orElse(false))
            .findFirst());
  }
}
