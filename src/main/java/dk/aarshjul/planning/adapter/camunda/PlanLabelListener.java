package dk.aarshjul.planning.adapter.camunda;

import dk.aarshjul.engine.PlanVariables;
import dk.aarshjul.engine.ProcessValues;
import dk.aarshjul.planning.application.PlanService;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Names a task after its plan, and a status round's tasks after their quarter, so a task list tells which
 * plan and year a task belongs to ("Udvalget indstiller planen – Beskæftigelsesplan 2027 for Tårnby
 * Kommune"). The last create listener of every user task: it extends the name the others gave.
 *
 * <p>The label is read from the plan when the task is created, not from a process variable, so instances
 * started before this listener existed get it too, and a missing variable cannot stop a task being created.
 */
@Component
public class PlanLabelListener implements TaskListener {

  static final String SEPARATOR = " – ";
  /** The engine's column for a task's name holds 255 characters; a plan's title may be longer. */
  static final int MAX_TASK_NAME = 255;

  private final PlanService plans;

  public PlanLabelListener(PlanService plans) {
    this.plans = plans;
  }

  @Override
  public void notify(DelegateTask task) {
    String label = plans.get(PlanTaskVariables.planId(task), List.of(ProcessValues.tenant(task))).label();
    Object quarter = task.getVariable(PlanVariables.PERIOD_LABEL);
    String name = task.getName() + SEPARATOR + label + (quarter == null ? "" : ", " + quarter);
    task.setName(name.length() <= MAX_TASK_NAME ? name : name.substring(0, MAX_TASK_NAME - 1) + "…");
  }
}
