package dk.aarshjul.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dk.aarshjul.notifications.adapter.camunda.NotificationProcess;
import dk.aarshjul.notifications.application.MailJobs;
import dk.aarshjul.notifications.application.MailSchedule;
import dk.aarshjul.notifications.domain.MailKind;
import dk.aarshjul.shared.DanishTime;
import dk.aarshjul.shared.TenantId;
import dk.aarshjul.testing.AarshjulIntegrationTest;
import dk.aarshjul.testing.Api;
import dk.aarshjul.testing.CycleDriver;
import dk.aarshjul.testing.Jobs;
import dk.aarshjul.testing.OwnApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Mail over real SMTP (GreenMail on a port of its own) from the whole application: who gets mail about a
 * new task, a consultation's invitation, the reminder on the follow-up day, the daily digest, another
 * municipality's people, and a mail server that is down while a planner works.
 */
// mail switched on makes an application of its own, which must not share a JVM (and engine "default") with the others
@OwnApplication
@AarshjulIntegrationTest
class TaskMailIT {

  static final int SMTP_PORT = freePort();
  static final String PUBLIC_URL = "https://aarshjul.kommune.example";

  @RegisterExtension
  static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
      .withPerMethodLifecycle(false);

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry properties) {
    properties.add("aarshjul.mail.enabled", () -> "true");
    properties.add("aarshjul.mail.from", () -> "Årshjul <aarshjul@kommune.example>");
    properties.add("aarshjul.mail.schedule", () -> "-");
    properties.add("aarshjul.public-url", () -> PUBLIC_URL);
    properties.add("spring.mail.host", () -> "127.0.0.1");
    properties.add("spring.mail.port", () -> SMTP_PORT);
  }

  @LocalServerPort int port;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired MailSchedule schedule;
  @Autowired MailJobs mailJobs;

  @BeforeEach
  void emptyMailboxes() {
    if (!smtp.isRunning()) {
      smtp.start();
    }
    purgeMail();
  }

  @Test
  void aNewTaskIsMailedInDanishToEveryoneWhoMayTakeItAndNoOneElse() {
    Api.Response onboarded = Api.at(port).as("operator").put("/api/municipalities/taarnby/onboarding", Map.of("users", List.of(
        Map.of("id", "taarnby.planner2", "firstName", "Ida", "lastName", "Holm", "email", "ida.holm@taarnby.example",
            "password", "Langt-kodeord-42", "roles", List.of("planner")))));
    assertThat(onboarded.status()).as(onboarded.toString()).isEqualTo(200);
    CycleDriver taarnby = new CycleDriver(Api.at(port), management, "taarnby");

    String instance = taarnby.start(2031);

    Task draft = task(instance, "userTask_draftPlan");
    List<ReceivedMail> mails = received();
    assertThat(mails).extracting(ReceivedMail::to)
        .as("the planners, who may take the task: the demo planner and the one onboarded with her address")
        .containsExactlyInAnyOrder("taarnby.planner@taarnby.aarshjul.example", "ida.holm@taarnby.example");
    ReceivedMail mail = mails.stream().filter(m -> m.to().equals("ida.holm@taarnby.example")).findFirst().orElseThrow()
        .dump("new-task");
    String due = DanishTime.date(day(draft.getDueDate()));
    assertThat(mail.toName()).isEqualTo("Ida Holm");
    assertThat(mail.from()).contains("aarshjul@kommune.example");
    assertThat(mail.subject()).isEqualTo("Ny opgave: Udarbejd udkast til fokusområder og mål – Beskæftigelsesplan 2031 for "
        + "Tårnby Kommune – frist " + due);
    assertThat(mail.text()).contains("Kære Ida Holm", "Du har fået en ny opgave i Årshjul for Tårnby Kommune.",
        "Kommune: Tårnby Kommune", "Plan: Beskæftigelsesplan 2031 for Tårnby Kommune", "Planperiode: 2031",
        "Opgave: Udarbejd udkast til fokusområder og mål", "Frist: " + due,
        PUBLIC_URL + "/camunda/app/tasklist/default/#/?task=" + draft.getId());
    assertThat(due).matches("\\d{1,2}\\. (januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december) \\d{4}");
    assertThat(mail.html()).contains("<html lang=\"da\">", "<dt style=\"font-weight:bold\">Frist</dt>",
        "<a href=\"" + PUBLIC_URL + "/camunda/app/tasklist/default/#/?task=" + draft.getId() + "\"");
  }

  @Test
  void consultationBodiesAreInvitedByMailWithTheDeadline() {
    CycleDriver broendby = new CycleDriver(Api.at(port), management, "broendby");
    String instance = broendby.start(2031);
    broendby.complete("planner", instance, "userTask_draftPlan", CycleDriver.draft(2031, "Sygedagpenge reduceres fra 741 til 690"));
    LocalDate deadline = LocalDate.now().plusDays(30);
    purgeMail();

    broendby.complete("planner", instance, "userTask_requestConsultation", Map.of(
        "consultationBodies", Map.of("type", "Json", "value", "[\"disability-council\", \"social-partners\"]"),
        "consultationDeadline", Map.of("value", deadline.toString())));

    List<ReceivedMail> mails = received();
    assertThat(mails).extracting(ReceivedMail::to).as("each body invited, the planner not")
        .containsExactlyInAnyOrder("broendby.disability-council@broendby.aarshjul.example",
            "broendby.social-partners@broendby.aarshjul.example");
    ReceivedMail invitation = mails.stream().filter(m -> m.to().startsWith("broendby.disability-council")).findFirst().orElseThrow()
        .dump("consultation-invitation");
    assertThat(invitation.subject()).isEqualTo("Invitation til høring: Beskæftigelsesplan 2031 for Brøndby Kommune – høringsfrist "
        + DanishTime.date(deadline));
    assertThat(invitation.text()).contains(
        "Brøndby Kommune inviterer Handicaprådet til at afgive høringssvar på udkastet til Beskæftigelsesplan 2031 for Brøndby Kommune.",
        "Høringsfrist: " + DanishTime.date(deadline), "Høringspart: Handicaprådet", "Opgave: Afgiv høringssvar",
        PUBLIC_URL + "/camunda/app/tasklist/default/#/?task=" + task(instance, "userTask_consultationResponse",
            "broendby-body-disability-council").getId());
    assertThat(mails.stream().filter(m -> m.to().startsWith("broendby.social-partners")).findFirst().orElseThrow().text())
        .contains("inviterer De lokale arbejdsmarkedsparter til at afgive høringssvar");
  }

  @Test
  void aReminderGoesOnTheFollowUpDayOnce() {
    CycleDriver vordingborg = new CycleDriver(Api.at(port), management, "vordingborg");
    String instance = vordingborg.start(2031);
    Task draft = task(instance, "userTask_draftPlan");
    LocalDate followUp = day(draft.getFollowUpDate());
    purgeMail();

    schedule.remind(morningOf(followUp.minusDays(1)));
    Jobs.runDue(management);
    assertThat(mailsTo("vordingborg.planner@vordingborg.aarshjul.example")).as("not before the follow-up day").isEmpty();

    schedule.remind(morningOf(followUp));
    Jobs.runDue(management);
    List<ReceivedMail> reminders = mailsTo("vordingborg.planner@vordingborg.aarshjul.example");
    assertThat(reminders).hasSize(1);
    ReceivedMail reminder = reminders.get(0).dump("reminder");
    String due = DanishTime.date(day(draft.getDueDate()));
    assertThat(reminder.subject()).isEqualTo("Påmindelse: Udarbejd udkast til fokusområder og mål – Beskæftigelsesplan 2031 for "
        + "Vordingborg Kommune – frist " + due);
    assertThat(reminder.text()).contains("Husk opgaven i Årshjul for Vordingborg Kommune: fristen er " + due + ".",
        PUBLIC_URL + "/camunda/app/tasklist/default/#/?task=" + draft.getId());

    schedule.remind(morningOf(followUp).plusSeconds(3600));
    schedule.remind(morningOf(followUp.plusDays(1)));
    Jobs.runDue(management);
    assertThat(mailsTo("vordingborg.planner@vordingborg.aarshjul.example")).as("a reminder is sent once").hasSize(1);
  }

  @Test
  void aPersonWhoChoseTheDigestGetsOneMailADayWithTheDaysTasksOfTheirOwnMunicipalityOnly() {
    Api planner = Api.at(port).as("ishoej.planner");
    assertThat(planner.put("/api/me/notification-settings", Map.of("delivery", "daily-digest")).status()).isEqualTo(200);
    try {
      CycleDriver ishoej = new CycleDriver(Api.at(port), management, "ishoej");
      String instance = ishoej.start(2031);
      assertThat(mailsTo("ishoej.planner@ishoej.aarshjul.example")).as("no mail per task").isEmpty();
      // even offered another municipality's task by mistake, a person does not hear of it
      String taarnbyTask = anOpenTaskOf("taarnby");
      tasks.addCandidateUser(taarnbyTask, "ishoej.planner");

      schedule.digest(Instant.now().plusSeconds(60));
      Jobs.runDue(management);

      List<ReceivedMail> digests = mailsTo("ishoej.planner@ishoej.aarshjul.example");
      assertThat(digests).hasSize(1);
      ReceivedMail digest = digests.get(0).dump("digest");
      Task draft = task(instance, "userTask_draftPlan");
      assertThat(digest.subject()).startsWith("Dagligt overblik fra Årshjul ").endsWith(": 1 ny opgave");
      assertThat(digest.text()).contains("Ny opgave\n=========\n\n* Udarbejd udkast til fokusområder og mål\n\nKommune: Ishøj Kommune", "Kommune: Ishøj Kommune",
          "Plan: Beskæftigelsesplan 2031 for Ishøj Kommune", "Opgave: Udarbejd udkast til fokusområder og mål",
          "Frist: " + DanishTime.date(day(draft.getDueDate())), PUBLIC_URL + "/camunda/app/tasklist/default/#/?task=" + draft.getId())
          .doesNotContain("Tårnby", taarnbyTask);
      assertThat(digest.html()).contains(">Ny opgave</h2>", ">Udarbejd udkast til fokusområder og mål</h3>");

      schedule.digest(Instant.now().plusSeconds(120));
      Jobs.runDue(management);
      assertThat(mailsTo("ishoej.planner@ishoej.aarshjul.example")).as("one digest a day").hasSize(1);
      tasks.deleteCandidateUser(taarnbyTask, "ishoej.planner");
    } finally {
      planner.put("/api/me/notification-settings", Map.of("delivery", "immediate"));
    }
  }

  @Test
  void aPersonOfAnotherMunicipalityGetsNoMailAboutATaskEvenWhenOfferedIt() {
    CycleDriver taarnby = new CycleDriver(Api.at(port), management, "taarnby");
    String instance = taarnby.start(2032);
    String draft = task(instance, "userTask_draftPlan").getId();
    tasks.addCandidateUser(draft, "ishoej.committee");
    tasks.addCandidateGroup(draft, "vallensbaek-planner");
    purgeMail();

    mailJobs.aboutTask(MailKind.NEW_TASK, draft, TenantId.of("taarnby"));
    Jobs.runDue(management);

    assertThat(received()).extracting(ReceivedMail::to).isNotEmpty()
        .allMatch(to -> to.endsWith("@taarnby.aarshjul.example") || to.endsWith("@taarnby.example"));
  }

  @Test
  void aMailServerThatIsDownNeverFailsThePlannersStepTheMailBecomesAnIncidentAndGoesWhenRetried() {
    CycleDriver vallensbaek = new CycleDriver(Api.at(port), management, "vallensbaek");
    String instance = vallensbaek.start(2031);
    String draft = task(instance, "userTask_draftPlan").getId();
    smtp.stop();

    Api.Response completed = vallensbaek.submit("planner", draft, CycleDriver.draft(2031, "Sygedagpenge reduceres fra 741 til 690"));

    assertThat(completed.status()).as("the planner's Afslut: %s", completed).isEqualTo(204);
    runDueJobsAsTheJobExecutorDoes();
    Task next = task(instance, "userTask_requestConsultation");
    assertThat(next).as("the planner's next task is there").isNotNull();
    String mailInstance = runtime.createProcessInstanceQuery().processDefinitionKey(NotificationProcess.PROCESS_KEY)
        .processInstanceBusinessKey(next.getId()).singleResult().getId();
    Job mailJob = management.createJobQuery().processInstanceId(mailInstance).activityId(NotificationProcess.SEND_MAIL).singleResult();
    assertThat(mailJob.getRetries()).as("failed once, to be tried again").isEqualTo(2);
    assertThat(mailJob.getExceptionMessage()).containsIgnoringCase("connect");

    attemptFailing(mailJob); // the job executor's later attempts
    attemptFailing(mailJob);

    Incident incident = runtime.createIncidentQuery().processInstanceId(mailInstance).singleResult();
    assertThat(incident).as("an incident for the operator").isNotNull();
    assertThat(incident.getActivityId()).isEqualTo(NotificationProcess.SEND_MAIL);
    Api.Response seen = Api.at(port).as("operator").get("/engine-rest/incident?processInstanceId=" + mailInstance);
    assertThat(seen.json()).as("the operator sees it, as Cockpit shows it: %s", seen).hasSize(1);
    assertThat(mailsTo("vallensbaek.planner@vallensbaek.aarshjul.example")).isEmpty();
    Api.Response health = Api.at(port).anonymous().get("/actuator/health");
    assertThat(health.json().path("status").asText()).as("the node stays healthy: %s", health).isEqualTo("UP");

    smtp.start();
    management.setJobRetries(mailJob.getId(), 1); // the operator's retry in Cockpit
    management.executeJob(mailJob.getId());
    Jobs.runDue(management);

    ReceivedMail mail = mailsTo("vallensbaek.planner@vallensbaek.aarshjul.example").get(0).dump("after-incident");
    assertThat(mail.subject()).startsWith("Ny opgave: Send udkastet i høring – Beskæftigelsesplan 2031 for Vallensbæk Kommune");
    assertThat(mail.text()).contains(PUBLIC_URL + "/camunda/app/tasklist/default/#/?task=" + next.getId());
    assertThat(runtime.createIncidentQuery().processInstanceId(mailInstance).count()).isZero();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(mailInstance).count()).as("the mail job is done").isZero();
  }

  private void attemptFailing(Job job) {
    try {
      management.executeJob(job.getId());
    } catch (RuntimeException expected) {
      assertThat(expected).hasStackTraceContaining("onnect");
    }
  }

  /** Every due job, a failing one left to its retry cycle, as the job executor does. */
  private void runDueJobsAsTheJobExecutorDoes() {
    for (int round = 0; round < 20; round++) {
      List<Job> due = management.createJobQuery().executable().messages().list();
      if (due.isEmpty()) {
        return;
      }
      for (Job job : due) {
        try {
          management.executeJob(job.getId());
        } catch (RuntimeException failed) {
          // counted by the engine
        }
      }
    }
  }

  private Task task(String instance, String key) {
    return tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).singleResult();
  }

  private Task task(String instance, String key, String candidateGroup) {
    return tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).taskCandidateGroup(candidateGroup)
        .singleResult();
  }

  private String anOpenTaskOf(String tenant) {
    List<Task> open = tasks.createTaskQuery().tenantIdIn(tenant).list();
    if (open.isEmpty()) {
      String instance = new CycleDriver(Api.at(port), management, tenant).start(2033);
      return task(instance, "userTask_draftPlan").getId();
    }
    return open.get(0).getId();
  }

  private static void purgeMail() {
    try {
      smtp.purgeEmailFromAllMailboxes();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<ReceivedMail> received() {
    return Arrays.stream(smtp.getReceivedMessages()).map(ReceivedMail::of).toList();
  }

  private static List<ReceivedMail> mailsTo(String address) {
    return received().stream().filter(mail -> mail.to().equals(address)).toList();
  }

  private static LocalDate day(java.util.Date date) {
    return date.toInstant().atZone(DanishTime.ZONE).toLocalDate();
  }

  private static Instant morningOf(LocalDate day) {
    return day.atTime(LocalTime.of(7, 0)).atZone(DanishTime.ZONE).toInstant();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
