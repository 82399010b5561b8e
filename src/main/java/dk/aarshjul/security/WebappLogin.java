package dk.aarshjul.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;

/**
 * Who is logged in to the Camunda webapps (Tasklist, Cockpit, Admin) in a browser's session, with groups
 * and tenants read afresh from the engine. The one place that knows how the webapps keep their login.
 */
class WebappLogin {

  private final CamundaIdentityAuthenticationProvider users;
  private final String engineName;

  WebappLogin(CamundaIdentityAuthenticationProvider users, String engineName) {
    this.users = users;
    this.engineName = engineName;
  }

  Optional<AarshjulUser> user(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    Authentication login = AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine(engineName);
    if (login == null || !users.exists(login.getIdentityId())) {
      return Optional.empty();
    }
    return Optional.of(users.load(login.getIdentityId()));
  }

  org.springframework.security.core.Authentication authenticated(AarshjulUser user) {
    return users.authenticated(user);
  }
}
