package dk.aarshjul.notifications.adapter.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code aarshjul.mail.*}; the mail server itself is Spring's {@code spring.mail.*}.
 *
 * @param enabled whether Årshjul sends mail at all; off, no mail job is made and nothing is sent
 * @param from the sender people see, e.g. {@code "Årshjul <aarshjul@kommune.dk>"}
 * @param schedule when the daily reminders and digests go (Spring cron, Danish time); {@code -} never
 */
@ConfigurationProperties("aarshjul.mail")
public record MailSettings(
    @DefaultValue("false") boolean enabled,
    @DefaultValue("Årshjul <noreply@localhost>") String from,
    @DefaultValue("0 0 7 * * *") String schedule) {}
