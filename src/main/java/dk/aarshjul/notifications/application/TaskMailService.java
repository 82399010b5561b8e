package dk.aarshjul.notifications.application;

import dk.aarshjul.notifications.domain.Delivery;
import dk.aarshjul.notifications.domain.Letter;
import dk.aarshjul.notifications.domain.MailKind;
import dk.aarshjul.notifications.domain.TaskLetters;
import dk.aarshjul.notifications.domain.TaskNotice;
import dk.aarshjul.planning.application.PlanService;
import dk.aarshjul.planning.domain.Plan;
import dk.aarshjul.shared.DanishTime;
import dk.aarshjul.tenancy.application.ConsultationBodies;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Mail about one task: who gets it, and what it says. Only people who may take the task get it (its
 * assignee, or its candidate users and the members of its candidate groups), only if they belong to the
 * task's municipality (or cooperation) and have an address.
 */
@Service
public class TaskMailService {

  private final OpenTasks tasks;
  private final People people;
  private final DeliverySettings settings;
  private final MailSender sender;
  private final PlanService plans;
  private final ConsultationBodies bodies;
  private final String publicUrl;

  TaskMailService(OpenTasks tasks, People people, DeliverySettings settings, MailSender sender, PlanService plans,
      ConsultationBodies bodies, @Value("${aarshjul.public-url}") String publicUrl) {
    this.bodies = bodies;
    this.tasks = tasks;
    this.people = people;
    this.settings = settings;
    this.sender = sender;
    this.plans = plans;
    this.publicUrl = publicUrl;
  }

  /** Who gets a mail of this kind about the task now: those who may take it and want their mail at once. */
  public List<String> recipients(String taskId) {
    return tasks.find(taskId).map(task -> mayTake(task).stream()
            .filter(person -> settings.of(person.id()) == Delivery.IMMEDIATE)
            .map(Person::id)
            .toList())
        .orElse(List.of());
  }

  /**
   * Sends the mail to one person. Nothing when the task was done (or the person lost it) before the mail
   * went: a mail about a task that is gone helps no one.
   */
  public void send(MailKind kind, String taskId, String userId) {
    Optional<OpenTask> found = tasks.find(taskId);
    if (found.isEmpty()) {
      return;
    }
    OpenTask task = found.get();
    Optional<Person> person = mayTake(task).stream().filter(p -> p.id().equals(userId)).findFirst();
    if (person.isEmpty()) {
      return;
    }
    TaskNotice notice = notice(task);
    Letter letter = kind == MailKind.REMINDER
        ? TaskLetters.reminder(person.get().name(), notice)
        : TaskLetters.newTask(person.get().name(), notice);
    sender.send(person.get().email(), person.get().name(), letter);
  }

  /** The people who may take the task, of its tenant and with an address. */
  List<Person> mayTake(OpenTask task) {
    TreeSet<String> userIds = new TreeSet<>();
    if (task.assignee() != null) {
      userIds.add(task.assignee());
    } else {
      userIds.addAll(task.candidateUsers());
      task.candidateGroups().forEach(group -> userIds.addAll(people.membersOf(group)));
    }
    return userIds.stream()
        .map(people::find)
        .flatMap(Optional::stream)
        .filter(person -> task.tenantId() != null && person.tenantIds().contains(task.tenantId()))
        .filter(Person::hasAddress)
        .toList();
  }

  /** The task in the words of a mail: its municipality, plan, name, deadline and link. */
  TaskNotice notice(OpenTask task) {
    Plan plan = task.planId() == null ? null : plans.get(task.planId(), List.of(task.tenantId()));
    String body = task.candidateGroups().stream()
        .map(bodies::bodyGroup)
        .flatMap(Optional::stream)
        .map(group -> plan == null ? bodies.nameToday(group.body()) : bodies.name(group.body(), plan.period()))
        .findFirst().orElse(null);
    return new TaskNotice(task.id(), plans.ownerName(task.tenantId()), plan == null ? null : plan.label(),
        plan == null ? null : plan.period().label(), task.name(), task.periodLabel(), day(task.due()), body,
        TaskNotice.tasklistLink(publicUrl, task.id()));
  }

  static LocalDate day(Instant instant) {
    return instant == null ? null : instant.atZone(DanishTime.ZONE).toLocalDate();
  }

}
