package dk.aarshjul.notifications.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dk.aarshjul.notifications.domain.Delivery;
import dk.aarshjul.notifications.domain.Letter;
import dk.aarshjul.notifications.domain.MailKind;
import dk.aarshjul.planning.application.PlanService;
import dk.aarshjul.shared.TenantId;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** Who gets mail about a task: only those who may take it, of its municipality, with an address, wanting it now. */
class TaskMailServiceTest {

  final OpenTasks tasks = mock(OpenTasks.class);
  final People people = mock(People.class);
  final DeliverySettings settings = mock(DeliverySettings.class);
  final MailSender sender = mock(MailSender.class);
  final PlanService plans = mock(PlanService.class);
  final TaskMailService service = new TaskMailService(tasks, people, settings, sender, plans,
      dk.aarshjul.testing.Catalogues.consultationBodies(), "http://localhost:8080/");

  @BeforeEach
  void people() {
    person("taarnby.planner", "taarnby");
    person("taarnby.planner2", "taarnby");
    person("taarnby.committee", "taarnby");
    person("ishoej.planner", "ishoej", "ishoej-vallensbaek");
    when(people.find("taarnby.nomail")).thenReturn(Optional.of(new Person("taarnby.nomail", "Uden Adresse", " ", Set.of(TenantId.of("taarnby")))));
    when(people.membersOf("taarnby-planner")).thenReturn(List.of("taarnby.planner", "taarnby.planner2", "taarnby.nomail"));
    when(people.membersOf("ishoej-planner")).thenReturn(List.of("ishoej.planner"));
    when(settings.of(anyString())).thenReturn(Delivery.IMMEDIATE);
    when(plans.ownerName(any())).thenReturn("Tårnby Kommune");
  }

  @Test
  void membersOfTheCandidateGroupsAndCandidateUsersOfTheTasksMunicipalityWithAnAddress() {
    task("t1", null, Set.of("taarnby.committee", "ishoej.planner"), Set.of("taarnby-planner", "ishoej-planner"));

    assertThat(service.recipients("t1")).containsExactly("taarnby.committee", "taarnby.planner", "taarnby.planner2");
  }

  @Test
  void aClaimedTaskIsMailedToItsAssigneeAlone() {
    task("t1", "taarnby.planner2", Set.of(), Set.of("taarnby-planner"));

    assertThat(service.recipients("t1")).containsExactly("taarnby.planner2");
  }

  @Test
  void whoChoseTheDigestGetsNoMailPerTask() {
    when(settings.of("taarnby.planner")).thenReturn(Delivery.DAILY_DIGEST);
    task("t1", null, Set.of(), Set.of("taarnby-planner"));

    assertThat(service.recipients("t1")).containsExactly("taarnby.planner2");
  }

  @Test
  void aTaskDoneBeforeItsMailWentIsNotMailed() {
    when(tasks.find("gone")).thenReturn(Optional.empty());

    assertThat(service.recipients("gone")).isEmpty();
    service.send(MailKind.NEW_TASK, "gone", "taarnby.planner");

    verify(sender, never()).send(any(), any(), any());
  }

  @Test
  void aPersonOfAnotherMunicipalityIsNotMailedEvenWhenTheJobNamesThem() {
    task("t1", null, Set.of("ishoej.planner"), Set.of("taarnby-planner"));

    service.send(MailKind.NEW_TASK, "t1", "ishoej.planner");
    verify(sender, never()).send(any(), any(), any());

    service.send(MailKind.REMINDER, "t1", "taarnby.planner");
    ArgumentCaptor<Letter> letter = ArgumentCaptor.forClass(Letter.class);
    verify(sender).send(eq("taarnby.planner@taarnby.aarshjul.example"), eq("Navn taarnby.planner"), letter.capture());
    assertThat(letter.getValue().subject()).startsWith("Påmindelse: Udarbejd udkast");
  }

  private void person(String id, String... tenants) {
    when(people.find(id)).thenReturn(Optional.of(new Person(id, "Navn " + id, id + "@" + tenants[0] + ".aarshjul.example",
        Arrays.stream(tenants).map(TenantId::of).collect(Collectors.toSet()))));
  }

  private void task(String id, String assignee, Set<String> users, Set<String> groups) {
    when(tasks.find(id)).thenReturn(Optional.of(new OpenTask(id, TenantId.of("taarnby"), "Udarbejd udkast til fokusområder og mål", null, null,
        Instant.parse("2026-06-01T08:00:00Z"), Instant.parse("2026-09-01T21:59:00Z"), null, assignee, users, groups)));
  }
}
