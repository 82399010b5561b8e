package dk.aarshjul.notifications.application;

import java.util.List;
import java.util.Optional;

/** The people of the engine's identity, read as the platform. */
public interface People {

  Optional<Person> find(String userId);

  /** The ids of a group's members. */
  List<String> membersOf(String groupId);
}
