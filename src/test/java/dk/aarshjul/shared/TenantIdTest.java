package dk.aarshjul.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TenantIdTest {

  @Test
  void aMunicipalitysOrACooperationsIdIsATenantId() {
    assertThat(TenantId.of("taarnby").value()).isEqualTo("taarnby");
    assertThat(TenantId.of("ishoej-vallensbaek")).hasToString("ishoej-vallensbaek");
    assertThat(TenantId.parse("lyngby-taarbaek")).contains(TenantId.of("lyngby-taarbaek"));
  }

  @Test
  void everyIdOnboardingAcceptsIsATenantId() {
    // a cooperation's id as onboarding takes it: [a-z0-9][a-z0-9-]{2,63}
    for (String id : List.of("abc", "j0b-center-", "123", "a".repeat(TenantId.MAX_LENGTH))) {
      assertThat(TenantId.parse(id)).as(id).contains(new TenantId(id));
    }
  }

  @Test
  void somethingElseIsNoTenantId() {
    for (String bad : Arrays.asList(null, "", " taarnby", "taarnby ", "Taarnby", "tårnby", "-taarnby", "taarnby_1",
        "taarnby\u0000", "taarnby:planner", "../taarnby", "a".repeat(TenantId.MAX_LENGTH + 1))) {
      assertThat(TenantId.parse(bad)).as(String.valueOf(bad)).isEmpty();
      assertThatThrownBy(() -> TenantId.of(bad)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void sortsByItsValue() {
    assertThat(List.of(TenantId.of("vallensbaek"), TenantId.of("ishoej")).stream().sorted().toList())
        .containsExactly(TenantId.of("ishoej"), TenantId.of("vallensbaek"));
  }
}
