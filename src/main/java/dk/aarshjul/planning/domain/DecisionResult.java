package dk.aarshjul.planning.domain;

/** What one committee's or council's decision did to the plan, and the plan after it. */
public record DecisionResult(Plan plan, Effect effect) {

  public enum Effect {
    /** Recorded; other municipalities of a joint plan have yet to approve this version. */
    AWAITING_OTHERS,
    /** Every deciding municipality approved: recommended to the council, or adopted. */
    MOVED_ON,
    /** Back to revision. */
    SENT_BACK
  }

  public boolean sentBack() {
    return effect == Effect.SENT_BACK;
  }
}
