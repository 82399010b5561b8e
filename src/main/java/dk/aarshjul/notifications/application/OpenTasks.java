package dk.aarshjul.notifications.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The open tasks of every municipality, read as the platform (no caller's authorizations apply). */
public interface OpenTasks {

  /** The task, while it is open. */
  Optional<OpenTask> find(String taskId);

  /** Open tasks whose follow-up date is before {@code until}. */
  List<OpenTask> followUpBefore(Instant until);

  /** Open tasks the person may take: theirs, or offered to them or a group of theirs and not claimed by another. */
  List<OpenTask> takeableBy(String userId);
}
