package dk.aarshjul.engine;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Every form's server-side validator, by form id. A form without one cannot be deployed. */
public final class FormValidators {

  private final Map<String, FormSubmissionValidator> byFormId = new HashMap<>();

  public FormValidators(Collection<? extends FormSubmissionValidator> validators) {
    for (FormSubmissionValidator validator : validators) {
      if (byFormId.put(validator.formId(), validator) != null) {
        throw new IllegalArgumentException("Two validators for form " + validator.formId());
      }
    }
  }

  public FormSubmissionValidator forForm(String formId) {
    FormSubmissionValidator validator = byFormId.get(formId);
    if (validator == null) {
      throw new IllegalStateException("The form '" + formId + "' has no server-side validator");
    }
    return validator;
  }

  public Set<String> formIds() {
    return Set.copyOf(byFormId.keySet());
  }
}
