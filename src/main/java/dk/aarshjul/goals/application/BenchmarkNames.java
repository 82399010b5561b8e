package dk.aarshjul.goals.application;

import dk.aarshjul.shared.Area;
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
    Area area = benchmark.area();
    return switch (area.type()) {
      case COUNTRY -> "hele landet";
      case REGION -> municipalities.all().stream().filter(m -> m.regionDstCode().equals(area.code()))
          .map(Municipality::regionName).findFirst().orElse("region " + area.code());
      case MUNICIPALITY -> municipalities.byDstCode(area.code()).map(Municipality::officialName)
          .orElse("kommune " + area.code());
    };
  }
}
