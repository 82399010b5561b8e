package dk.aarshjul.notifications.application;

import dk.aarshjul.notifications.domain.Delivery;
import dk.aarshjul.notifications.domain.Letter;
import dk.aarshjul.notifications.domain.TaskLetters;
import dk.aarshjul.notifications.domain.TaskNotice;
import dk.aarshjul.shared.DanishTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The daily overview of a person who chose it: the tasks they may take that came since their last
 * overview, and those whose follow-up day came since then. Only tasks of their own municipalities.
 */
@Service
public class DigestService {

  private final OpenTasks tasks;
  private final People people;
  private final DeliverySettings settings;
  private final MailSender sender;
  private final TaskMailService taskMails;

  DigestService(OpenTasks tasks, People people, DeliverySettings settings, MailSender sender, TaskMailService taskMails) {
    this.tasks = tasks;
    this.people = people;
    this.settings = settings;
    this.sender = sender;
    this.taskMails = taskMails;
  }

  /** The person, if they still want a digest and have an address; else no one. */
  public List<String> recipients(String userId) {
    return people.find(userId)
        .filter(Person::hasAddress)
        .filter(person -> settings.of(person.id()) == Delivery.DAILY_DIGEST)
        .map(person -> List.of(person.id()))
        .orElse(List.of());
  }

  /** Sends the overview of {@code [since, until)}; nothing when nothing came. */
  public void send(String userId, Instant since, Instant until) {
    Optional<Person> found = people.find(userId).filter(Person::hasAddress);
    if (found.isEmpty()) {
      return;
    }
    Person person = found.get();
    List<OpenTask> theirs = tasks.takeableBy(userId).stream()
        .filter(task -> task.tenantId() != null && person.tenantIds().contains(task.tenantId()))
        .sorted(Comparator.comparing(OpenTask::created))
        .toList();
    List<OpenTask> created = theirs.stream()
        .filter(task -> !task.created().isBefore(since) && task.created().isBefore(until))
        .toList();
    Set<String> createdIds = created.stream().map(OpenTask::id).collect(Collectors.toSet());
    LocalDate lastDay = TaskMailService.day(since);
    LocalDate today = TaskMailService.day(until);
    List<OpenTask> followUps = theirs.stream()
        .filter(task -> !createdIds.contains(task.id()) && task.followUp() != null)
        .filter(task -> TaskMailService.day(task.followUp()).isAfter(lastDay) && !TaskMailService.day(task.followUp()).isAfter(today))
        .toList();
    Letter letter = TaskLetters.digest(person.name(), today, notices(created), notices(followUps));
    if (letter != null) {
      sender.send(person.email(), person.name(), letter);
    }
  }

  private List<TaskNotice> notices(List<OpenTask> tasks) {
    return tasks.stream().map(taskMails::notice).toList();
  }

  /** The day a digest run belongs to. */
  public static LocalDate dayOf(Instant at) {
    return at.atZone(DanishTime.ZONE).toLocalDate();
  }
}
