package dk.aarshjul.engine;

import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/** Puts a server-side validator in front of every Camunda Form ({@code camunda:formRef}) while parsing. */
final class FormValidationParseListener extends AbstractBpmnParseListener {

  private final FormValidators validators;
  private final FormJson json;

  FormValidationParseListener(FormValidators validators, FormJson json) {
    this.validators = validators;
    this.json = json;
  }

  @Override
  public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    String formId = formRef(element);
    if (formId == null) {
      return;
    }
    validators.forForm(formId);
    TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
    String deploymentId = ((ProcessDefinitionEntity) activity.getProcessDefinition()).getDeploymentId();
    task.setTaskFormHandler(new ValidatingFormHandlers.Task(task.getTaskFormHandler(), validators, json, deploymentId, formId));
  }

  @Override
  public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
    String formId = formRef(element);
    if (formId == null || !(scope instanceof ProcessDefinitionEntity definition)) {
      return;
    }
    validators.forForm(formId);
    definition.setStartFormHandler(
        new ValidatingFormHandlers.Start(definition.getStartFormHandler(), validators, json, definition.getDeploymentId(), formId));
  }

  private static String formRef(Element element) {
    String formRef = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
    return formRef == null || formRef.isBlank() ? null : formRef;
  }
}
