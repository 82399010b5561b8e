package dk.aarshjul.engine;

import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.task.listener.DelegateExpressionTaskListener;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Adds create listeners, named as beans, to every user task while parsing, after the task's own: they see
 * the task as its own listeners left it. Named, not instances, so a listener may use the engine's services
 * without the engine having to exist before it.
 */
final class UserTaskListenersParseListener extends AbstractBpmnParseListener {

  private final ProcessEngineConfigurationImpl configuration;
  private final List<String> beanNames;

  UserTaskListenersParseListener(ProcessEngineConfigurationImpl configuration, List<String> beanNames) {
    this.configuration = configuration;
    this.beanNames = List.copyOf(beanNames);
  }

  @Override
  public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
    for (String bean : beanNames) {
      task.addTaskListener(TaskListener.EVENTNAME_CREATE,
          new DelegateExpressionTaskListener(configuration.getExpressionManager().createExpression("${" + bean + "}"), List.of()));
    }
  }
}
