package dk.aarshjul.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Security's firewall, run before anything parses the path. Spring Security parses it
 * ({@code ServletRequestPathFilter}) before its own firewall runs, and that fails with a 500 when dot
 * segments ({@code %2e%2e}, {@code ..;}) climb from one servlet into another: Tomcat maps
 * {@code /camunda/api/tasklist/plugin/p/static/%2e%2e/%2e%2e/%2e%2e/%2e%2e/engine/...} to the engine's servlet,
 * whose path the address as sent does not start with. Here the same firewall refuses it first, with the
 * same Danish 400.
 */
class FirewallFirst extends OncePerRequestFilter {

  private final HttpFirewall firewall;
  private final RequestRejectedHandler rejected;

  FirewallFirst(HttpFirewall firewall, RequestRejectedHandler rejected) {
    this.firewall = firewall;
    this.rejected = rejected;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      firewall.getFirewalledRequest(request);
    } catch (RequestRejectedException e) {
      rejected.handle(request, response, e);
      return;
    }
    chain.doFilter(request, response);
  }
}
