package dk.aarshjul.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/** The pages of single sign-on a person may land on, in Danish: no municipality, logged out, login failed. */
@RestController
@ConditionalOnProperty(name = "aarshjul.sso.enabled", havingValue = "true")
class SsoPages {

  private static final String TASKLIST = "/camunda/app/tasklist/default/";

  @GetMapping(SingleSignOn.NO_MUNICIPALITY_PAGE)
  ResponseEntity<String> noMunicipality(@AuthenticationPrincipal OidcUser user) {
    String who = user == null ? "" : "Du er logget ind som <strong>" + HtmlUtils.htmlEscape(displayName(user)) + "</strong>. ";
    return page(HttpStatus.FORBIDDEN, "Ingen kommune",
        "<p>" + who + HtmlUtils.htmlEscape(SsoAuthorities.UNMAPPED_DETAIL) + "</p>"
            + "<p><a href=\"" + SingleSignOn.LOGOUT + "\">Log ud</a></p>");
  }

  @GetMapping(SingleSignOn.LOGGED_OUT_PAGE)
  ResponseEntity<String> loggedOut() {
    return page(HttpStatus.OK, "Du er logget ud",
        "<p>Du er logget ud af Årshjul og af kommunens login.</p><p><a href=\"" + TASKLIST + "\">Log ind igen</a></p>");
  }

  @GetMapping(SingleSignOn.LOGIN_FAILED_PAGE)
  ResponseEntity<String> loginFailed() {
    return page(HttpStatus.UNAUTHORIZED, "Login lykkedes ikke",
        "<p>Kommunens login svarede ikke, som Årshjul forventer, fx uden et brugernavn Årshjul kan bruge. "
            + "Prøv igen; sker det igen, så kontakt kommunens administrator af login.</p>"
            + "<p><a href=\"" + TASKLIST + "\">Prøv igen</a></p>");
  }

  private static String displayName(OidcUser user) {
    String name = user.getFullName() != null ? user.getFullName()
        : user.getGivenName() != null ? user.getGivenName() + (user.getFamilyName() == null ? "" : " " + user.getFamilyName())
        : null;
    return name == null ? user.getName() : name + " (" + user.getName() + ")";
  }

  private static ResponseEntity<String> page(HttpStatus status, String title, String body) {
    String html = """
        <!DOCTYPE html>
        <html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%s – Årshjul</title>
        <style>body{font-family:system-ui,sans-serif;max-width:40em;margin:4em auto;padding:0 1em;line-height:1.5;color:#222}
        h1{font-size:1.5em}a{color:#0b5394}</style></head>
        <body><main><h1>%s</h1>%s</main></body></html>
        """.formatted(HtmlUtils.htmlEscape(title), HtmlUtils.htmlEscape(title), body);
    return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'none'")
        .header("X-Content-Type-Options", "nosniff")
        .body(html);
  }
}
