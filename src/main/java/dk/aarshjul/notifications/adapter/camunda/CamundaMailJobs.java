package dk.aarshjul.notifications.adapter.camunda;

import static dk.aarshjul.notifications.adapter.camunda.NotificationProcess.Var;

import dk.aarshjul.notifications.application.MailJobs;
import dk.aarshjul.notifications.domain.MailKind;
import dk.aarshjul.shared.TenantId;
import java.time.Instant;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * One {@code notification} instance per mail, in the tenant it is about, started as the platform: staff
 * may neither start nor see these instances; the operator sees their incidents in Cockpit.
 */
@Component
class CamundaMailJobs implements MailJobs {

  private final RuntimeService runtime;
  private final IdentityService identity;

  CamundaMailJobs(RuntimeService runtime, IdentityService identity) {
    this.runtime = runtime;
    this.identity = identity;
  }

  @Override
  public void aboutTask(MailKind kind, String taskId, TenantId tenantId) {
    start(taskId, Variables.createVariables()
        .putValue(Var.TENANT, tenantId.value())
        .putValue(Var.MAIL_KIND, kind.code())
        .putValue(Var.TASK_ID, taskId));
  }

  @Override
  public void digest(String userId, TenantId tenantId, Instant since, Instant until) {
    start(userId, Variables.createVariables()
        .putValue(Var.TENANT, tenantId.value())
        .putValue(Var.MAIL_KIND, MailKind.DIGEST.code())
        .putValue(Var.DIGEST_FOR, userId)
        .putValue(Var.SINCE, since.toString())
        .putValue(Var.UNTIL, until.toString()));
  }

  private void start(String businessKey, VariableMap variables) {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      runtime.createProcessInstanceByKey(NotificationProcess.PROCESS_KEY).businessKey(businessKey)
          .setVariables(variables).execute();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }
}
