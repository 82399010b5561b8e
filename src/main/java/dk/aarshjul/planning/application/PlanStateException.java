package dk.aarshjul.planning.application;

import dk.aarshjul.shared.ConflictException;

/** The plan is not in a state that allows what was asked (e.g. editing an adopted plan). */
public class PlanStateException extends ConflictException {

  public PlanStateException(String message) {
    super(message);
  }

  /** The plan's own refusal of a transition, in the words it gave. */
  public PlanStateException(String message, Throwable refusal) {
    super(message, refusal);
  }
}
