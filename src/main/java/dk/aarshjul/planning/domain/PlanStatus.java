package dk.aarshjul.planning.domain;

/** Where a plan stands in the annual cycle. */
public enum PlanStatus {
  DRAFT,
  IN_CONSULTATION,
  REVISION,
  AWAITING_COMMITTEE,
  AWAITING_COUNCIL,
  ADOPTED;

  /** Whether the plan's content may still be changed. */
  public boolean isEditable() {
    return this == DRAFT || this == REVISION;
  }
}
