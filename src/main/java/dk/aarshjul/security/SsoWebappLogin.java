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
import dk.aarshjul.web.Problems;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Logs a person who came through the identity provider in to the Camunda webapps: their login is written
 * into the session as the webapps keep it, so that Tasklist, Cockpit and Admin (and {@link WebappLogin})
 * see them as if they had typed a password. What Camunda's ContainerBasedAuthenticationFilter does, but
 * inside Spring Security's chain: it runs before the webapps' own filters and our engine guard, always.
 *
 * <p>A person whose roles gave no group is not logged in to the webapps: a page of theirs goes to the page
 * that says why, a request of their API gets a 403 problem that says the same.
 */
final class SsoWebappLogin extends OncePerRequestFilter {

  private static final RequestMatcher WEBAPPS = PathPatternRequestMatcher.withDefaults().matcher("/camunda/**");
  private static final RequestMatcher WEBAPP_API = PathPatternRequestMatcher.withDefaults().matcher("/camunda/api/**");

  private final ProcessEngine engine;

  SsoWebappLogin(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (SecurityContextHolder.getContext().getAuthentication() instanceof OAuth2AuthenticationToken sso) {
      if (!SsoAuthorities.isUnmapped(sso)) {
        logIn(request, sso.getName());
      } else if (WEBAPP_API.matches(request)) {
        Problems.write(response, 403, SsoAuthorities.UNMAPPED_DETAIL);
        return;
      } else if (WEBAPPS.matches(request)) {
        response.sendRedirect(request.getContextPath() + SingleSignOn.NO_MUNICIPALITY_PAGE);
        return;
      }
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
