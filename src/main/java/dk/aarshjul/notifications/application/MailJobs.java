package dk.aarshjul.notifications.application;

import dk.aarshjul.notifications.domain.MailKind;
import dk.aarshjul.shared.TenantId;
import java.time.Instant;

/**
 * Starts sending as a job of its own, outside the transaction of whoever caused it, retried and then an
 * incident when the mail server fails.
 */
public interface MailJobs {

  /** Mail about a task ({@link MailKind#NEW_TASK} or {@link MailKind#REMINDER}) to whoever may take it then. */
  void aboutTask(MailKind kind, String taskId, TenantId tenantId);

  /** A person's digest of what came between {@code since} and {@code until}. */
  void digest(String userId, TenantId tenantId, Instant since, Instant until);
}
