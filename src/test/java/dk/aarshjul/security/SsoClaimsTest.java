package dk.aarshjul.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.aarshjul.security.SsoPerson.RoleClaim;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a token's claims become a person with roles, for the claim shapes Entra ID and Keycloak send. */
class SsoClaimsTest {

  static SsoClaims claims(String claim, String separator, Map<String, String> aliases) {
    return new SsoClaims(new SsoProperties(true, claim, separator, null, aliases));
  }

  static final SsoClaims DEFAULTS = new SsoClaims(new SsoProperties(true, null, null, null, null));

  @Test
  void aGroupsClaimGivesRolesInMunicipalitiesAndOnThePlatform() {
    SsoPerson person = DEFAULTS.person(Map.of("preferred_username", "mette.jensen@taarnby.dk", "sub", "x1",
        "given_name", "Mette", "family_name", "Jensen", "email", "mette.jensen@taarnby.dk",
        "groups", List.of("taarnby:planner", "ishoej:disability-council", "operator", "")));

    assertThat(person.userId()).isEqualTo("mette.jensen@taarnby.dk");
    assertThat(person.firstName()).isEqualTo("Mette");
    assertThat(person.lastName()).isEqualTo("Jensen");
    assertThat(person.email()).isEqualTo("mette.jensen@taarnby.dk");
    assertThat(person.roles()).containsExactlyInAnyOrder(new RoleClaim("taarnby", "planner"),
        new RoleClaim("ishoej", "disability-council"), new RoleClaim(null, "operator"));
  }

  @Test
  void keycloaksRealmRolesAreFoundByADottedPathAndAnotherSeparator() {
    SsoClaims keycloak = claims("realm_access.roles", "/", Map.of());
    SsoPerson person = keycloak.person(Map.of("preferred_username", "lars",
        "realm_access", Map.of("roles", List.of("default-roles-aarshjul", "vordingborg/committee", "offline_access"))));

    assertThat(person.roles()).contains(new RoleClaim("vordingborg", "committee"), new RoleClaim(null, "offline_access"));
  }

  @Test
  void entraIdGroupObjectIdsBecomeRolesThroughAliases() {
    SsoClaims entra = claims("groups", null, Map.of("6f1c2a8e-0b7e-4a55-9d3b-2f1f0c0e1a11", "broendby:secretariat"));
    SsoPerson person = entra.person(Map.of("preferred_username", "anne",
        "groups", List.of("6f1c2a8e-0b7e-4a55-9d3b-2f1f0c0e1a11", "d2b5...-unknown")));

    assertThat(person.roles()).contains(new RoleClaim("broendby", "secretariat"));
  }

  @Test
  void aClaimWithOneStringHoldsOneOrMoreRoles() {
    assertThat(claims("roles", null, null).roles(Map.of("roles", "taarnby:planner taarnby:committee")))
        .containsExactlyInAnyOrder(new RoleClaim("taarnby", "planner"), new RoleClaim("taarnby", "committee"));
  }

  @Test
  void withoutTheRoleClaimThePersonHasNoRole() {
    assertThat(DEFAULTS.person(Map.of("preferred_username", "ole")).roles()).isEmpty();
    assertThat(DEFAULTS.person(Map.of("preferred_username", "ole", "groups", 42)).roles()).isEmpty();
    assertThat(DEFAULTS.roles(Map.of("groups", List.of(":planner")))).as("no municipality before the separator").isEmpty();
  }

  @Test
  void theNameFallsBackToTheFullNameAndAMissingPartIsEmpty() {
    SsoPerson person = DEFAULTS.person(Map.of("preferred_username", "ole", "name", "Ole Bent Olsen"));
    assertThat(person.firstName() + "|" + person.lastName()).isEqualTo("Ole Bent|Olsen");
    SsoPerson given = DEFAULTS.person(Map.of("preferred_username", "ole", "given_name", "Ole"));
    assertThat(given.firstName() + "|" + given.lastName()).as("never \"null\" in the webapps' header").isEqualTo("Ole|");
    SsoPerson none = DEFAULTS.person(Map.of("preferred_username", "ole"));
    assertThat(none.firstName() + "|" + none.lastName()).isEqualTo("|");
  }

  @Test
  void aTokenWithoutAUsableUserIdIsRefused() {
    assertThatThrownBy(() -> DEFAULTS.person(Map.of("sub", "x1"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DEFAULTS.person(Map.of("preferred_username", "ole olsen")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DEFAULTS.person(Map.of("preferred_username", "x".repeat(65))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
