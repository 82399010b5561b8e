package dk.aarshjul.notifications.application;

import dk.aarshjul.notifications.domain.Letter;

/**
 * Hands a mail to the mail server. Throws when the server cannot take it; the caller is a job whose retries
 * and incident deal with that, never a person's request.
 */
public interface MailSender {

  void send(String toAddress, String toName, Letter letter);
}
