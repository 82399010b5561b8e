package dk.aarshjul.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The webapps' own logout ("Log ud" in Tasklist, Cockpit and Admin) ends the single sign-on too. The webapps
 * log out with a request of their own (XHR), which cannot take the browser to the identity provider; so the
 * answer names the provider's end-session address in {@value #LOGOUT_LOCATION}, and the webapps' script
 * ({@code aarshjul/sso-logout.js}) goes there. The session ends here, after Camunda's own logout (with its
 * CSRF check) has answered.
 */
final class SsoWebappLogout extends OncePerRequestFilter {

  static final String LOGOUT_LOCATION = "X-Aarshjul-Logout-Location";
  private static final RequestMatcher WEBAPP_LOGOUT =
      PathPatternRequestMatcher.withDefaults().matcher(org.springframework.http.HttpMethod.POST, "/camunda/api/admin/auth/user/*/logout");

  private static final String LOCATION_ATTRIBUTE = SsoWebappLogout.class.getName() + ".location";

  private final OidcClientInitiatedLogoutSuccessHandler endSession;

  /** @param endSession Spring's OpenID Connect logout, used here only to say where it would send the browser */
  SsoWebappLogout(OidcClientInitiatedLogoutSuccessHandler endSession) {
    this.endSession = endSession;
    endSession.setRedirectStrategy((request, response, url) -> request.setAttribute(LOCATION_ATTRIBUTE, url));
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !WEBAPP_LOGOUT.matches(request);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    response.setHeader(LOGOUT_LOCATION, endSessionLocation(request, response, authentication));
    chain.doFilter(request, response);
    if (response.getStatus() < 400) {
      SecurityContextHolder.clearContext();
      HttpSession session = request.getSession(false);
      if (session != null) {
        session.invalidate();
      }
    }
  }

  /** Where Spring's OpenID Connect logout would send the browser: the provider's end-session endpoint, or our page. */
  private String endSessionLocation(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException, ServletException {
    endSession.onLogoutSuccess(request, response, authentication);
    return (String) request.getAttribute(LOCATION_ATTRIBUTE);
  }
}
