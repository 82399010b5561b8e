package dk.aarshjul.reference.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the seed files of a release do to the stored reference data. An entry whose kind, code and first day
 * are new is added. One a seed added and nobody has changed since follows the file, so a release can end or
 * rename what an earlier release brought. One the operator has changed stays as the operator left it.
 *
 * @param added the files' entries that are new
 * @param corrected the files' entries that replace what an earlier seed added
 * @param keptByOperator the files' entries that differ from what the operator made of them, and are not used
 * @param result every entry as it will be stored
 */
public record Seeding(List<ReferenceEntry> added, List<ReferenceEntry> corrected, List<ReferenceEntry> keptByOperator,
    List<ReferenceEntry> result) {

  /**
   * @param stored every entry stored
   * @param bySeeds the stored entries a seed added and nobody changed since
   * @param files the seed files' entries
   */
  public static Seeding of(List<ReferenceEntry> stored, List<ReferenceEntry> bySeeds, List<ReferenceEntry> files) {
    List<ReferenceEntry> added = new ArrayList<>();
    List<ReferenceEntry> corrected = new ArrayList<>();
    List<ReferenceEntry> kept = new ArrayList<>();
    List<ReferenceEntry> result = new ArrayList<>(stored);
    for (ReferenceEntry file : files) {
      Optional<ReferenceEntry> same = stored.stream().filter(file::isSameEntryAs).findFirst();
      if (same.isEmpty()) {
        added.add(file);
        result.add(file);
      } else if (!same.get().equals(file)) {
        boolean seeded = bySeeds.stream().anyMatch(file::isSameEntryAs);
        (seeded ? corrected : kept).add(file);
        if (seeded) {
          result.set(result.indexOf(same.get()), file);
        }
      }
    }
    return new Seeding(List.copyOf(added), List.copyOf(corrected), List.copyOf(kept), List.copyOf(result));
  }

  /** Whether the stored entries change. */
  public boolean changes() {
    return !added.isEmpty() || !corrected.isEmpty();
  }

  /** Two entries of the result that cannot both stand (the same code twice on a day, two cycle versions); empty when none. */
  public Optional<List<ReferenceEntry>> clash() {
    for (int i = 0; i < result.size(); i++) {
      for (int j = i + 1; j < result.size(); j++) {
        if (result.get(i).clashesWith(result.get(j))) {
          return Optional.of(List.of(result.get(i), result.get(j)));
        }
      }
    }
    return Optional.empty();
  }
}
