package dk.aarshjul.notifications.adapter.camunda;

import static dk.aarshjul.notifications.adapter.camunda.NotificationProcess.Var;

import dk.aarshjul.engine.ProcessValues;
import dk.aarshjul.notifications.application.DigestService;
import dk.aarshjul.notifications.application.TaskMailService;
import dk.aarshjul.notifications.domain.MailKind;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Decides who gets the mail, as the task and the people stand when the job runs. */
@Component
class ChooseRecipientsDelegate implements JavaDelegate {

  private final TaskMailService taskMails;
  private final DigestService digests;

  ChooseRecipientsDelegate(TaskMailService taskMails, DigestService digests) {
    this.taskMails = taskMails;
    this.digests = digests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MailKind kind = MailJobVariables.kind(execution);
    List<String> recipients = kind == MailKind.DIGEST
        ? digests.recipients(ProcessValues.string(execution.getVariable(Var.DIGEST_FOR)))
        : taskMails.recipients(ProcessValues.string(execution.getVariable(Var.TASK_ID)));
    execution.setVariable(Var.RECIPIENTS, ProcessValues.jsonList(recipients));
  }
}
