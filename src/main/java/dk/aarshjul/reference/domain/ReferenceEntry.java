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
}
