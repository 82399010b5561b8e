package dk.aarshjul.planning.adapter.camunda;

import dk.aarshjul.engine.Forms;
import dk.aarshjul.engine.FormReader;
import static dk.aarshjul.planning.adapter.camunda.AnnualPlanCycle.Var.CONSULTATION_BODIES;
import static dk.aarshjul.planning.adapter.camunda.AnnualPlanCycle.Var.CONSULTATION_DEADLINE;

import dk.aarshjul.engine.FormSubmission;
import dk.aarshjul.planning.application.PlanService;
import dk.aarshjul.shared.TenantId;
import dk.aarshjul.shared.Validation;
import dk.aarshjul.tenancy.domain.StaffGroup;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/** The planner chooses who is consulted and by when. */
@Component
public class RequestConsultationForm extends FormReader<RequestConsultationForm.Values> {

  record Values(List<StaffGroup.OfBody> bodies, LocalDate deadline) {}

  private final Clock clock;
  private final PlanService plans;

  public RequestConsultationForm(Clock clock, PlanService plans) {
    this.clock = clock;
    this.plans = plans;
  }

  @Override
  public String formId() {
    return AnnualPlanCycle.Forms.REQUEST_CONSULTATION;
  }

  @Override
  public Values read(FormSubmission submission) {
    Validation validation = new Validation();
    List<StaffGroup.OfBody> bodies = new ArrayList<>();
    TenantId tenant = submission.tenantId();
    List<TenantId> deciding = plans.decidingMunicipalities(tenant);
    Object chosen = submission.value(CONSULTATION_BODIES);
    if (chosen instanceof Collection<?> codes) {
      for (Object code : codes) {
        StaffGroup.OfBody.parseKey(tenant, String.valueOf(code))
            .filter(body -> deciding.contains(body.tenant()))
            .ifPresentOrElse(
                body -> { if (!bodies.contains(body)) bodies.add(body); },
                () -> validation.reject(CONSULTATION_BODIES, "Høringsparter", "ukendt høringspart '" + code + "'"));
      }
    }
    if (bodies.isEmpty() && validation.isValid()) {
      validation.reject(CONSULTATION_BODIES, "Høringsparter", "vælg mindst én høringspart");
    }
    LocalDate deadline = null;
    int errors = validation.errorCount();
    String text = Forms.text(submission, CONSULTATION_DEADLINE, "Høringsfrist", Forms.MAX_CHOICE, false, validation);
    if (validation.errorCount() > errors) {
      // refused as sent, said above
    } else if (text == null) {
      validation.reject(CONSULTATION_DEADLINE, "Høringsfrist", "skal udfyldes");
    } else {
      try {
        deadline = LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        if (!deadline.isAfter(LocalDate.now(clock))) {
          validation.reject(CONSULTATION_DEADLINE, "Høringsfrist", "skal ligge efter i dag");
        }
      } catch (DateTimeParseException e) {
        validation.reject(CONSULTATION_DEADLINE, "Høringsfrist", "skal være en dato (åååå-mm-dd)");
      }
    }
    validation.throwIfInvalid();
    return new Values(bodies, deadline);
  }
}
