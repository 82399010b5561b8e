package dk.aarshjul.notifications.adapter.camunda;

import static dk.aarshjul.notifications.adapter.camunda.NotificationProcess.Var;
import static dk.aarshjul.testing.PlanFixtures.TAARNBY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dk.aarshjul.notifications.application.DigestService;
import dk.aarshjul.notifications.application.TaskMailService;
import dk.aarshjul.notifications.domain.MailKind;
import dk.aarshjul.testing.ProcessTestEngine;
import dk.aarshjul.testing.ProcessTestSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

/** A mail job: recipients chosen in a job, one job per recipient, a failing mail retried alone, then an incident. */
class NotificationProcessTest extends ProcessTestSupport {

  static final TaskMailService taskMails = mock(TaskMailService.class);
  static final DigestService digests = mock(DigestService.class);

  @BeforeEach
  void registerDelegates() {
    reset(taskMails, digests);
    Mocks.register("jobRetries", new dk.aarshjul.engine.JobRetries("R3/PT5M"));
    Mocks.register("chooseRecipientsDelegate", new ChooseRecipientsDelegate(taskMails, digests));
    Mocks.register("sendMailDelegate", new SendMailDelegate(taskMails, digests));
  }

  @Test
  void aNewTaskMailsEachRecipientInAJobOfItsOwn() {
    when(taskMails.recipients("task-1")).thenReturn(List.of("taarnby.planner", "taarnby.planner2"));
    ProcessInstance mail = start(MailKind.NEW_TASK, "task-1");
    assertThat(mail).isWaitingAt(NotificationProcess.CHOOSE_RECIPIENTS);
    verify(taskMails, never()).recipients(any());

    ProcessTestEngine.executeAsyncJobs(engine);

    verify(taskMails).send(MailKind.NEW_TASK, "task-1", "taarnby.planner");
    verify(taskMails).send(MailKind.NEW_TASK, "task-1", "taarnby.planner2");
    assertThat(mail).hasPassedInOrder(NotificationProcess.CHOOSE_RECIPIENTS, NotificationProcess.SEND_MAIL, NotificationProcess.END)
        .isEnded();
  }

  @Test
  void noOneToTellEndsWithoutAMail() {
    when(taskMails.recipients("task-2")).thenReturn(List.of());
    ProcessInstance mail = start(MailKind.REMINDER, "task-2");

    ProcessTestEngine.executeAsyncJobs(engine);

    verify(taskMails, never()).send(any(), any(), any());
    assertThat(mail).isEnded();
  }

  @Test
  void aFailingMailServerIsRetriedForThatMailAloneThenAnIncidentThatSendsWhenRetried() {
    when(taskMails.recipients("task-3")).thenReturn(List.of("taarnby.planner", "taarnby.committee"));
    doThrow(new MailSendException("Connection refused")).when(taskMails).send(MailKind.NEW_TASK, "task-3", "taarnby.committee");
    ProcessInstance mail = start(MailKind.NEW_TASK, "task-3");
    ManagementService management = engine.getManagementService();

    runDueJobsAsTheJobExecutorDoes(); // the committee's mail fails once and waits
    Job failing = management.createJobQuery().processInstanceId(mail.getId()).singleResult();
    assertThat(failing.getRetries()).as("the BPMN's cycle R3/PT5M: retried").isEqualTo(2);
    assertThat(Duration.between(Instant.now(), failing.getDuedate().toInstant()))
        .as("after five minutes").isBetween(Duration.ofMinutes(4), Duration.ofMinutes(6));
    verify(taskMails).send(MailKind.NEW_TASK, "task-3", "taarnby.planner");
    for (int attempt = 0; attempt < 2; attempt++) {
      assertThatThrownBy(() -> management.executeJob(failing.getId())).isInstanceOf(MailSendException.class);
    }

    Incident incident = engine.getRuntimeService().createIncidentQuery().processInstanceId(mail.getId()).singleResult();
    assertThat(incident.getActivityId()).isEqualTo(NotificationProcess.SEND_MAIL);
    assertThat(management.createJobQuery().jobId(failing.getId()).singleResult().getRetries()).isZero();
    verify(taskMails, times(3)).send(MailKind.NEW_TASK, "task-3", "taarnby.committee");
    verify(taskMails).send(MailKind.NEW_TASK, "task-3", "taarnby.planner");

    doNothing().when(taskMails).send(MailKind.NEW_TASK, "task-3", "taarnby.committee");
    management.setJobRetries(failing.getId(), 1); // the operator's "retry" in Cockpit
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(mail.getId()).count()).isZero();
    management.executeJob(failing.getId()); // the job executor takes it at its due date
    ProcessTestEngine.executeAsyncJobs(engine);

    verify(taskMails, times(4)).send(MailKind.NEW_TASK, "task-3", "taarnby.committee");
    verify(taskMails).send(MailKind.NEW_TASK, "task-3", "taarnby.planner");
    assertThat(mail).isEnded();
  }

  @Test
  void aDigestGoesToItsPersonForItsWindow() {
    Instant since = Instant.parse("2026-05-31T05:00:00Z");
    Instant until = Instant.parse("2026-06-01T05:00:00Z");
    when(digests.recipients("taarnby.planner")).thenReturn(List.of("taarnby.planner"));
    ProcessInstance mail = engine.getRuntimeService().createProcessInstanceByKey(NotificationProcess.PROCESS_KEY)
        .setVariables(Variables.createVariables().putValue(Var.TENANT, TAARNBY.value()).putValue(Var.MAIL_KIND, "digest")
            .putValue(Var.DIGEST_FOR, "taarnby.planner").putValue(Var.SINCE, since.toString()).putValue(Var.UNTIL, until.toString()))
        .execute();
    assertThat(mail.getTenantId()).isEqualTo(TAARNBY.value());

    ProcessTestEngine.executeAsyncJobs(engine);

    verify(digests).send("taarnby.planner", since, until);
    verify(taskMails, never()).send(any(), any(), any());
    assertThat(mail).isEnded();
  }

  /** Every due job once more, until none is due; a failing job is left to its retry cycle, as the executor does. */
  private static void runDueJobsAsTheJobExecutorDoes() {
    ManagementService management = engine.getManagementService();
    for (int round = 0; round < 10; round++) {
      List<Job> due = management.createJobQuery().executable().messages().list();
      if (due.isEmpty()) {
        return;
      }
      for (Job job : due) {
        try {
          management.executeJob(job.getId());
        } catch (RuntimeException failed) {
          // the engine has counted the failure and set the next attempt
        }
      }
    }
  }

  private static ProcessInstance start(MailKind kind, String taskId) {
    ProcessInstance instance = engine.getRuntimeService().createProcessInstanceByKey(NotificationProcess.PROCESS_KEY)
        .businessKey(taskId)
        .setVariables(Variables.createVariables().putValue(Var.TENANT, TAARNBY.value()).putValue(Var.MAIL_KIND, kind.code())
            .putValue(Var.TASK_ID, taskId))
        .execute();
    assertThat(instance.getTenantId()).isEqualTo(TAARNBY.value());
    return instance;
  }
}
