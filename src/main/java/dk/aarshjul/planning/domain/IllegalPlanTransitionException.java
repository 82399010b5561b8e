package dk.aarshjul.planning.domain;

/** The plan refuses what was asked of it in its status; the message says why, in Danish, to the user who asked. */
public class IllegalPlanTransitionException extends RuntimeException {

  private final PlanStatus status;
  private final PlanTransition transition;

  /** @param transition what was asked; null for a rule that is not one transition (a decision by the wrong body) */
  public IllegalPlanTransitionException(PlanStatus status, PlanTransition transition, String message) {
    super(message);
    this.status = status;
    this.transition = transition;
  }

  public PlanStatus status() {
    return status;
  }

  public PlanTransition transition() {
    return transition;
  }
}
