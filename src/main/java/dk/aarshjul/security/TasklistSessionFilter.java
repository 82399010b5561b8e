package dk.aarshjul.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a user who is logged in to Tasklist read our API without logging in again, so that the document
 * links in the forms open at once instead of asking for a password. Only for reading (GET): the
 * webapps' session cookie is sent by the browser on any request, and a write must prove more than that.
 */
class TasklistSessionFilter extends OncePerRequestFilter {

  private final WebappLogin login;

  TasklistSessionFilter(WebappLogin login) {
    this.login = login;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if ("GET".equals(request.getMethod()) && SecurityContextHolder.getContext().getAuthentication() == null) {
      login.user(request).ifPresent(user -> SecurityContextHolder.getContext().setAuthentication(login.authenticated(user)));
    }
    chain.doFilter(request, response);
  }
}
