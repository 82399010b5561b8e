package dk.aarshjul.engine;

import dk.aarshjul.shared.Decimals;
import dk.aarshjul.shared.InputRules;
import dk.aarshjul.shared.PlanPeriod;
import dk.aarshjul.shared.Validation;
import java.math.BigDecimal;

/** Small checks shared by the form readers. */
public final class Forms {

  public static final int MAX_REMARKS = 8000;

  private Forms() {}

  /** A short value without line breaks: a choice, a date, a code. */
  public static final int MAX_CHOICE = InputRules.MAX_CODE;

  /**
   * A text field's value without surrounding white space, or null when empty; a value the input rules
   * refuse (control characters, broken Unicode, too long) is rejected as it was sent, never cleaned up.
   */
  public static String text(FormSubmission submission, String name, String label, int max, boolean multiLine, Validation validation) {
    Object value = submission.value(name);
    if (value == null) {
      return null;
    }
    String raw = value.toString();
    var problem = InputRules.textProblem(raw, max, multiLine);
    if (problem.isPresent()) {
      validation.reject(name, label, problem.get());
      return null;
    }
    String text = raw.strip();
    return text.isEmpty() ? null : text;
  }

  public static String requiredText(FormSubmission submission, String name, String label, int max, Validation validation) {
    int errors = validation.errorCount();
    String text = text(submission, name, label, max, true, validation);
    if (text == null && validation.errorCount() == errors) {
      validation.reject(name, label, "skal udfyldes");
    }
    return text;
  }

  public static Integer year(FormSubmission submission, String name, String label, boolean required, Validation validation) {
    Object value = submission.value(name);
    String text = value == null ? null : value.toString().strip();
    if (text == null || text.isEmpty()) {
      if (required) {
        validation.reject(name, label, "skal udfyldes");
      }
      return null;
    }
    try {
      BigDecimal number = Decimals.parse(text);
      if (number.stripTrailingZeros().scale() > 0 || number.compareTo(BigDecimal.valueOf(PlanPeriod.EARLIEST_YEAR)) < 0
          || number.compareTo(BigDecimal.valueOf(PlanPeriod.LATEST_YEAR)) > 0) {
        validation.reject(name, label, "skal være et årstal mellem " + PlanPeriod.EARLIEST_YEAR + " og " + PlanPeriod.LATEST_YEAR);
        return null;
      }
      return number.intValueExact();
    } catch (NumberFormatException e) {
      validation.reject(name, label, "skal være et årstal, fx 2027");
      return null;
    }
  }
}
