package dk.aarshjul.reference.application;

import dk.aarshjul.reference.domain.ReferenceEntry;
import java.util.List;

/** Where the dated reference data is kept. */
public interface ReferenceStore {

  /** Every entry of every kind (a few dozen), in the order people see them. */
  List<ReferenceEntry> all();

  /** Adds the entry, or replaces the one of the same kind, code and first day; says who did it. */
  void save(ReferenceEntry entry, String changedBy);

  /** The entries a seed file added and nobody has changed since. */
  List<ReferenceEntry> seeded();

  /** Adds the entry unless one of the same kind, code and first day exists (the seeds never overwrite the operator). */
  boolean addIfAbsent(ReferenceEntry entry, int position);

  /**
   * Changes the entry of the same kind, code and first day to the seed file's values if a seed file added it
   * and nobody has changed it since; says whether it did.
   */
  boolean correctSeeded(ReferenceEntry entry);
}
