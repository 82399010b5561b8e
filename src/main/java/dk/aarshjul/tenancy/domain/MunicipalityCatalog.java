package dk.aarshjul.tenancy.domain;

import dk.aarshjul.shared.SemicolonFile;
import dk.aarshjul.shared.TenantId;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** All municipalities of Denmark, read once from the data file shipped with the platform. */
public final class MunicipalityCatalog {

  private final Map<TenantId, Municipality> byTenantId = new LinkedHashMap<>();
  private final Map<String, Municipality> byDstCode = new LinkedHashMap<>();

  private MunicipalityCatalog(List<Municipality> municipalities) {
    for (Municipality m : municipalities) {
      if (byTenantId.put(m.tenantId(), m) != null || byDstCode.put(m.dstCode(), m) != null) {
        throw new IllegalArgumentException("Duplicate municipality " + m);
      }
    }
  }

  /** Reads {@code dst_code;dawa_code;name;official_name;region_dst_code;region_dawa_code;region_name;tenant_id} lines. */
  public static MunicipalityCatalog fromCsv(Reader reader) {
    List<Municipality> municipalities = new ArrayList<>();
    for (String[] f : SemicolonFile.rows(reader, 8)) {
      municipalities.add(new Municipality(f[0], f[1], f[2], f[3], f[4], f[5], f[6], TenantId.of(f[7])));
    }
    return new MunicipalityCatalog(municipalities);
  }

  public List<Municipality> all() {
    return Collections.unmodifiableList(new ArrayList<>(byTenantId.values()));
  }

  public Optional<Municipality> byTenantId(TenantId tenantId) {
    return Optional.ofNullable(byTenantId.get(tenantId));
  }

  public Optional<Municipality> byDstCode(String dstCode) {
    return Optional.ofNullable(byDstCode.get(dstCode));
  }
}
