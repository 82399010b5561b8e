package dk.aarshjul.wheel.domain;

/** A late step of a municipality's year, for the operator's early warning ("Forsinket"). */
public record LateStep(String tenantId, String municipalityName, WheelStep step) {

  public long daysOverdue() {
    return step.daysOverdue();
  }
}
