package dk.aarshjul.planning.adapter.camunda;

import dk.aarshjul.engine.Forms;
import dk.aarshjul.engine.FormReader;
import dk.aarshjul.engine.FormSubmission;
import dk.aarshjul.planning.domain.Decision;
import dk.aarshjul.shared.Validation;
import org.springframework.stereotype.Component;

/** The committee's recommendation and the council's adoption: approve, or send back with remarks. */
public abstract class DecisionForm extends FormReader<DecisionForm.Values> {

  static final String APPROVE = "approve";
  static final String SEND_BACK = "sendBack";

  record Values(boolean approved, String remarks) {}

  private final String decisionField;
  private final String remarksField;
  private final Decision.Body body;

  DecisionForm(Decision.Body body, String decisionField, String remarksField) {
    this.body = body;
    this.decisionField = decisionField;
    this.remarksField = remarksField;
  }

  Decision.Body body() {
    return body;
  }

  @Override
  public Values read(FormSubmission submission) {
    Validation validation = new Validation();
    String decision = Forms.text(submission, decisionField, "Beslutning", Forms.MAX_CHOICE, false, validation);
    String remarks = Forms.text(submission, remarksField, "Bemærkninger", Forms.MAX_REMARKS, true, validation);
    if (decision == null && validation.isValid()) {
      validation.reject(decisionField, "Beslutning", "vælg en beslutning");
    } else if (decision != null && !decision.equals(APPROVE) && !decision.equals(SEND_BACK)) {
      validation.reject(decisionField, "Beslutning", "ukendt beslutning '" + decision + "'");
    }
    if (SEND_BACK.equals(decision) && remarks == null) {
      validation.reject(remarksField, "Bemærkninger", "skriv, hvad der skal ændres, når planen sendes tilbage");
    }
    validation.throwIfInvalid();
    return new Values(APPROVE.equals(decision), remarks);
  }

  @Component
  public static class Committee extends DecisionForm {
    public Committee() {
      super(Decision.Body.COMMITTEE, AnnualPlanCycle.Var.COMMITTEE_DECISION, AnnualPlanCycle.Var.COMMITTEE_REMARKS);
    }

    @Override
    public String formId() {
      return AnnualPlanCycle.Forms.COMMITTEE_RECOMMENDATION;
    }
  }

  @Component
  public static class Council extends DecisionForm {
    public Council() {
      super(Decision.Body.COUNCIL, AnnualPlanCycle.Var.COUNCIL_DECISION, AnnualPlanCycle.Var.COUNCIL_REMARKS);
    }

    @Override
    public String formId() {
      return AnnualPlanCycle.Forms.COUNCIL_ADOPTION;
    }
  }
}
