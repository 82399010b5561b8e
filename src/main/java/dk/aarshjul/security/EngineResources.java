package dk.aarshjul.security;

import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Whether a caller may see a thing the engine's HTTP API names by id, asked of the engine itself with the
 * caller's groups and tenants, so its tenant and authorization checks decide, as they do for lists.
 */
final class EngineResources {

  static final Set<String> TYPES = Set.of("task", "filter", "process-definition", "process-definition-key",
      "process-instance", "historic-process-instance", "user");

  private final ProcessEngine engine;

  EngineResources(ProcessEngine engine) {
    this.engine = engine;
  }

  boolean visible(String type, String id, AarshjulUser caller) {
    if (id == null || id.isBlank()) {
      return false;
    }
    IdentityService identity = engine.getIdentityService();
    Authentication previous = identity.getCurrentAuthentication();
    identity.setAuthentication(caller.userId(), caller.groupIdList(), caller.tenantIdList());
    try {
      return count(type, id) > 0;
    } finally {
      if (previous == null) {
        identity.clearAuthentication();
      } else {
        identity.setAuthentication(previous);
      }
    }
  }

  private long count(String type, String id) {
    return switch (type) {
      case "task" -> engine.getTaskService().createTaskQuery().taskId(id).count();
      case "filter" -> engine.getFilterService().createFilterQuery().filterId(id).count();
      case "process-definition" -> engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionId(id).count();
      case "process-definition-key" ->
          engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(id).latestVersion().count();
      case "process-instance" -> engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count();
      case "historic-process-instance" ->
          engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(id).count();
      case "user" -> engine.getIdentityService().createUserQuery().userId(id).count();
      default -> throw new IllegalArgumentException("No visibility check for '" + type + "'");
    };
  }
}
