package dk.aarshjul.operations;

import dk.aarshjul.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until the application is ready (accounts made, processes deployed) and again while it shuts down, every
 * request but the health probes is answered 503 with a Retry-After, in Danish: before, a user's first
 * requests after "Started" were refused as if the password were wrong, because the accounts did not exist yet.
 */
class StartingUpFilter extends OncePerRequestFilter {

  static final String RETRY_AFTER_SECONDS = "5";

  private final ApplicationAvailability availability;

  StartingUpFilter(ApplicationAvailability availability) {
    this.availability = availability;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC || isHealthProbe(request)) {
      chain.doFilter(request, response);
      return;
    }
    response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
    Problems.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
        "Årshjul starter eller lukker ned og tager ikke imod forespørgsler lige nu. Prøv igen om et øjeblik.");
  }

  private static boolean isHealthProbe(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals("/actuator/health") || path.startsWith("/actuator/health/");
  }
}
