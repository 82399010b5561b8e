package dk.aarshjul.tenancy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.aarshjul.shared.TenantId;
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
        .allMatch(id -> id.value().matches("[a-z0-9-]+"), "tenant ids are readable lowercase ASCII");
  }

  @Test
  void knowsTheCodesOfTheSeedMunicipalities() {
    assertThat(catalog.byDstCode("183")).get().extracting(Municipality::name, Municipality::dawaCode, Municipality::tenantId)
        .containsExactly("Ishøj", "0183", TenantId.of("ishoej"));
    assertThat(catalog.byDstCode("187")).get().extracting(Municipality::name).isEqualTo("Vallensbæk");
    assertThat(catalog.byDstCode("185")).get().extracting(Municipality::name, Municipality::tenantId)
        .containsExactly("Tårnby", TenantId.of("taarnby"));
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
    String csv = "dst_code;dawa_code;name;official_name;region_dst_code;region_dawa_code;region_name;tenant_id\n"
        + "183;0187;Ishøj;Ishøj Kommune;084;1084;Region Hovedstaden;ishoej\n";
    assertThatThrownBy(() -> MunicipalityCatalog.fromCsv(new StringReader(csv)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0187");
  }

  @Test
  void officialNamesAreStatisticsDenmarksNames() {
    assertThat(catalog.all()).extracting(Municipality::officialName).doesNotHaveDuplicates()
        .allMatch(name -> name.matches("\\p{Lu}[\\p{L}-]*( [\\p{L}-]+)? (Kommune|Regionskommune)"),
            "a capitalised name followed by Kommune or Regionskommune, nothing after it");
    Map<String, String> specialCases = Map.ofEntries(
        Map.entry("101", "Københavns Kommune"),
        Map.entry("147", "Frederiksberg Kommune"),
        Map.entry("169", "Høje-Taastrup Kommune"),
        Map.entry("173", "Lyngby-Taarbæk Kommune"),
        Map.entry("400", "Bornholms Regionskommune"),
        Map.entry("480", "Nordfyns Kommune"),
        Map.entry("492", "Ærø Kommune"),
        Map.entry("563", "Fanø Kommune"),
        Map.entry("741", "Samsø Kommune"),
        Map.entry("820", "Vesthimmerlands Kommune"),
        Map.entry("825", "Læsø Kommune"),
        Map.entry("860", "Hjørring Kommune"));
    specialCases.forEach((code, name) ->
        assertThat(catalog.byDstCode(code)).get().extracting(Municipality::officialName).isEqualTo(name));
    assertThat(catalog.all()).extracting(Municipality::officialName)
        .doesNotContain("København Kommune", "Bornholm Kommune", "Christiansø Kommune");
  }

  @Test
  void aJointPlanNamesItsMunicipalitiesTogether() {
    var ishoej = catalog.byTenantId(TenantId.of("ishoej")).orElseThrow();
    var vallensbaek = catalog.byTenantId(TenantId.of("vallensbaek")).orElseThrow();
    assertThat(Municipality.danishName(java.util.List.of(ishoej))).isEqualTo("Ishøj Kommune");
    assertThat(Municipality.danishName(java.util.List.of(catalog.byDstCode("101").orElseThrow())))
        .isEqualTo("Københavns Kommune");
    assertThat(Municipality.danishName(java.util.List.of(ishoej, vallensbaek))).isEqualTo("Ishøj og Vallensbæk Kommuner");
  }

  @Test
  void rejectsAnOfficialNameThatIsNotAMunicipalitys() {
    String csv = "dst_code;dawa_code;name;official_name;region_dst_code;region_dawa_code;region_name;tenant_id\n"
        + "183;0183;Ishøj;Ishøj;084;1084;Region Hovedstaden;ishoej\n";
    assertThatThrownBy(() -> MunicipalityCatalog.fromCsv(new StringReader(csv)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("official");
  }
}
