package dk.aarshjul.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a user who is logged in to Tasklist read our API without logging in again, so that the document
 * links in the forms open at once instead of asking for a password. Only for reading (GET): the
 * webapps' session cookie is sent by the browser on any request, and a write must prove more than that.
 * The user's groups and tenants are read afresh from the engine, not taken from the session. This is the
 * one place that knows how the Camunda webapps keep their login.
 */
class TasklistSessionFilter extends OncePerRequestFilter {

  private final CamundaIdentityAuthenticationProvider users;
  private final String engineName;

  TasklistSessionFilter(CamundaIdentityAuthenticationProvider users, String engineName) {
    this.users = users;
    this.engineName = engineName;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    if (session != null && "GET".equals(request.getMethod()) && SecurityContextHolder.getContext().getAuthentication() == null) {
      String userId = loggedIn(session);
      if (userId != null) {
        SecurityContextHolder.getContext().setAuthentication(users.authenticated(users.load(userId)));
      }
    }
    chain.doFilter(request, response);
  }

  private String loggedIn(HttpSession session) {
    Authentication authentication = AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine(engineName);
    return authentication == null || !users.exists(authentication.getIdentityId()) ? null : authentication.getIdentityId();
  }
}
