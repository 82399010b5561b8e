package dk.aarshjul.planning.adapter.camunda;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who did something, for the record. */
final class Actors {

  static final String SYSTEM = "system";

  private Actors() {}

  /** The user completing the task: the authenticated caller, else the assignee. */
  static String completing(DelegateTask task) {
    Authentication caller = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (caller != null && caller.getUserId() != null) {
      return caller.getUserId();
    }
    return task.getAssignee() != null ? task.getAssignee() : SYSTEM;
  }
}
