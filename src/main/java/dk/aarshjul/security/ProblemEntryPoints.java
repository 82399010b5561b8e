package dk.aarshjul.security;

import dk.aarshjul.web.Problems;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 from the security chain as Danish problems, like every other error of the API. */
final class ProblemEntryPoints {

  private ProblemEntryPoints() {}

  /** Asks for HTTP Basic ({@code WWW-Authenticate}) and says so in Danish. */
  static AuthenticationEntryPoint basic(String realm) {
    return challenge(realm, true, false);
  }

  /** Asks for the ways in that are switched on, HTTP Basic and/or a bearer token from the identity provider. */
  static AuthenticationEntryPoint challenge(String realm, boolean basic, boolean bearer) {
    String detail = !bearer ? Problems.detail(401)
        : basic ? "Log ind med brugernavn og adgangskode (HTTP Basic) eller med et adgangstoken fra kommunens login (Bearer)"
        : "Log ind med et adgangstoken fra kommunens login (Authorization: Bearer)";
    return (request, response, e) -> {
      if (basic) {
        response.addHeader("WWW-Authenticate", "Basic realm=\"" + realm + "\"");
      }
      if (bearer) {
        response.addHeader("WWW-Authenticate", "Bearer realm=\"" + realm + "\"");
      }
      Problems.write(response, 401, detail);
    };
  }

  /** For the webapps' own requests once their single sign-on session has ended: the page must log in again. */
  static AuthenticationEntryPoint sessionEnded() {
    return (request, response, e) -> Problems.write(response, 401,
        "Du er ikke logget ind (længere). Genindlæs siden for at logge ind gennem kommunens login.");
  }

  static AccessDeniedHandler forbidden() {
    return (request, response, e) -> Problems.write(response, 403, Problems.detail(403));
  }
}
