package dk.aarshjul.engine;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;

/**
 * The engine's full history, without the variables a task holds only for its form to show: a task-local
 * variable that its task's Camunda Form has no field for (the options of a choice, summaries, links, the changes
 * since the last decision, the plan on a task that only reads it). The server refuses a submission of any
 * other name ({@link FormFields}), so such a variable is never what a person entered; it is made from the plan
 * when the task is created and dies with it. In full history each was kept three times more (the variable's
 * history, a detail when it was made and one when it was removed, a copy of its value with each), and removing
 * them at completion read each one's history first. Everything else keeps its full history: what the forms
 * submit, the processes' own variables, tasks, activities, jobs; and any task-local variable of a task whose
 * form it cannot tell (a task without a Camunda Form, or one not loaded in the command).
 *
 * <p>It is the level named "full" with full's id, so a database made with full history runs on it unchanged
 * and Cockpit shows the history it always showed.
 */
final class FormDisplayHistory extends AbstractHistoryLevel {

  @Override
  public int getId() {
    return HistoryLevel.HISTORY_LEVEL_FULL.getId();
  }

  @Override
  public String getName() {
    return ProcessEngineConfiguration.HISTORY_FULL;
  }

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    if (entity instanceof VariableInstanceEntity variable) {
      return !onlyShown(variable.getName(), variable.getTaskId());
    }
    if (entity instanceof HistoricVariableUpdateEventEntity update) {
      return !onlyShown(update.getVariableName(), update.getTaskId());
    }
    return true;
  }

  private static boolean onlyShown(String name, String taskId) {
    CommandContext command = Context.getCommandContext();
    if (taskId == null || command == null) {
      return false;
    }
    // the task is in the command's cache: it is being created, completed, or its variables set
    TaskEntity task = command.getDbEntityManager().getCachedEntity(TaskEntity.class, taskId);
    TaskDefinition definition = task == null ? null : task.getTaskDefinition();
    return definition != null && definition.getTaskFormHandler() instanceof ValidatingFormHandlers.Task form && !form.submits(name);
  }
}
