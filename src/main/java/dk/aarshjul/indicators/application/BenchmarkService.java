package dk.aarshjul.indicators.application;

import dk.aarshjul.shared.Area;
import dk.aarshjul.indicators.domain.IndicatorValue;
import dk.aarshjul.indicators.domain.Ranking;
import dk.aarshjul.tenancy.domain.Municipality;
import dk.aarshjul.tenancy.domain.MunicipalityCatalog;
import dk.aarshjul.shared.ReportingPeriod;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * A municipality's figure set against its benchmarks: its region, the whole country, named comparison
 * municipalities, and its rank among all 98 (for "in the best third" goals).
 */
@Service
public class BenchmarkService {

  private final IndicatorStore store;
  private final MunicipalityCatalog municipalities;

  public BenchmarkService(IndicatorStore store, MunicipalityCatalog municipalities) {
    this.store = store;
    this.municipalities = municipalities;
  }

  /**
   * @param municipality the municipality set against its benchmarks
   * @param comparisons other municipalities, e.g. Brøndby ("153") for Ishøj
   */
  public Benchmarks benchmarks(String indicatorCode, ReportingPeriod period, Area municipality, List<Area> comparisons,
      Ranking.Better better) {
    Municipality known = municipalities.byDstCode(municipality.code())
        .orElseThrow(() -> new IllegalArgumentException("Ukendt kommunekode " + municipality.code()));
    Map<Area, BigDecimal> values = figures(indicatorCode, period);
    Map<Area, BigDecimal> compared = new LinkedHashMap<>();
    comparisons.forEach(area -> compared.put(area, values.get(area)));
    return new Benchmarks(indicatorCode, period, values.get(municipality), values.get(Area.region(known.regionDstCode())),
        values.get(Area.COUNTRY), compared, Ranking.of(values, municipality, better));
  }

  /** The municipality's rank among all municipalities with a figure for the period; the one place a rank is computed. */
  public Optional<Ranking> rank(String indicatorCode, ReportingPeriod period, Area municipality, Ranking.Better better) {
    return Ranking.of(figures(indicatorCode, period), municipality, better);
  }

  private Map<Area, BigDecimal> figures(String indicatorCode, ReportingPeriod period) {
    Map<Area, BigDecimal> values = new HashMap<>();
    for (IndicatorValue value : store.values(indicatorCode, period)) {
      values.put(value.area(), value.value());
    }
    return values;
  }

  /** Null values are figures that are not given (not published, or not pulled yet). */
  public record Benchmarks(String indicatorCode, ReportingPeriod period, BigDecimal value, BigDecimal region, BigDecimal country,
      Map<Area, BigDecimal> comparisons, Optional<Ranking> rank) {}
}
