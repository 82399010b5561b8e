package dk.aarshjul.security;

import static org.springframework.security.authorization.AuthenticatedAuthorizationManager.authenticated;
import static org.springframework.security.authorization.AuthorityAuthorizationManager.hasAuthority;

import dk.aarshjul.web.Problems;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Single sign-on with OpenID Connect, when {@code aarshjul.sso.enabled}: the webapps log in through the
 * identity provider (and out of it), our API and the engine's take its access tokens. Both give the same
 * {@link AarshjulUser} as a Basic login would, so the engine's tenant check, candidate groups and
 * {@link EngineApiGuard} work unchanged. A person whose roles give no group is logged in but let nowhere.
 * See docs/adr/0013-single-sign-on-with-openid-connect.md.
 */
final class SingleSignOn {

  static final String NO_MUNICIPALITY_PAGE = "/sso/ingen-kommune";
  static final String LOGGED_OUT_PAGE = "/sso/logget-ud";
  static final String LOGIN_FAILED_PAGE = "/sso/login-fejl";
  static final String LOGOUT = "/sso/log-ud";
  private static final RequestMatcher WEBAPP_API = PathPatternRequestMatcher.withDefaults().matcher("/camunda/api/**");

  private final boolean enabled;
  private final SsoProperties properties;
  private final SsoClaims claims;
  private final SsoUsers users;
  private final ProcessEngine engine;
  private final ClientRegistrationRepository registrations;
  private final boolean bearerTokens;

  /**
   * @param registrations the provider for the webapps' login; required when enabled
   * @param bearerTokens whether a decoder for the provider's access tokens is configured (its issuer)
   */
  SingleSignOn(SsoProperties properties, SsoUsers users, ProcessEngine engine, ClientRegistrationRepository registrations,
      boolean bearerTokens) {
    this.enabled = properties.enabled();
    this.properties = properties;
    this.claims = new SsoClaims(properties);
    this.users = users;
    this.engine = engine;
    this.registrations = registrations;
    this.bearerTokens = bearerTokens;
    if (enabled && registrations == null) {
      throw new IllegalStateException("Årshjul starter ikke: aarshjul.sso.enabled=true kræver en udbyder i "
          + "spring.security.oauth2.client.registration.* og spring.security.oauth2.client.provider.*");
    }
  }

  boolean enabled() {
    return enabled;
  }

  boolean bearerTokens() {
    return enabled && bearerTokens;
  }

  /** Logged in, and not someone whose roles gave no group. */
  static AuthorizationManager<RequestAuthorizationContext> staff() {
    return AuthorizationManagers.allOf(authenticated(), AuthorizationManagers.not(hasAuthority(SsoAuthorities.UNMAPPED)));
  }

  /** Our API and the engine's: the provider's access tokens (JWT) as bearer tokens. */
  void acceptBearerTokens(HttpSecurity http, AuthenticationEntryPoint entryPoint) throws Exception {
    http.oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(this::bearer))
        .authenticationEntryPoint(entryPoint));
  }

  AbstractAuthenticationToken bearer(Jwt token) {
    SsoPerson person;
    try {
      person = claims.person(token.getClaims());
    } catch (IllegalArgumentException e) {
      throw new InvalidBearerTokenException("The token names no usable user id", e);
    }
    AarshjulUser user = users.lookUp(person);
    return UsernamePasswordAuthenticationToken.authenticated(user, null, SsoAuthorities.of(user));
  }

  /** 403 for someone logged in whose roles gave no group, saying why in Danish; other refusals as before. */
  static AccessDeniedHandler apiAccessDenied(AccessDeniedHandler otherwise) {
    return (request, response, e) -> {
      if (SsoAuthorities.isUnmapped(SecurityContextHolder.getContext().getAuthentication())) {
        Problems.write(response, 403, SsoAuthorities.UNMAPPED_DETAIL);
      } else {
        otherwise.handle(request, response, e);
      }
    };
  }

  /** Who may open what of the webapps: staff logged in through the provider; Camunda's own password login is closed. */
  void webappRules(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
    auth.requestMatchers("/sso/**").permitAll()
        .requestMatchers("/camunda/api/admin/auth/user/*/login/**").denyAll()
        .requestMatchers("/camunda/**").access(staff());
  }

  /**
   * The webapps' login and logout through the provider, and the login handed to the webapps (or, for someone
   * whose roles gave no group, refused there: {@link SsoWebappLogin}).
   */
  void webapps(HttpSecurity http) throws Exception {
    String login = "/oauth2/authorization/" + registrationId();
    // the webapps' own requests get a problem, a page is taken to the provider's login
    DelegatingAuthenticationEntryPoint entryPoint =
        new DelegatingAuthenticationEntryPoint(new LinkedHashMap<>(Map.of(WEBAPP_API, ProblemEntryPoints.sessionEnded())));
    entryPoint.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint(login));
    http.oauth2Login(oidc -> oidc.loginPage(login)
            .userInfoEndpoint(info -> info.oidcUserService(new SsoOidcUserService(claims, users, properties.userIdClaim())))
            .failureHandler(new SimpleUrlAuthenticationFailureHandler(LOGIN_FAILED_PAGE)))
        .logout(logout -> logout.logoutRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(LOGOUT))
            .logoutSuccessHandler(endSession()))
        .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint))
        .addFilterBefore(new SsoWebappLogin(engine), ExceptionTranslationFilter.class)
        .addFilterBefore(new SsoWebappLogout(endSession()), ExceptionTranslationFilter.class);
  }

  /** Spring's OpenID Connect logout: the provider's end-session endpoint, back to our page; our page if it has none. */
  private OidcClientInitiatedLogoutSuccessHandler endSession() {
    OidcClientInitiatedLogoutSuccessHandler handler = new OidcClientInitiatedLogoutSuccessHandler(registrations);
    handler.setPostLogoutRedirectUri("{baseUrl}" + LOGGED_OUT_PAGE);
    handler.setDefaultTargetUrl(LOGGED_OUT_PAGE);
    return handler;
  }

  /** The one provider the webapps log in with (the first, should more be configured). */
  private String registrationId() {
    if (registrations instanceof Iterable<?> all) {
      Iterator<?> first = all.iterator();
      if (first.hasNext() && first.next() instanceof ClientRegistration registration) {
        return registration.getRegistrationId();
      }
    }
    throw new IllegalStateException("Årshjul starter ikke: ingen udbyder i spring.security.oauth2.client.registration.*");
  }
}
