package dk.aarshjul.engine;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who did something, for the record. */
public final class Actors {

  public static final String SYSTEM = "system";

  private Actors() {}

  /** The user completing the task: the authenticated caller, else the assignee. */
  public static String completing(DelegateTask task) {
    Authentication caller = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (caller != null && caller.getUserId() != null) {
      return caller.getUserId();
    }
    return task.getAssignee() != null ? task.getAssignee() : SYSTEM;
  }
}
