package dk.aarshjul.reference.domain;

import java.time.LocalDate;

/**
 * One dated entry of reference data: a target group, a consultation body or a version of the annual cycle,
 * by its code, with its Danish name and legal basis while it is valid. The same code may come again with a
 * later validity (a new name by a new law); an entry that ends keeps its name for the plans that used it.
 *
 * @param nationalGoalsStep for a cycle version: whether its plans link to the minister's national goals
 */
public record ReferenceEntry(ReferenceKind kind, String code, Validity validity, String danishName, String legalBasis,
    boolean nationalGoalsStep) {

  public boolean validOn(LocalDate day) {
    return validity.contains(day);
  }

  /** Whether it is the same entry as the other (its kind, code and first day), perhaps with other values. */
  public boolean isSameEntryAs(ReferenceEntry other) {
    return kind == other.kind && code.equals(other.code) && validity.from().equals(other.validity.from());
  }

  /**
   * Whether the two cannot both stand: on some day they would be the same code twice, or two versions of the
   * annual cycle (a plan's first year has one). An entry does not clash with another of itself.
   */
  public boolean clashesWith(ReferenceEntry other) {
    return kind == other.kind && !isSameEntryAs(other) && validity.overlaps(other.validity)
        && (code.equals(other.code) || kind == ReferenceKind.CYCLE_VERSION);
  }
}
