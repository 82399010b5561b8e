package dk.aarshjul.engine;

import dk.aarshjul.shared.FieldError;
import dk.aarshjul.shared.ValidationException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.StartFormData;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.form.handler.FormHandler;
import org.camunda.bpm.engine.impl.form.handler.StartFormHandler;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * Form handlers that validate a submission before the engine stores anything: first that it carries only
 * the form's own fields with the types of their controls ({@link FormFields}), then the form's own
 * rules ({@link FormSubmissionValidator}). A rejection surfaces as a
 * {@link FormFieldValidationException}: the REST API answers 400 and Tasklist shows the Danish message,
 * with the task still open and its earlier values untouched.
 */
final class ValidatingFormHandlers {

  private ValidatingFormHandlers() {}

  static void validate(FormValidators validators, FormJson json, String deploymentId, String formId, VariableMap properties,
      VariableScope scope) {
    try {
      FormSchemas.of(deploymentId, formId, json.mapper()).check(properties);
      validators.forForm(formId).validate(json.submission(properties, scope));
    } catch (ValidationException e) {
      EngineRejections.record(400, e.errors());
      FieldError first = e.errors().get(0);
      throw new FormFieldValidationException(first.field(), e.getMessage());
    }
  }

  /** What both kinds of form handler share: validate first, then let the engine's handler store. */
  private abstract static class Validating<H extends FormHandler> implements FormHandler {
    final H delegate;
    private final FormValidators validators;
    private final FormJson json;
    private final String deploymentId;
    private final String formId;

    Validating(H delegate, FormValidators validators, FormJson json, String deploymentId, String formId) {
      this.delegate = delegate;
      this.validators = validators;
      this.json = json;
      this.deploymentId = deploymentId;
      this.formId = formId;
    }

    @Override
    public void parseConfiguration(Element element, DeploymentEntity deployment, ProcessDefinitionEntity definition, BpmnParse parse) {
      delegate.parseConfiguration(element, deployment, definition, parse);
    }

    @Override
    public void submitFormVariables(VariableMap properties, VariableScope scope) {
      validate(validators, json, deploymentId, formId, properties, scope);
      delegate.submitFormVariables(properties, scope);
    }

    /**
     * Whether the form may submit a variable of this name: a submission of a name it has no field for is refused.
     * True where the form is not in its deployment (it cannot tell). In an engine command.
     */
    boolean submits(String name) {
      return FormSchemas.find(deploymentId, formId, json.mapper()).map(form -> form.fields().containsKey(name)).orElse(true);
    }
  }

  static final class Task extends Validating<TaskFormHandler> implements TaskFormHandler {
    Task(TaskFormHandler delegate, FormValidators validators, FormJson json, String deploymentId, String formId) {
      super(delegate, validators, json, deploymentId, formId);
    }

    @Override
    public TaskFormData createTaskForm(TaskEntity task) {
      return delegate.createTaskForm(task);
    }
  }

  static final class Start extends Validating<StartFormHandler> implements StartFormHandler {
    Start(StartFormHandler delegate, FormValidators validators, FormJson json, String deploymentId, String formId) {
      super(delegate, validators, json, deploymentId, formId);
    }

    @Override
    public StartFormData createStartFormData(ProcessDefinitionEntity definition) {
      return delegate.createStartFormData(definition);
    }
  }
}
