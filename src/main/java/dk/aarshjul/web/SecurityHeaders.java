package dk.aarshjul.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A Content-Security-Policy and {@code X-Content-Type-Options: nosniff} on everything our API and its
 * description serve. The plan documents and status reports (HTML) are self-contained: their CSS is inline
 * and their charts are {@code data:} images, so they may load nothing else and run no script. Swagger UI
 * loads its own scripts and styles from this server.
 */
class SecurityHeaders extends OncePerRequestFilter {

  static final String API_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; "
      + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
  static final String DOCS_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
      + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
      + "form-action 'self'; frame-ancestors 'none'";

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String policy = path.startsWith("/api/") || path.equals("/api") ? API_POLICY
        : path.startsWith("/api-docs") ? DOCS_POLICY : null;
    if (policy != null) {
      response.setHeader("Content-Security-Policy", policy);
      response.setHeader("X-Content-Type-Options", "nosniff");
    }
    chain.doFilter(request, response);
  }
}
