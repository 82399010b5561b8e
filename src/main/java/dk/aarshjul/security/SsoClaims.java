package dk.aarshjul.security;

import dk.aarshjul.security.SsoPerson.RoleClaim;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a token's claims (an ID token with its user info, or an access token) as configured in
 * {@link SsoProperties}: who the person is, and which roles the role claim gives, after the aliases.
 */
final class SsoClaims {

  /** What the engine takes as a user id (its {@code user-resource-whitelist-pattern}) and its column holds. */
  static final Pattern USER_ID = Pattern.compile("[a-zA-Z0-9._@-]{1,64}");

  private final SsoProperties properties;

  SsoClaims(SsoProperties properties) {
    this.properties = properties;
  }

  /** @throws IllegalArgumentException when the user id claim (a top-level claim) is missing or not a usable user id */
  SsoPerson person(Map<String, Object> claims) {
    Object userId = claims.get(properties.userIdClaim());
    if (!(userId instanceof String id) || !USER_ID.matcher(id).matches()) {
      throw new IllegalArgumentException("The claim " + properties.userIdClaim() + " is no user id: " + userId);
    }
    String firstName = text(claims, "given_name");
    String lastName = text(claims, "family_name");
    String fullName = text(claims, "name");
    if (firstName == null && lastName == null && fullName != null) {
      // the webapps show "first last": a missing part would read "null"
      int last = fullName.lastIndexOf(' ');
      firstName = last < 0 ? fullName : fullName.substring(0, last);
      lastName = last < 0 ? "" : fullName.substring(last + 1);
    }
    return new SsoPerson(id, firstName == null ? "" : firstName, lastName == null ? "" : lastName, text(claims, "email"),
        roles(claims));
  }

  Set<RoleClaim> roles(Map<String, Object> claims) {
    Set<RoleClaim> roles = new LinkedHashSet<>();
    for (String value : values(value(claims, properties.claim()))) {
      String role = properties.aliases().getOrDefault(value, value).strip();
      int separator = role.indexOf(properties.separator());
      if (separator < 0) {
        roles.add(new RoleClaim(null, role));
      } else if (separator > 0) {
        roles.add(new RoleClaim(role.substring(0, separator).strip(),
            role.substring(separator + properties.separator().length()).strip()));
      }
    }
    return roles;
  }

  /** A claim by its dotted path, {@code realm_access.roles}; a claim whose own name has dots is found too. */
  private static Object value(Map<String, Object> claims, String path) {
    if (claims.containsKey(path)) {
      return claims.get(path);
    }
    int dot = path.indexOf('.');
    if (dot < 0 || !(claims.get(path.substring(0, dot)) instanceof Map<?, ?> nested)) {
      return null;
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> inner = (Map<String, Object>) nested;
    return value(inner, path.substring(dot + 1));
  }

  /** A claim's values: a list, or one string (some providers send one role as a string, or several with spaces). */
  private static List<String> values(Object claim) {
    if (claim instanceof Collection<?> values) {
      return values.stream().filter(String.class::isInstance).map(String.class::cast).filter(v -> !v.isBlank()).toList();
    }
    if (claim instanceof String value && !value.isBlank()) {
      return List.of(value.strip().split("[\\s,]+"));
    }
    return List.of();
  }

  private static String text(Map<String, Object> claims, String name) {
    return claims.get(name) instanceof String value && !value.isBlank() ? value.strip() : null;
  }
}
