package dk.aarshjul.notifications.adapter.mail;

import dk.aarshjul.notifications.application.MailSchedule;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Starts the daily reminders and digests at {@code aarshjul.mail.schedule}, on every node: what each run
 * records makes the mails go once. Only when mail is on; and then a mail server must be configured, or the
 * platform does not start.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "aarshjul.mail.enabled", havingValue = "true")
class DailyMailRun {

  private final MailSchedule schedule;
  private final Clock clock;

  DailyMailRun(MailSchedule schedule, Clock clock, ObjectProvider<JavaMailSender> mailServer) {
    if (mailServer.getIfAvailable() == null) {
      throw new IllegalStateException("aarshjul.mail.enabled=true needs a mail server: set spring.mail.host (SPRING_MAIL_HOST)");
    }
    this.schedule = schedule;
    this.clock = clock;
  }

  @Scheduled(cron = "${aarshjul.mail.schedule:0 0 7 * * *}", zone = "Europe/Copenhagen")
  void run() {
    schedule.run(clock.instant());
  }
}
