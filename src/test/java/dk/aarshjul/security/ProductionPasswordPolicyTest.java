package dk.aarshjul.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class ProductionPasswordPolicyTest {

  final ProductionPasswordPolicy policy = new ProductionPasswordPolicy();

  @Test
  void shortKnownRepetitiveOrNameLikePasswordsAreWeak() {
    assertThat(ProductionPasswordPolicy.isWeak("demo", "operator")).isTrue();
    assertThat(ProductionPasswordPolicy.isWeak("Password1234", "operator")).isTrue();
    assertThat(ProductionPasswordPolicy.isWeak("aaaaaaaaaaaaaaa", "operator")).isTrue();
    assertThat(ProductionPasswordPolicy.isWeak("operator-2026-hemmelig", "operator")).isTrue();
    assertThat(ProductionPasswordPolicy.isWeak("Vestamager-Sø-2026!", "operator")).isFalse();
  }

  @Test
  void withoutTheDemoProfileAWeakPasswordStopsTheStart() {
    MockEnvironment environment = new MockEnvironment()
        .withProperty("camunda.bpm.admin-user.id", "admin").withProperty("camunda.bpm.admin-user.password", "admin");
    assertThatThrownBy(() -> policy.postProcessEnvironment(environment, new SpringApplication()))
        .hasMessageContaining("camunda.bpm.admin-user.password");
  }

  @Test
  void theDemoProfileKeepsItsDemoPasswords() {
    MockEnvironment environment = new MockEnvironment().withProperty("aarshjul.bootstrap.operator-password", "demo");
    environment.setActiveProfiles("demo");
    assertThatCode(() -> policy.postProcessEnvironment(environment, new SpringApplication())).doesNotThrowAnyException();
  }

  @Test
  void noConfiguredAccountIsNoProblem() {
    assertThatCode(() -> policy.postProcessEnvironment(new MockEnvironment(), new SpringApplication())).doesNotThrowAnyException();
  }
}
