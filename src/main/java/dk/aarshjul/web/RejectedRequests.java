package dk.aarshjul.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * A request Spring Security's firewall refuses (an encoded slash or dot segment, {@code ;}, a NUL in the
 * path) is answered 400 with a Danish problem, on every path.
 */
class RejectedRequests implements RequestRejectedHandler {

  static final String DETAIL = "Adressen indeholder tegn eller dele, der ikke er tilladt (fx ;, // eller ..)";
  private static final Logger LOG = LoggerFactory.getLogger(RejectedRequests.class);

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e) throws IOException {
    LOG.info("Request refused by the firewall: {}", e.getMessage());
    Problems.write(response, 400, DETAIL);
  }
}
