package dk.aarshjul.planning.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One body's consultation on one draft: what was asked, by when, and what came back. */
public record Consultation(
    String id,
    String bodyCode,
    String bodyName,
    int planVersion,
    LocalDate deadline,
    OffsetDateTime requestedAt,
    Outcome outcome,
    String responseText,
    OffsetDateTime respondedAt,
    String respondedBy) {

  public enum Outcome {
    PENDING("Afventer svar"),
    RESPONDED("Svar modtaget"),
    NO_RESPONSE("Intet svar inden fristen");

    private final String danishName;

    Outcome(String danishName) {
      this.danishName = danishName;
    }

    public String danishName() {
      return danishName;
    }
  }
}
