package dk.aarshjul.notifications.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dk.aarshjul.notifications.domain.Delivery;
import dk.aarshjul.notifications.domain.MailKind;
import dk.aarshjul.shared.TenantId;
import dk.aarshjul.testing.Catalogues;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.PlatformTransactionManager;

/** The daily run starts each reminder and each day's digest once, also when another node got there first. */
class MailScheduleTest {

  static final Instant MORNING = Instant.parse("2026-09-01T05:00:00Z"); // 07:00 in Denmark

  final OpenTasks tasks = mock(OpenTasks.class);
  static final TenantId TAARNBY = TenantId.of("taarnby");
  static final TenantId ISHOEJ = TenantId.of("ishoej");
  static final TenantId ISHOEJ_VALLENSBAEK = TenantId.of("ishoej-vallensbaek");

  final People people = mock(People.class);
  final DeliverySettings settings = mock(DeliverySettings.class);
  final SentMails sent = mock(SentMails.class);
  final MailJobs jobs = mock(MailJobs.class);
  final MailSchedule schedule = new MailSchedule(tasks, people, settings, sent, jobs, Catalogues.MUNICIPALITIES,
      mock(PlatformTransactionManager.class));

  @Test
  void remindsOfTheTasksWhoseFollowUpDayHasComeUpToTheEndOfThatDanishDay() {
    when(tasks.followUpBefore(Instant.parse("2026-09-01T22:00:00Z"))).thenReturn(List.of(task("t1"), task("t2"), task("t3")));
    when(sent.recordReminder("t1", TAARNBY, MORNING)).thenReturn(true);
    when(sent.recordReminder("t2", TAARNBY, MORNING)).thenReturn(false);
    when(sent.recordReminder("t3", TAARNBY, MORNING)).thenThrow(new DuplicateKeyException("another node"));

    assertThat(schedule.remind(MORNING)).isEqualTo(1);

    verify(jobs).aboutTask(MailKind.REMINDER, "t1", TAARNBY);
    verify(jobs, never()).aboutTask(MailKind.REMINDER, "t2", TAARNBY);
    verify(jobs, never()).aboutTask(MailKind.REMINDER, "t3", TAARNBY);
  }

  @Test
  void aDigestCoversWhatCameSinceThePersonsLastOneInTheirOwnMunicipality() {
    when(settings.chosenBy(Delivery.DAILY_DIGEST)).thenReturn(List.of("ishoej.planner", "operator", "ishoej.nomail"));
    when(people.find("ishoej.planner")).thenReturn(Optional.of(new Person("ishoej.planner", "Peter", "p@ishoej.example",
        Set.of(ISHOEJ_VALLENSBAEK, ISHOEJ))));
    when(people.find("operator")).thenReturn(Optional.of(new Person("operator", "Drift", "drift@example.org", Set.of())));
    when(people.find("ishoej.nomail")).thenReturn(Optional.of(new Person("ishoej.nomail", "X", null, Set.of(ISHOEJ))));
    Instant yesterday = MORNING.minus(Duration.ofDays(1));
    when(sent.lastDigest("ishoej.planner")).thenReturn(Optional.of(yesterday));
    when(sent.recordDigest("ishoej.planner", ISHOEJ, LocalDate.of(2026, 9, 1), MORNING)).thenReturn(true);

    assertThat(schedule.digest(MORNING)).isEqualTo(1);

    verify(jobs).digest("ishoej.planner", ISHOEJ, yesterday, MORNING);
    verify(sent, times(1)).recordDigest(any(), any(), any(), any());
  }

  private static OpenTask task(String id) {
    return new OpenTask(id, TAARNBY, "Revidér planen", null, null, MORNING, null, MORNING, null, Set.of(), Set.of("taarnby-planner"));
  }
}
