package dk.aarshjul.notifications.domain;

import dk.aarshjul.shared.Codes;
import java.util.Optional;

/** Why a mail is sent. */
public enum MailKind {
  /** A task was created: the people who may take it hear of it (a consultation body: as an invitation). */
  NEW_TASK,
  /** The task's follow-up date has come and it is still open. */
  REMINDER,
  /** One mail a day with the day's new tasks and reminders, for a person who chose it. */
  DIGEST;

  public String code() {
    return Codes.of(this);
  }

  public static Optional<MailKind> byCode(String code) {
    return Codes.parse(MailKind.class, code);
  }
}
