package dk.aarshjul.notifications.application;

import dk.aarshjul.shared.TenantId;
import java.time.Instant;
import java.util.Optional;

/**
 * What the daily run has already sent, so each reminder and each day's digest goes once, also when two
 * nodes run at the same time: recording is refused for something recorded before.
 */
public interface SentMails {

  /** @return false when the task's reminder was recorded before */
  boolean recordReminder(String taskId, TenantId tenantId, Instant at);

  /** @return false when the person's digest for that day was recorded before */
  boolean recordDigest(String userId, TenantId tenantId, java.time.LocalDate day, Instant at);

  /** When the person's latest digest was recorded. */
  Optional<Instant> lastDigest(String userId);
}
