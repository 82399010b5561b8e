package dk.aarshjul.goals.application;

import dk.aarshjul.indicators.domain.Area;
import dk.aarshjul.goals.domain.Benchmark;
import dk.aarshjul.tenancy.domain.Municipality;
import dk.aarshjul.tenancy.domain.MunicipalityCatalog;
import org.springframework.stereotype.Component;

/** What a benchmark is called in forms and reports ("hele landet", "Region Hovedstaden", "Brøndby Kommune"). */
@Component
public class BenchmarkNames {

  private final MunicipalityCatalog municipalities;

  public BenchmarkNames(MunicipalityCatalog municipalities) {
    this.municipalities = municipalities;
  }

  public String name(Benchmark benchmark) {
    return switch (benchmark.type()) {
      case COUNTRY -> "hele landet";
      case REGION -> municipalities.all().stream().filter(m -> m.regionDstCode().equals(benchmark.areaCode()))
          .map(Municipality::regionName).findFirst().orElse("region " + benchmark.areaCode());
      case MUNICIPALITY -> municipalities.byDstCode(benchmark.areaCode()).map(Municipality::officialName)
          .orElse("kommune " + benchmark.areaCode());
    };
  }

  /** The area whose figures the benchmark is. */
  public static Area area(Benchmark benchmark) {
    return switch (benchmark.type()) {
      case COUNTRY -> Area.COUNTRY;
      case REGION -> Area.region(benchmark.areaCode());
      case MUNICIPALITY -> Area.municipality(benchmark.areaCode());
    };
  }
}
