package dk.aarshjul.planning.adapter.camunda;

import dk.aarshjul.engine.FormSubmission;
import dk.aarshjul.shared.Validation;
import org.springframework.stereotype.Component;

/** The planner's written status for a quarter. */
@Component
class QuarterStatusForm extends FormReader<String> {

  @Override
  public String formId() {
    return StatusRound.FORM;
  }

  @Override
  String read(FormSubmission submission) {
    Validation validation = new Validation();
    String text = Forms.requiredText(submission, StatusRound.Var.STATUS_TEXT, "Status", Forms.MAX_REMARKS, validation);
    validation.throwIfInvalid();
    return text;
  }
}
