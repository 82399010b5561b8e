package dk.aarshjul.planning.application;

import dk.aarshjul.shared.FieldError;
import dk.aarshjul.shared.ValidationException;

/**
 * The municipality already has a plan that begins in the year: refused like any wrong input (a Danish 400 naming
 * the first year), and told apart from other refusals where another run may have registered that plan meanwhile.
 */
public class PlanExistsException extends ValidationException {

  PlanExistsException(String label, int firstYear) {
    super(new FieldError("firstYear", label, "der findes allerede en plan, der begynder i " + firstYear));
  }
}
