package dk.aarshjul.notifications.application;

import dk.aarshjul.notifications.domain.Delivery;
import dk.aarshjul.notifications.domain.MailKind;
import dk.aarshjul.shared.DanishTime;
import dk.aarshjul.shared.TenantId;
import dk.aarshjul.tenancy.domain.MunicipalityCatalog;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily run: a reminder for every open task whose follow-up day has come, and the digests. Each
 * reminder and each person's digest of a day is recorded together with its mail job, in a transaction of
 * its own, so it is sent once, whichever node runs first and however often the run is repeated.
 */
@Service
public class MailSchedule {

  private static final Logger LOG = LoggerFactory.getLogger(MailSchedule.class);

  private final OpenTasks tasks;
  private final People people;
  private final DeliverySettings settings;
  private final SentMails sent;
  private final MailJobs jobs;
  private final MunicipalityCatalog municipalities;
  private final TransactionTemplate transaction;

  MailSchedule(OpenTasks tasks, People people, DeliverySettings settings, SentMails sent, MailJobs jobs,
      MunicipalityCatalog municipalities, PlatformTransactionManager transactions) {
    this.tasks = tasks;
    this.people = people;
    this.settings = settings;
    this.sent = sent;
    this.jobs = jobs;
    this.municipalities = municipalities;
    this.transaction = new TransactionTemplate(transactions);
    this.transaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
  }

  public void run(Instant now) {
    remind(now);
    digest(now);
  }

  /** Reminders of the tasks whose follow-up day is today or passed while none was sent. */
  public int remind(Instant now) {
    Instant endOfToday = DigestService.dayOf(now).plusDays(1).atStartOfDay(DanishTime.ZONE).toInstant();
    int started = 0;
    for (OpenTask task : tasks.followUpBefore(endOfToday)) {
      if (task.tenantId() != null && once(() -> {
        if (!sent.recordReminder(task.id(), task.tenantId(), now)) {
          return false;
        }
        jobs.aboutTask(MailKind.REMINDER, task.id(), task.tenantId());
        return true;
      })) {
        started++;
      }
    }
    return started;
  }

  /** One digest job per person who chose the digest, for what came since their last one. */
  public int digest(Instant now) {
    LocalDate today = DigestService.dayOf(now);
    int started = 0;
    for (String userId : settings.chosenBy(Delivery.DAILY_DIGEST)) {
      Optional<TenantId> home = people.find(userId).filter(Person::hasAddress).flatMap(this::home);
      if (home.isEmpty()) {
        continue;
      }
      Instant since = sent.lastDigest(userId).orElse(now.minus(Duration.ofDays(1)));
      if (once(() -> {
        if (!sent.recordDigest(userId, home.get(), today, now)) {
          return false;
        }
        jobs.digest(userId, home.get(), since, now);
        return true;
      })) {
        started++;
      }
    }
    return started;
  }

  /** The municipality a person's digest job belongs to (a cooperation's staff also belong to their own). */
  private Optional<TenantId> home(Person person) {
    return person.tenantIds().stream().filter(t -> municipalities.byTenantId(t).isPresent()).sorted().findFirst();
  }

  private boolean once(BooleanSupplier recordAndStart) {
    try {
      return Boolean.TRUE.equals(transaction.execute(status -> recordAndStart.getAsBoolean()));
    } catch (DuplicateKeyException another) {
      LOG.debug("Recorded by another run meanwhile", another);
      return false;
    }
  }
}
