package dk.aarshjul.security;

import dk.aarshjul.web.Problems;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 from the security chain as Danish problems, like every other error of the API. */
final class ProblemEntryPoints {

  private ProblemEntryPoints() {}

  /** Asks for HTTP Basic ({@code WWW-Authenticate}) and says so in Danish. */
  static AuthenticationEntryPoint basic(String realm) {
    return (request, response, e) -> {
      response.setHeader("WWW-Authenticate", "Basic realm=\"" + realm + "\"");
      Problems.write(response, 401, Problems.detail(401));
    };
  }

  static AccessDeniedHandler forbidden() {
    return (request, response, e) -> Problems.write(response, 403, Problems.detail(403));
  }
}
