package dk.aarshjul.tenancy.adapter.camunda;

import dk.aarshjul.tenancy.application.PersonNames;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * Names from Camunda's identity. Read without the caller's authorizations: a committee member may not
 * browse users, but the forms they see still name who responded or decided.
 */
@Component
class CamundaPersonNames implements PersonNames {

  private final ProcessEngineConfigurationImpl engine;

  CamundaPersonNames(ProcessEngineConfigurationImpl engine) {
    this.engine = engine;
  }

  @Override
  public String displayName(String userId) {
    if (userId == null || userId.isBlank()) {
      return "";
    }
    if (SYSTEM_USER.equals(userId)) {
      return SYSTEM_NAME;
    }
    User user = engine.getCommandExecutorTxRequired().execute(context -> findUser(context, userId));
    if (user == null) {
      return userId;
    }
    String name = Stream.of(user.getFirstName(), user.getLastName())
        .filter(part -> part != null && !part.isBlank()).map(String::strip).collect(Collectors.joining(" "));
    if (!name.isEmpty()) {
      return name;
    }
    return user.getEmail() != null && !user.getEmail().isBlank() ? user.getEmail() : userId;
  }

  private static User findUser(CommandContext context, String userId) {
    boolean checking = context.isAuthorizationCheckEnabled();
    context.disableAuthorizationCheck();
    try {
      return context.getReadOnlyIdentityProvider().findUserById(userId);
    } finally {
      if (checking) {
        context.enableAuthorizationCheck();
      }
    }
  }
}
