package dk.aarshjul.tenancy.application;

/** How a user is named to people in documents: first and last name, never the login id where a name exists. */
public interface UserNames {

  /** "Anne Jensen"; the user id itself only when the identity store has no name for it (or no such user). */
  String fullName(String userId);
}
