package dk.aarshjul.tenancy.application;

/**
 * The name people read for whoever did something: records keep user ids ("taarnby.committee"), forms
 * and documents show the person ("Lars Nielsen").
 */
public interface PersonNames {

  /** The platform itself, when no person did it (a deadline passed, a job ran). */
  String SYSTEM_USER = "system";
  String SYSTEM_NAME = "Årshjul (automatisk)";

  /**
   * The user's first and last name from the identity; the e-mail address when the user has no name; the
   * id as recorded when there is no such user (any more), so a record never loses who did it.
   */
  String displayName(String userId);
}
