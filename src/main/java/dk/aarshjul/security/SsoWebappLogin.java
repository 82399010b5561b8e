package dk.aarshjul.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Logs a person who came through the identity provider in to the Camunda webapps: their login is written
 * into the session as the webapps keep it, so that Tasklist, Cockpit and Admin (and {@link WebappLogin})
 * see them as if they had typed a password. What Camunda's ContainerBasedAuthenticationFilter does, but
 * inside Spring Security's chain: it runs before the webapps' own filters and our engine guard, always.
 */
final class SsoWebappLogin extends OncePerRequestFilter {

  private final ProcessEngine engine;

  SsoWebappLogin(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (SecurityContextHolder.getContext().getAuthentication() instanceof OAuth2AuthenticationToken sso
        && !SsoAuthorities.isUnmapped(sso)) {
      logIn(request, sso.getName());
    }
    chain.doFilter(request, response);
  }

  private void logIn(HttpServletRequest request, String userId) {
    HttpSession session = request.getSession();
    Authentications logins = AuthenticationUtil.getAuthsFromSession(session);
    Authentication current = logins.getAuthenticationForProcessEngine(engine.getName());
    if (current != null && current.getIdentityId().equals(userId)) {
      return;
    }
    // groups, tenants and the webapps the user may open, read from the engine as the login brought them up to date
    UserAuthentication login = AuthenticationUtil.createAuthentication(engine, userId, null, null);
    if (login != null) {
      logins.addOrReplace(login);
      AuthenticationUtil.updateSession(session, logins);
    }
  }
}
