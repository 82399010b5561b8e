package dk.aarshjul.planning.adapter;

import dk.aarshjul.indicators.application.IndicatorPullService;
import dk.aarshjul.indicators.application.IndicatorStore;
import dk.aarshjul.indicators.domain.Area;
import dk.aarshjul.planning.application.BaselineFigures;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A baseline from the indicator store, pulling the period from the source when it is not stored yet. */
@Component
class IndicatorBaselineFigures implements BaselineFigures {

  private final IndicatorStore store;
  private final IndicatorPullService pulls;

  IndicatorBaselineFigures(IndicatorStore store, IndicatorPullService pulls) {
    this.store = store;
    this.pulls = pulls;
  }

  @Override
  public Optional<BigDecimal> figure(String indicatorCode, String period, String municipalityDstCode) {
    Area area = Area.municipality(municipalityDstCode);
    if (store.find(indicatorCode, area, period).isEmpty()) {
      pulls.pull(List.of(indicatorCode), List.of(period));
    }
    return store.find(indicatorCode, area, period).map(stored -> stored.value().value());
  }
}
