package dk.aarshjul.planning.adapter.camunda;

import dk.aarshjul.engine.Forms;
import dk.aarshjul.engine.FormReader;
import dk.aarshjul.engine.FormSubmission;
import dk.aarshjul.shared.Validation;
import org.springframework.stereotype.Component;

/** A consultation body's response. */
@Component
public class ConsultationResponseForm extends FormReader<String> {

  @Override
  public String formId() {
    return AnnualPlanCycle.Forms.CONSULTATION_RESPONSE;
  }

  @Override
  public String read(FormSubmission submission) {
    Validation validation = new Validation();
    String text = Forms.requiredText(submission, AnnualPlanCycle.Var.RESPONSE_TEXT, "Høringssvar", Forms.MAX_REMARKS, validation);
    validation.throwIfInvalid();
    return text;
  }
}
