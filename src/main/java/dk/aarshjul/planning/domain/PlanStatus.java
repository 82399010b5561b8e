package dk.aarshjul.planning.domain;

/** Where a plan stands in the annual cycle. It changes only through {@link Plan}'s transitions. */
public enum PlanStatus {
  DRAFT("et udkast"),
  IN_CONSULTATION("i høring"),
  REVISION("under revision"),
  AWAITING_COMMITTEE("til behandling i udvalget"),
  AWAITING_COUNCIL("til behandling i kommunalbestyrelsen"),
  ADOPTED("vedtaget");

  private final String danish;

  PlanStatus(String danish) {
    this.danish = danish;
  }

  /** Whether the plan's content may still be changed. */
  public boolean isEditable() {
    return this == DRAFT || this == REVISION;
  }

  /** As a sentence says it: "Planen er {danish}" ("et udkast", "i høring", "vedtaget"). */
  public String danish() {
    return danish;
  }
}
