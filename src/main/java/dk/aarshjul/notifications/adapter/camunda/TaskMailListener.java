package dk.aarshjul.notifications.adapter.camunda;

import dk.aarshjul.notifications.application.MailJobs;
import dk.aarshjul.notifications.domain.MailKind;
import dk.aarshjul.shared.TenantId;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Orders the mail about a new task: the last create listener of every user task when mail is on (the
 * engine plugin adds it while parsing, see {@code EngineConfiguration}). It only starts a mail job; the
 * transaction of whoever completed the step before commits without waiting for a mail server.
 */
@Component(TaskMailListener.BEAN)
public class TaskMailListener implements TaskListener {

  public static final String BEAN = "taskMailListener";

  private final MailJobs jobs;

  TaskMailListener(MailJobs jobs) {
    this.jobs = jobs;
  }

  @Override
  public void notify(DelegateTask task) {
    TenantId.parse(task.getTenantId()).ifPresent(tenant -> jobs.aboutTask(MailKind.NEW_TASK, task.getId(), tenant));
  }
}
