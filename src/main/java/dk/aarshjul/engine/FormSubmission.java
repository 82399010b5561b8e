package dk.aarshjul.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import dk.aarshjul.shared.FieldError;
import dk.aarshjul.shared.TenantId;
import dk.aarshjul.shared.ValidationException;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;

/**
 * The values of a submitted Camunda Form, as plain Java (strings, numbers, booleans, lists, maps), with
 * the task's or instance's existing variables behind them for fields the form did not send.
 */
public final class FormSubmission {

  private final Map<String, Object> submitted;
  private final VariableScope scope;
  private final FormJson json;

  /** Made by {@link FormJson#submission} and {@link FormJson#valuesOf}. */
  FormSubmission(Map<String, Object> submitted, VariableScope scope, FormJson json) {
    this.submitted = submitted;
    this.scope = scope;
    this.json = json;
  }

  /** @throws ValidationException when a submitted JSON value cannot be read */
  public Object value(String name) {
    if (submitted.containsKey(name)) {
      try {
        String sent = submittedJson(name);
        return sent != null ? json.read(sent) : plain(submitted.get(name));
      } catch (RuntimeException | JsonProcessingException e) {
        throw new ValidationException(new FieldError(name, name, "er ikke gyldig JSON"));
      }
    }
    return scope == null ? null : plain(scope.getVariable(name));
  }

  /**
   * A JSON value as it was sent, before the engine parsed it: parsed again here with every digit kept
   * (the engine's parser would turn 1e-400 into 0 before the input rules could see it).
   */
  private String submittedJson(String name) {
    if (submitted instanceof VariableMap variables
        && variables.getValueTyped(name) instanceof SerializableValue serializable
        && serializable.getType() != null && "json".equals(serializable.getType().getName())) {
      return serializable.getValueSerialized();
    }
    return null;
  }

  /** The municipality the form is submitted in; null for a start form, before the instance has one. */
  public TenantId tenantId() {
    String tenantId = null;
    if (scope instanceof DelegateTask task) {
      tenantId = task.getTenantId();
    } else if (scope instanceof DelegateExecution execution) {
      tenantId = execution.getTenantId();
    }
    return tenantId == null ? null : TenantId.of(tenantId);
  }

  /** Form data as plain Java; JSON values (lists and objects from the form) become lists and maps. */
  private Object plain(Object value) {
    if (value instanceof SpinJsonNode node) {
      try {
        return json.read(node.toString());
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("Unreadable JSON value", e);
      }
    }
    return value;
  }
}
