package dk.aarshjul.security;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks HTTP Basic credentials against the process engine's identity store (the same users that log in
 * to Tasklist) and loads the caller's groups and tenants.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  static final String GROUP_AUTHORITY_PREFIX = "GROUP_";

  private final IdentityService identity;

  CamundaIdentityAuthenticationProvider(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (userId == null || credentials == null || !identity.checkPassword(userId, credentials.toString())) {
      throw new BadCredentialsException("Forkert brugernavn eller adgangskode");
    }
    return authenticated(load(userId));
  }

  Authentication authenticated(AarshjulUser user) {
    List<GrantedAuthority> authorities = new ArrayList<>();
    user.groupIds().forEach(g -> authorities.add(new SimpleGrantedAuthority(GROUP_AUTHORITY_PREFIX + g)));
    return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
  }

  boolean exists(String userId) {
    return userId != null && identity.createUserQuery().userId(userId).count() == 1;
  }

  AarshjulUser load(String userId) {
    Set<String> groups =
        identity.createGroupQuery().groupMember(userId).list().stream()
            .map(Group::getId)
            .collect(Collectors.toSet());
    Set<String> tenants =
        identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
            .map(Tenant::getId)
            .collect(Collectors.toCollection(HashSet::new));
    return new AarshjulUser(userId, groups, tenants);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
