package dk.aarshjul.planning.adapter.camunda;

import dk.aarshjul.engine.FormSubmission;
import dk.aarshjul.shared.InputRules;
import dk.aarshjul.shared.Validation;

/** Small checks shared by the form readers. */
final class Forms {

  static final int MAX_REMARKS = 8000;

  private Forms() {}

  static String text(FormSubmission submission, String name) {
    Object value = submission.value(name);
    if (value == null) {
      return null;
    }
    String text = value.toString().strip();
    return text.isEmpty() ? null : text;
  }

  static String requiredText(FormSubmission submission, String name, String label, int max, Validation validation) {
    String text = text(submission, name);
    if (text == null) {
      validation.reject(name, label, "skal udfyldes");
    } else {
      InputRules.textProblem(submission.value(name).toString(), max, true).ifPresent(problem -> validation.reject(name, label, problem));
    }
    return text;
  }

  static Integer year(FormSubmission submission, String name, String label, boolean required, Validation validation) {
    Object value = submission.value(name);
    String text = value == null ? null : value.toString().strip();
    if (text == null || text.isEmpty()) {
      if (required) {
        validation.reject(name, label, "skal udfyldes");
      }
      return null;
    }
    try {
      double number = Double.parseDouble(text.replace(',', '.'));
      if (number != Math.rint(number) || number < 2000 || number > 2100) {
        validation.reject(name, label, "skal være et årstal mellem 2000 og 2100");
        return null;
      }
      return (int) number;
    } catch (NumberFormatException e) {
      validation.reject(name, label, "skal være et årstal, fx 2027");
      return null;
    }
  }
}
