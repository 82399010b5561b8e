package dk.aarshjul.planning.application;

/** No such plan, or not one the caller may see: the two are deliberately indistinguishable. */
public class PlanNotFoundException extends RuntimeException {

  public PlanNotFoundException(String planId) {
    super("Planen findes ikke: " + planId);
  }
}
