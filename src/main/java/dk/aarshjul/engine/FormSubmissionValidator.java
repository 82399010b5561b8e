package dk.aarshjul.engine;

/**
 * Checks one Camunda Form's submitted values on the server, because the form's own checks run only in
 * the browser and anyone can call the REST API directly.
 */
public interface FormSubmissionValidator {

  /** The form's id, as in {@code camunda:formRef}. */
  String formId();

  /** @throws dk.aarshjul.shared.ValidationException naming the wrong fields, in Danish */
  void validate(FormSubmission submission);
}
