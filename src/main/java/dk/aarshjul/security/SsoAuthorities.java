package dk.aarshjul.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What Spring Security knows of a person who came through single sign-on: a {@code GROUP_} authority per
 * group, or, when the roles gave no group at all, {@link #UNMAPPED}: logged in, but no municipality's staff.
 */
final class SsoAuthorities {

  static final String UNMAPPED = "SSO_UNMAPPED";
  static final String UNMAPPED_DETAIL = "Din bruger er ikke knyttet til en kommune i Årshjul, så der er intet at vise. "
      + "Bed din kommunes administrator om at give dig en rolle i Årshjul (fx planlægger) i kommunens login.";

  private SsoAuthorities() {}

  static List<GrantedAuthority> of(AarshjulUser user) {
    List<GrantedAuthority> authorities = new ArrayList<>();
    user.groupIds().forEach(g -> authorities.add(new SimpleGrantedAuthority(CamundaIdentityAuthenticationProvider.GROUP_AUTHORITY_PREFIX + g)));
    if (authorities.isEmpty()) {
      authorities.add(new SimpleGrantedAuthority(UNMAPPED));
    }
    return authorities;
  }

  static boolean isUnmapped(Authentication authentication) {
    return authentication != null && authentication.getAuthorities().stream().anyMatch(a -> UNMAPPED.equals(a.getAuthority()));
  }
}
