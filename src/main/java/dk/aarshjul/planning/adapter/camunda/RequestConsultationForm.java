package dk.aarshjul.planning.adapter.camunda;

import dk.aarshjul.engine.Forms;
import dk.aarshjul.engine.FormReader;
import static dk.aarshjul.planning.adapter.camunda.AnnualPlanCycle.Var.CONSULTATION_BODIES;
import static dk.aarshjul.planning.adapter.camunda.AnnualPlanCycle.Var.CONSULTATION_DEADLINE;

import dk.aarshjul.engine.FormSubmission;
import dk.aarshjul.planning.application.PlanService;
import dk.aarshjul.shared.TenantId;
import dk.aarshjul.shared.Validation;
import dk.aarshjul.engine.ProcessValues;
import dk.aarshjul.shared.PlanPeriod;
import dk.aarshjul.tenancy.application.ConsultationBodies;
import dk.aarshjul.tenancy.domain.ConsultationBody;
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
  private final ConsultationBodies consultationBodies;

  public RequestConsultationForm(Clock clock, PlanService plans, ConsultationBodies consultationBodies) {
    this.clock = clock;
    this.plans = plans;
    this.consultationBodies = consultationBodies;
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
        consultationBodies.byKey(tenant, String.valueOf(code))
            .filter(body -> deciding.contains(body.tenant()))
            .ifPresentOrElse(
                body -> { if (!bodies.contains(body)) bodies.add(body); },
                () -> validation.reject(CONSULTATION_BODIES, "Høringsparter", "ukendt høringspart '" + code + "'"));
      }
    }
    if (bodies.isEmpty() && validation.isValid()) {
      validation.reject(CONSULTATION_BODIES, "Høringsparter", "vælg mindst én høringspart");
    } else if (validation.isValid()) {
      refuseBodiesOutsideThePeriod(submission, bodies, deciding.size() > 1, validation);
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

  /** The law has each body in the plan's period (the reference data), or the plan may not consult it. */
  private void refuseBodiesOutsideThePeriod(FormSubmission submission, List<StaffGroup.OfBody> bodies, boolean joint,
      Validation validation) {
    String planId = ProcessValues.string(submission.value(AnnualPlanCycle.Var.PLAN_ID));
    PlanPeriod period = plans.get(planId, List.of(submission.tenantId())).period();
    List<ConsultationBody> valid = consultationBodies.validIn(period);
    for (StaffGroup.OfBody body : bodies) {
      if (!valid.contains(body.body())) {
        validation.reject(CONSULTATION_BODIES, "Høringsparter",
            consultationBodies.name(body, joint, period) + " er ikke høringspart i planperioden " + period.label());
      }
    }
  }
}
