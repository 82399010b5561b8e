package dk.aarshjul.planning.application;

import dk.aarshjul.planning.domain.Consultation;
import dk.aarshjul.planning.domain.Decision;
import dk.aarshjul.planning.domain.Plan;
import dk.aarshjul.planning.domain.PlanContent;
import java.util.List;

/** A plan with its current content and everything recorded about it. */
public record PlanDocument(
    Plan plan, PlanContent content, List<Consultation> consultations, List<Decision> decisions) {}
