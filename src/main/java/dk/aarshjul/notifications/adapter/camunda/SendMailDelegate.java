package dk.aarshjul.notifications.adapter.camunda;

import static dk.aarshjul.notifications.adapter.camunda.NotificationProcess.Var;

import dk.aarshjul.engine.ProcessValues;
import dk.aarshjul.notifications.application.DigestService;
import dk.aarshjul.notifications.application.TaskMailService;
import dk.aarshjul.notifications.domain.MailKind;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sends one recipient's mail. A mail server that fails makes the job fail: it is retried by the BPMN's
 * cycle and then becomes an incident in Cockpit, and retrying the incident sends it.
 */
@Component
class SendMailDelegate implements JavaDelegate {

  private final TaskMailService taskMails;
  private final DigestService digests;

  SendMailDelegate(TaskMailService taskMails, DigestService digests) {
    this.taskMails = taskMails;
    this.digests = digests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MailKind kind = MailJobVariables.kind(execution);
    String recipient = ProcessValues.string(execution.getVariable(Var.RECIPIENT));
    if (kind == MailKind.DIGEST) {
      digests.send(recipient, instant(execution, Var.SINCE), instant(execution, Var.UNTIL));
    } else {
      taskMails.send(kind, ProcessValues.string(execution.getVariable(Var.TASK_ID)), recipient);
    }
  }

  private static Instant instant(DelegateExecution execution, String name) {
    return Instant.parse(ProcessValues.string(execution.getVariable(name)));
  }
}
