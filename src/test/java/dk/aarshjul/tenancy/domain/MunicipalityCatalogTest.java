package dk.aarshjul.tenancy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MunicipalityCatalogTest {

  static MunicipalityCatalog catalog;

  @BeforeAll
  static void load() throws Exception {
    try (var in = MunicipalityCatalogTest.class.getResourceAsStream("/tenancy/municipalities.csv")) {
      catalog = MunicipalityCatalog.fromCsv(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
  }

  @Test
  void holdsAllNinetyEightMunicipalities() {
    assertThat(catalog.all()).hasSize(98);
  }

  @Test
  void codesNamesAndTenantIdsAreUnique() {
    assertThat(catalog.all()).extracting(Municipality::dstCode).doesNotHaveDuplicates();
    assertThat(catalog.all()).extracting(Municipality::dawaCode).doesNotHaveDuplicates();
    assertThat(catalog.all()).extracting(Municipality::name).doesNotHaveDuplicates();
    assertThat(catalog.all()).extracting(Municipality::tenantId).doesNotHaveDuplicates()
        .allMatch(id -> id.matches("[a-z0-9-]+"), "tenant ids are readable lowercase ASCII");
  }

  @Test
  void knowsTheCodesOfTheSeedMunicipalities() {
    assertThat(catalog.byDstCode("183")).get().extracting(Municipality::name, Municipality::dawaCode, Municipality::tenantId)
        .containsExactly("Ishøj", "0183", "ishoej");
    assertThat(catalog.byDstCode("187")).get().extracting(Municipality::name).isEqualTo("Vallensbæk");
    assertThat(catalog.byDstCode("185")).get().extracting(Municipality::name, Municipality::tenantId)
        .containsExactly("Tårnby", "taarnby");
    assertThat(catalog.byDstCode("153")).get().extracting(Municipality::name).isEqualTo("Brøndby");
    assertThat(catalog.byDstCode("390")).get().extracting(Municipality::name, Municipality::regionName)
        .containsExactly("Vordingborg", "Region Sjælland");
  }

  @Test
  void christiansoeIsNotAMunicipality() {
    assertThat(catalog.byDstCode("411")).isEmpty();
    assertThat(catalog.all()).extracting(Municipality::name).doesNotContain("Christiansø");
  }

  @Test
  void everyRegionHasItsMunicipalities() {
    Map<String, Long> perRegion = catalog.all().stream()
        .collect(Collectors.groupingBy(Municipality::regionDawaCode, Collectors.counting()));
    assertThat(perRegion).containsExactlyInAnyOrderEntriesOf(
        Map.of("1081", 11L, "1082", 19L, "1083", 22L, "1084", 29L, "1085", 17L));
  }

  @Test
  void rejectsADawaCodeThatDoesNotMatch() {
    String csv = "dst_code;dawa_code;name;region_dst_code;region_dawa_code;region_name;tenant_id\n"
        + "183;0187;Ishøj;084;1084;Region Hovedstaden;ishoej\n";
    assertThatThrownBy(() -> MunicipalityCatalog.fromCsv(new StringReader(csv)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0187");
  }
}
