package dk.aarshjul.indicators.adapter.http;

import dk.aarshjul.shared.Area;
import dk.aarshjul.tenancy.domain.Municipality;
import dk.aarshjul.tenancy.domain.MunicipalityCatalog;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The areas as the sources name them: "Ishøj", "Region Hovedstaden", "Hele landet". */
final class AreaNames {

  private final Map<String, Area> byName = new HashMap<>();

  AreaNames(MunicipalityCatalog municipalities) {
    byName.put(key("Hele landet"), Area.COUNTRY);
    for (Municipality m : municipalities.all()) {
      byName.put(key(m.name()), Area.municipality(m.dstCode()));
      byName.put(key(m.name() + " Kommune"), Area.municipality(m.dstCode()));
      byName.put(key(m.officialName()), Area.municipality(m.dstCode()));
      byName.put(key(m.regionName()), Area.region(m.regionDstCode()));
    }
  }

  Optional<Area> find(String name) {
    return Optional.ofNullable(byName.get(key(name)));
  }

  private static String key(String name) {
    return name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
  }
}
