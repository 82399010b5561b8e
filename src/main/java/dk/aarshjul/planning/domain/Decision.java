package dk.aarshjul.planning.domain;

import dk.aarshjul.shared.TenantId;
import java.time.OffsetDateTime;

/**
 * A recommendation or adoption, or a sending back, and exactly which draft it was about.
 *
 * @param tenant the municipality whose committee or council decided (a joint plan has several)
 */
public record Decision(
    Body body,
    TenantId tenant,
    Outcome outcome,
    int planVersion,
    String remarks,
    OffsetDateTime decidedAt,
    String recordedBy) {

  public enum Body {
    COMMITTEE("Udvalget"),
    COUNCIL("Kommunalbestyrelsen");

    private final String danishName;

    Body(String danishName) {
      this.danishName = danishName;
    }

    /** As the plan document and the forms name the body: "Udvalget", "Kommunalbestyrelsen". */
    public String danishName() {
      return danishName;
    }
  }

  public enum Outcome {
    RECOMMENDED("Indstillet"),
    ADOPTED("Vedtaget"),
    SENT_BACK("Sendt tilbage");

    private final String danishName;

    Outcome(String danishName) {
      this.danishName = danishName;
    }

    public String danishName() {
      return danishName;
    }

    /** A committee's approval is a recommendation, a council's an adoption. */
    public static Outcome of(Body body, boolean approved) {
      return !approved ? SENT_BACK : body == Body.COMMITTEE ? RECOMMENDED : ADOPTED;
    }
  }
}
