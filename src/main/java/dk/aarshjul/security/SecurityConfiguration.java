package dk.aarshjul.security;

import dk.aarshjul.shared.PlatformGroup;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Three doors. Our API and the engine REST API take HTTP Basic against the engine's users (unless switched
 * off) and, with single sign-on, the identity provider's access tokens; they are stateless, and answer 401
 * without credentials; a GET may instead come from a browser logged in to the webapps (the document links in
 * the Tasklist forms). The operations endpoints (/actuator) are the operator's, but for the health probes.
 * The Camunda webapps (Cockpit, Tasklist, Admin) keep their own session login and CSRF protection, or, with
 * single sign-on, log in through the identity provider ({@link SingleSignOn}).
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

  static final String REALM = "Aarshjul";
  private static final String WEBAPP_CALLER = SecurityConfiguration.class.getName() + ".webappCaller";

  @Bean
  WebappLogin webappLogin(CamundaIdentityAuthenticationProvider provider, ProcessEngine engine) {
    return new WebappLogin(provider, engine.getName());
  }

  @Bean
  SingleSignOn singleSignOn(SsoProperties properties, SsoUsers users, CamundaIdentityAuthenticationProvider cached,
      ProcessEngine engine, ObjectProvider<ClientRegistrationRepository> registrations, ObjectProvider<JwtDecoder> accessTokens) {
    // a login rewrites the person's memberships: what was kept of them is read afresh
    SsoUsers forgetting = new SsoUsers() {
      @Override
      public AarshjulUser signIn(SsoPerson person) {
        AarshjulUser user = users.signIn(person);
        cached.forget(user.userId());
        return user;
      }

      @Override
      public AarshjulUser lookUp(SsoPerson person) {
        return users.lookUp(person);
      }
    };
    return new SingleSignOn(properties, forgetting, engine, registrations.getIfAvailable(), accessTokens.getIfAvailable() != null);
  }

  @Bean
  EngineApiAllowList engineApiAllowList() {
    return EngineApiAllowList.fromClasspath();
  }

  /** The caller of a request: signed in by HTTP Basic, or logged in to the webapps in this browser session. */
  private static Function<HttpServletRequest, Optional<AarshjulUser>> callers(WebappLogin webappLogin) {
    return request -> {
      Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
      if (authentication != null && authentication.getPrincipal() instanceof AarshjulUser user) {
        return Optional.of(user);
      }
      // the webapps' login is read from the engine once per request, whoever asks (guard, translator)
      if (request.getAttribute(WEBAPP_CALLER) instanceof Optional<?> known) {
        return known.map(AarshjulUser.class::cast);
      }
      Optional<AarshjulUser> user = webappLogin.user(request);
      request.setAttribute(WEBAPP_CALLER, user);
      return user;
    };
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(
      HttpSecurity http, CamundaIdentityAuthenticationProvider provider, IdentityService identity, ProcessEngine engine,
      WebappLogin webappLogin, EngineApiAllowList allowList, ObjectMapper json, SingleSignOn sso,
      @Value("${aarshjul.security.basic-auth.enabled:true}") boolean basicAuth)
      throws Exception {
    AuthenticationEntryPoint entryPoint = ProblemEntryPoints.challenge(REALM, basicAuth, sso.bearerTokens());
    PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
    http.securityMatcher(new OrRequestMatcher(paths.matcher("/api/**"), paths.matcher("/engine-rest/**")));
    if (basicAuth) {
      http.httpBasic(basic -> basic.authenticationEntryPoint(entryPoint));
    }
    if (sso.bearerTokens()) {
      sso.acceptBearerTokens(http, entryPoint);
    }
    return http.authorizeHttpRequests(auth -> auth.anyRequest().access(SingleSignOn.staff()))
        .authenticationProvider(provider)
        .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint)
            .accessDeniedHandler(SingleSignOn.apiAccessDenied(ProblemEntryPoints.forbidden())))
        // no session of our own; and the webapps' session, which a Tasklist user's reads ride on, keeps its
        // id: changing it (session fixation protection) logged out Tasklist's own requests in flight (401)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS).sessionFixation(f -> f.none()))
        .csrf(csrf -> csrf.disable())
        .addFilterAfter(new TasklistSessionFilter(webappLogin), BasicAuthenticationFilter.class)
        .addFilterAfter(new EngineAuthenticationFilter(identity), TasklistSessionFilter.class)
        .addFilterAfter(new EngineErrorTranslator(json, callers(webappLogin)), EngineAuthenticationFilter.class)
        .addFilterAfter(new EngineApiGuard(allowList, new EngineResources(engine), callers(webappLogin), json),
            EngineErrorTranslator.class)
        .build();
  }

  /**
   * The operations endpoints: the health probes (liveness, readiness) are open to balancers and Kubernetes
   * and show no details; everything else (details, metrics, Prometheus) is for the platform operator,
   * signed in by HTTP Basic (a service account in the operator group for the Prometheus scraper).
   */
  @Bean
  @Order(2)
  SecurityFilterChain operations(HttpSecurity http, CamundaIdentityAuthenticationProvider provider, SingleSignOn sso,
      @Value("${aarshjul.security.basic-auth.enabled:true}") boolean basicAuth) throws Exception {
    AuthenticationEntryPoint entryPoint = ProblemEntryPoints.challenge(REALM, basicAuth, sso.bearerTokens());
    http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/actuator/**"));
    if (basicAuth) {
      http.httpBasic(basic -> basic.authenticationEntryPoint(entryPoint));
    }
    if (sso.bearerTokens()) {
      sso.acceptBearerTokens(http, entryPoint);
    }
    return http.authorizeHttpRequests(auth -> auth
            .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness", "/actuator/info")
            .permitAll()
            .anyRequest()
            .hasAuthority(CamundaIdentityAuthenticationProvider.GROUP_AUTHORITY_PREFIX + PlatformGroup.OPERATOR))
        .authenticationProvider(provider)
        .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(ProblemEntryPoints.forbidden()))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        // the health endpoint shows details to the roles in management.endpoint.health.roles, which name our
        // authorities as they are (GROUP_platform-operator), without Spring's ROLE_ prefix
        .servletApi(api -> api.rolePrefix(""))
        .build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain webapps(HttpSecurity http, ProcessEngine engine, WebappLogin webappLogin,
      EngineApiAllowList allowList, ObjectMapper json, SingleSignOn sso)
      throws Exception {
    if (sso.enabled()) {
      sso.webapps(http);
    } else {
      http.exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
    }
    // the webapps' own APIs (/camunda/api/**) pass the same door as /engine-rest
    return http.addFilterBefore(new EngineErrorTranslator(json, callers(webappLogin)), AuthorizationFilter.class)
        .addFilterAfter(new EngineApiGuard(allowList, new EngineResources(engine), callers(webappLogin), json),
            EngineErrorTranslator.class)
        .authorizeHttpRequests(
            auth -> {
              // Camunda's first-administrator page: the first administrator comes from configuration only
              auth.requestMatchers("/camunda/app/admin/*/setup/**", "/camunda/api/admin/setup/**")
                  .denyAll();
              if (sso.enabled()) {
                sso.webappRules(auth);
              }
              // without single sign-on, the Camunda webapps authenticate themselves against the engine
              auth.anyRequest().permitAll();
            })
        // the webapps send their own CSRF token and security headers
        .csrf(csrf -> csrf.disable())
        .headers(headers -> headers.disable())
        .build();
  }
}
