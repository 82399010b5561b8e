package dk.aarshjul.notifications.adapter.db;

import dk.aarshjul.notifications.application.SentMails;
import dk.aarshjul.shared.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The record of the daily run. A row found says "sent before"; a row inserted by another node meanwhile
 * makes the insert fail on the key, and the caller's transaction with it.
 */
@Repository
class JdbcSentMails implements SentMails {

  static final String REMINDER = "reminder";
  static final String DIGEST = "digest";

  private final JdbcClient jdbc;

  JdbcSentMails(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean recordReminder(String taskId, TenantId tenantId, Instant at) {
    return record(REMINDER, taskId, tenantId, null, at);
  }

  @Override
  public boolean recordDigest(String userId, TenantId tenantId, LocalDate day, Instant at) {
    return record(DIGEST, userId + "/" + day, tenantId, userId, at);
  }

  @Override
  public Optional<Instant> lastDigest(String userId) {
    return jdbc.sql("select max(recorded_at) from notification_sent where recipient = ? and kind = ?")
        .params(userId, DIGEST).query(OffsetDateTime.class).list().stream()
        .filter(java.util.Objects::nonNull).map(OffsetDateTime::toInstant).findFirst();
  }

  private boolean record(String kind, String subject, TenantId tenantId, String recipient, Instant at) {
    boolean known = jdbc.sql("select count(*) from notification_sent where kind = ? and subject = ?")
        .params(kind, subject).query(Integer.class).single() > 0;
    if (known) {
      return false;
    }
    jdbc.sql("insert into notification_sent (kind, subject, tenant_id, recipient, recorded_at) values (?, ?, ?, ?, ?)")
        .params(kind, subject, tenantId.value(), recipient, OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).update();
    return true;
  }
}
