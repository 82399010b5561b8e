package dk.aarshjul.notifications.adapter.db;

import dk.aarshjul.notifications.application.DeliverySettings;
import dk.aarshjul.notifications.domain.Delivery;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcDeliverySettings implements DeliverySettings {

  private final JdbcClient jdbc;
  private final Clock clock;

  JdbcDeliverySettings(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public Delivery of(String userId) {
    return jdbc.sql("select delivery from notification_setting where user_id = ?").param(userId)
        .query(String.class).optional()
        .flatMap(Delivery::byCode)
        .orElse(Delivery.DEFAULT);
  }

  @Override
  @Transactional
  public void set(String userId, Delivery delivery) {
    int updated = jdbc.sql("update notification_setting set delivery = ?, updated_at = ? where user_id = ?")
        .params(delivery.code(), OffsetDateTime.now(clock), userId).update();
    if (updated == 0) {
      jdbc.sql("insert into notification_setting (user_id, delivery, updated_at) values (?, ?, ?)")
          .params(userId, delivery.code(), OffsetDateTime.now(clock)).update();
    }
  }

  @Override
  public List<String> chosenBy(Delivery delivery) {
    return jdbc.sql("select user_id from notification_setting where delivery = ? order by user_id").param(delivery.code())
        .query(String.class).list();
  }
}
