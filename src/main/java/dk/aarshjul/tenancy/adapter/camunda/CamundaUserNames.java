package dk.aarshjul.tenancy.adapter.camunda;

import dk.aarshjul.tenancy.application.UserNames;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Names from the engine's identity store. */
@Component
class CamundaUserNames implements UserNames {

  private final IdentityService identity;

  CamundaUserNames(IdentityService identity) {
    this.identity = identity;
  }

  /**
   * Read without the caller's authorizations: a committee member may not read other users, yet reads who
   * recorded a decision in a document of their own plan. Only the name leaves this method.
   */
  @Override
  public String fullName(String userId) {
    if (userId == null || userId.isBlank()) {
      return "";
    }
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      User user = identity.createUserQuery().userId(userId).singleResult();
      String name = user == null ? "" : Stream.of(user.getFirstName(), user.getLastName())
          .filter(part -> part != null && !part.isBlank()).map(String::strip).collect(Collectors.joining(" "));
      return name.isEmpty() ? userId : name;
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }
}
