package dk.aarshjul.security;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A login through the identity provider: the ID token and user info as Spring reads them, then the engine's
 * user brought up to date with the person's name, e-mail and roles ({@link SsoUsers#signIn}). The user's
 * name in Spring is the engine's user id.
 */
final class SsoOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

  private final OidcUserService provider = new OidcUserService();
  private final SsoClaims claims;
  private final SsoUsers users;
  private final String userIdClaim;

  SsoOidcUserService(SsoClaims claims, SsoUsers users, String userIdClaim) {
    this.claims = claims;
    this.users = users;
    this.userIdClaim = userIdClaim;
  }

  @Override
  public OidcUser loadUser(OidcUserRequest request) {
    OidcUser oidcUser = provider.loadUser(request);
    SsoPerson person;
    try {
      person = claims.person(oidcUser.getClaims());
    } catch (IllegalArgumentException e) {
      throw new OAuth2AuthenticationException(new OAuth2Error("invalid_user_id", e.getMessage(), null), e);
    }
    AarshjulUser user = users.signIn(person);
    return new DefaultOidcUser(SsoAuthorities.of(user), oidcUser.getIdToken(), oidcUser.getUserInfo(), userIdClaim);
  }
}
