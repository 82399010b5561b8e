package dk.aarshjul.engine;

/**
 * Reads one form's submitted values into a typed result. The same reading validates the submission
 * before the engine stores it, and gives the completion listener its input
 * ({@code form.read(formJson.valuesOf(task))}), so both agree.
 */
public abstract class FormReader<T> implements FormSubmissionValidator {

  public abstract T read(FormSubmission submission);

  @Override
  public final void validate(FormSubmission submission) {
    read(submission);
  }
}
