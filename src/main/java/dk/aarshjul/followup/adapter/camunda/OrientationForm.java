package dk.aarshjul.followup.adapter.camunda;

import dk.aarshjul.engine.FormReader;
import dk.aarshjul.engine.FormSubmission;
import dk.aarshjul.shared.Validation;
import org.springframework.stereotype.Component;

/** The committee confirms it has taken note of the status report. */
@Component
public class OrientationForm extends FormReader<Boolean> {

  static final String NOTED = "orientationNoted";

  @Override
  public String formId() {
    return StatusRound.ORIENTATION_FORM;
  }

  @Override
  public Boolean read(FormSubmission submission) {
    Object noted = submission.value(NOTED);
    if (!Boolean.TRUE.equals(noted) && !"true".equals(String.valueOf(noted))) {
      new Validation().reject(NOTED, "Orientering", "bekræft, at udvalget har taget orienteringen til efterretning").throwIfInvalid();
    }
    return true;
  }
}
