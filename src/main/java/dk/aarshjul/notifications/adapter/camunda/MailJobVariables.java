package dk.aarshjul.notifications.adapter.camunda;

import static dk.aarshjul.notifications.adapter.camunda.NotificationProcess.Var;

import dk.aarshjul.engine.ProcessValues;
import dk.aarshjul.notifications.domain.MailKind;
import org.camunda.bpm.engine.delegate.DelegateExecution;

final class MailJobVariables {

  private MailJobVariables() {}

  static MailKind kind(DelegateExecution execution) {
    String code = ProcessValues.string(execution.getVariable(Var.MAIL_KIND));
    return MailKind.byCode(code).orElseThrow(() -> new IllegalArgumentException("Not a mail kind: " + code));
  }
}
