package dk.aarshjul.security;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Single sign-on with OpenID Connect ({@code aarshjul.sso.*}); the provider itself is Spring's
 * {@code spring.security.oauth2.client.*} and {@code spring.security.oauth2.resourceserver.jwt.*}.
 *
 * @param enabled login to the webapps through the provider, and bearer tokens for the APIs
 * @param claim the claim with the person's roles, a dotted path into nested claims ({@code realm_access.roles})
 * @param separator between municipality and role in a claim's value ({@code taarnby:planner})
 * @param userIdClaim the claim that is the person's user id in the engine
 * @param aliases claim values that stand for a role, e.g. an Entra ID group's object id for {@code taarnby:planner}
 */
@ConfigurationProperties("aarshjul.sso")
public record SsoProperties(
    boolean enabled, String claim, String separator, String userIdClaim, Map<String, String> aliases) {

  public SsoProperties {
    claim = claim == null || claim.isBlank() ? "groups" : claim.strip();
    separator = separator == null || separator.isEmpty() ? ":" : separator;
    userIdClaim = userIdClaim == null || userIdClaim.isBlank() ? "preferred_username" : userIdClaim.strip();
    aliases = aliases == null ? Map.of() : Map.copyOf(aliases);
  }
}
