package dk.aarshjul.planning.application;

import dk.aarshjul.shared.NotFoundException;

import dk.aarshjul.shared.InputRules;

/**
 * No such plan (or thing of a plan), or not one the caller may see: the two are deliberately
 * indistinguishable. The message is what the user reads, in Danish.
 */
public class PlanNotFoundException extends NotFoundException {

  public PlanNotFoundException(String planId) {
    super("Planen findes ikke: " + InputRules.shown(planId));
  }

  private PlanNotFoundException(String message, boolean whole) {
    super(message);
  }

  public static PlanNotFoundException statusRound(String roundId) {
    return new PlanNotFoundException("Statusrunden findes ikke: " + InputRules.shown(roundId), true);
  }

  public static PlanNotFoundException document(String documentId) {
    return new PlanNotFoundException("Dokumentet findes ikke: " + InputRules.shown(documentId), true);
  }

  public static PlanNotFoundException nationalGoals(int year) {
    return new PlanNotFoundException("Der er ikke offentliggjort nationale mål for " + year, true);
  }
}
