package dk.aarshjul.indicators.application;

import dk.aarshjul.indicators.domain.Area;
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
   * @param own the municipality's Statistics Denmark code
   * @param comparisons other municipalities' codes, e.g. Brøndby ("153") for Ishøj
   */
  public Benchmarks benchmarks(String indicatorCode, ReportingPeriod period, String own, List<String> comparisons, Ranking.Better better) {
    Municipality municipality = municipalities.byDstCode(own)
        .orElseThrow(() -> new IllegalArgumentException("Ukendt kommunekode " + own));
    Map<Area, BigDecimal> values = new HashMap<>();
    for (IndicatorValue value : store.values(indicatorCode, period)) {
      values.put(value.area(), value.value());
    }
    Map<String, BigDecimal> byMunicipality = byMunicipality(values);
    Map<String, BigDecimal> compared = new LinkedHashMap<>();
    comparisons.forEach(code -> compared.put(code, byMunicipality.get(code)));
    return new Benchmarks(indicatorCode, period, byMunicipality.get(own), values.get(Area.region(municipality.regionDstCode())),
        values.get(Area.COUNTRY), compared, Ranking.of(byMunicipality, own, better));
  }

  /** The municipality's rank among all municipalities with a figure for the period; the one place a rank is computed. */
  public Optional<Ranking> rank(String indicatorCode, ReportingPeriod period, String own, Ranking.Better better) {
    Map<Area, BigDecimal> values = new HashMap<>();
    for (IndicatorValue value : store.values(indicatorCode, period)) {
      values.put(value.area(), value.value());
    }
    return Ranking.of(byMunicipality(values), own, better);
  }

  private static Map<String, BigDecimal> byMunicipality(Map<Area, BigDecimal> values) {
    Map<String, BigDecimal> byMunicipality = new HashMap<>();
    values.forEach((area, value) -> {
      if (area.type() == Area.Type.MUNICIPALITY) {
        byMunicipality.put(area.code(), value);
      }
    });
    return byMunicipality;
  }

  /** Null values are figures that are not given (not published, or not pulled yet). */
  public record Benchmarks(String indicatorCode, ReportingPeriod period, BigDecimal value, BigDecimal region, BigDecimal country,
      Map<String, BigDecimal> comparisons, Optional<Ranking> rank) {}
}
