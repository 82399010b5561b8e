package dk.aarshjul.tenancy.domain;

import dk.aarshjul.shared.TenantId;
import java.util.List;
import java.util.Objects;

/**
 * A Danish municipality and the tenant that represents it.
 *
 * @param dstCode Statistics Denmark's 3-digit area code without leading zeros ("183")
 * @param dawaCode DAWA's 4-digit code ("0183")
 * @param name the short name the data sources use ("København", "Ishøj")
 * @param officialName the name in Statistics Denmark's list ("Københavns Kommune", "Bornholms Regionskommune")
 * @param regionDstCode Statistics Denmark's region code ("084")
 * @param regionDawaCode DAWA's region code (1081-1085)
 * @param tenantId the stable, readable Camunda tenant id ("ishoej")
 */
public record Municipality(
    String dstCode,
    String dawaCode,
    String name,
    String officialName,
    String regionDstCode,
    String regionDawaCode,
    String regionName,
    TenantId tenantId) {

  /** "Tårnby Kommune", or for municipalities that plan together "Ishøj og Vallensbæk Kommuner". */
  public static String danishName(List<Municipality> municipalities) {
    if (municipalities.size() == 1) {
      return municipalities.get(0).officialName();
    }
    List<String> names = municipalities.stream().map(Municipality::name).toList();
    return String.join(" og ", names) + " Kommuner";
  }

  public Municipality {
    Objects.requireNonNull(dstCode);
    Objects.requireNonNull(dawaCode);
    Objects.requireNonNull(name);
    Objects.requireNonNull(officialName);
    Objects.requireNonNull(tenantId);
    if (!dstCode.matches("[1-9][0-9]{2}")) {
      throw new IllegalArgumentException("Not a 3-digit municipality code: " + dstCode);
    }
    if (!dawaCode.equals("0" + dstCode)) {
      throw new IllegalArgumentException("DAWA code " + dawaCode + " does not match " + dstCode);
    }
    if (!officialName.matches("\\p{Lu}.* (Kommune|Regionskommune)")) {
      throw new IllegalArgumentException("Not an official municipality name: " + officialName);
    }
  }
}
