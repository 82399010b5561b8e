package dk.aarshjul.engine;

import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

/**
 * The engine's full history, without the variables a task holds only for its form to show: the options of
 * a choice, a summary, links, the changes since the last decision. They are made from the plan when the task
 * is created, no form submits them, and they die with the task; in full history each of them was kept three
 * times more (the variable's history, one detail when it was made and one when it was removed, a copy of its
 * value with each), and removing them at completion read each one's history first. Everything else keeps its
 * full history: the values the forms submit, the process's own variables, tasks, activities, jobs.
 *
 * <p>It is the level named "full" with full's id, so a database made with full history runs on it unchanged
 * and Cockpit shows the history it always showed.
 */
final class FormDisplayHistory extends AbstractHistoryLevel {

  private final Set<String> displayOnly;

  /** @param displayOnly the names of the task-local variables that only show a form something */
  FormDisplayHistory(Set<String> displayOnly) {
    this.displayOnly = Set.copyOf(displayOnly);
  }

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
      return !isDisplayOnly(variable.getName(), variable.getTaskId());
    }
    if (entity instanceof HistoricVariableUpdateEventEntity update) {
      return !isDisplayOnly(update.getVariableName(), update.getTaskId());
    }
    return true;
  }

  private boolean isDisplayOnly(String name, String taskId) {
    return taskId != null && displayOnly.contains(name);
  }
}
