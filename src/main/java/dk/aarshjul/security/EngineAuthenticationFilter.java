package dk.aarshjul.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hands the authenticated caller to the process engine for the duration of the request, so that the
 * engine's authorization and tenant checks apply to everything the request does, through /engine-rest
 * and through our own API alike.
 */
class EngineAuthenticationFilter extends OncePerRequestFilter {

  static final String LOG_USER = "userId";
  static final String LOG_TENANTS = "callerTenantIds";

  private final IdentityService identity;

  EngineAuthenticationFilter(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !(authentication.getPrincipal() instanceof AarshjulUser user)) {
      chain.doFilter(request, response);
      return;
    }
    identity.setAuthentication(user.userId(), user.groupIdList(), user.tenantIdList());
    // the log lines of the request carry who asked and for which municipalities (the engine adds the
    // process instance and tenant of what it runs)
    MDC.put(LOG_USER, user.userId());
    MDC.put(LOG_TENANTS, String.join(",", user.tenantIds().stream().sorted().toList()));
    try {
      chain.doFilter(request, response);
    } finally {
      identity.clearAuthentication();
      MDC.remove(LOG_USER);
      MDC.remove(LOG_TENANTS);
    }
  }
}
