package dk.aarshjul.planning.domain;

import java.time.OffsetDateTime;

/** A recommendation or adoption, or a sending back, and exactly which draft it was about. */
public record Decision(
    Body body,
    Outcome outcome,
    int planVersion,
    String remarks,
    OffsetDateTime decidedAt,
    String recordedBy) {

  public enum Body {
    COMMITTEE,
    COUNCIL
  }

  public enum Outcome {
    RECOMMENDED,
    ADOPTED,
    SENT_BACK
  }
}
