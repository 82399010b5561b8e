package dk.aarshjul.engine;

import org.camunda.bpm.engine.delegate.DelegateTask;
import java.util.Map;

/**
 * Reads one form's submitted values into a typed result. The same reading validates the submission
 * before the engine stores it, and gives the completion listener its input, so both agree.
 */
public abstract class FormReader<T> implements FormSubmissionValidator {

  public abstract T read(FormSubmission submission);

  @Override
  public final void validate(FormSubmission submission) {
    read(submission);
  }

  /** Reads the values of a task that is being completed. */
  public final T read(DelegateTask task) {
    return read(new FormSubmission(Map.of(), task));
  }
}
