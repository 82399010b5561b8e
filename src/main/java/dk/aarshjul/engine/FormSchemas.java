package dk.aarshjul.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

/**
 * The Camunda Forms of each deployment, by form id, read from the deployment itself (forms are deployed
 * with their processes and bound by deployment), so a form always answers for the process version it
 * belongs to. Deployments never change, so what was read once is kept.
 */
final class FormSchemas {

  private static final Map<String, Map<String, FormFields>> BY_DEPLOYMENT = new ConcurrentHashMap<>();

  private FormSchemas() {}

  /** Must run inside an engine command (a form submission). */
  static FormFields of(String deploymentId, String formId, ObjectMapper json) {
    return find(deploymentId, formId, json)
        .orElseThrow(() -> new IllegalStateException("The form '" + formId + "' is not part of deployment " + deploymentId));
  }

  /** The form, if its deployment has it. Inside an engine command. */
  static Optional<FormFields> find(String deploymentId, String formId, ObjectMapper json) {
    return Optional.ofNullable(BY_DEPLOYMENT.computeIfAbsent(deploymentId, id -> read(id, json)).get(formId));
  }

  private static Map<String, FormFields> read(String deploymentId, ObjectMapper json) {
    Map<String, FormFields> forms = new HashMap<>();
    for (ResourceEntity resource : Context.getCommandContext().getResourceManager().findResourcesByDeploymentId(deploymentId)) {
      if (resource.getName().endsWith(".form")) {
        FormFields fields = FormFields.parse(resource.getBytes(), json);
        forms.put(fields.formId(), fields);
      }
    }
    return forms;
  }
}
