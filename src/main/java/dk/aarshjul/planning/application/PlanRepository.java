package dk.aarshjul.planning.application;

import dk.aarshjul.planning.domain.CycleRun;
import dk.aarshjul.planning.domain.Consultation;
import dk.aarshjul.planning.domain.Decision;
import dk.aarshjul.planning.domain.Plan;
import dk.aarshjul.planning.domain.PlanContent;
import dk.aarshjul.planning.domain.PlanOrigin;
import dk.aarshjul.planning.domain.PlanStatus;
import dk.aarshjul.shared.TenantId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Plans and everything recorded about them. Every read takes the tenants the caller may see and returns
 * nothing for a plan outside them.
 */
public interface PlanRepository {

  void insert(Plan plan);

  boolean existsForPeriodStart(TenantId tenantId, int firstYear);

  /** The municipality's plans, of any status, whose period includes the year. */
  List<Plan> covering(TenantId tenantId, int year);

  /** Records that the plan's first version is a copy of another plan's version. */
  void recordCarryOver(String planId, TenantId tenantId, String fromPlanId, int fromVersion);

  /** Records that the plan is a yearly revision of a multi-year plan. */
  void recordRevisionOf(String planId, TenantId tenantId, String revisedPlanId);

  PlanOrigin origin(String planId, TenantId tenantId);

  /** An adopted yearly revision of the plan whose period includes the year, if there is one. */
  Optional<Plan> adoptedRevisionCovering(String planId, TenantId tenantId, int year);

  Optional<Plan> find(String planId, Collection<TenantId> tenantIds);

  List<Plan> list(Collection<TenantId> tenantIds);

  /** Stores the content as the next version and returns its number. */
  int saveVersion(Plan plan, PlanContent content, String author);

  Optional<PlanContent> content(String planId, int version, TenantId tenantId);

  List<PlanVersion> versions(String planId, TenantId tenantId);

  void updateStatus(String planId, TenantId tenantId, PlanStatus status);

  void insertConsultation(String planId, TenantId tenantId, Consultation consultation, String requestedBy);

  /** Sets the outcome of a pending consultation; returns false if it was not pending. */
  boolean completeConsultation(String consultationId, TenantId tenantId, Consultation.Outcome outcome, String text, String actor);

  List<Consultation> consultations(String planId, TenantId tenantId);

  void insertDecision(String planId, TenantId tenantId, Decision decision);

  List<Decision> decisions(String planId, TenantId tenantId);

  /** Which version of the annual cycle the plan runs on. */
  void recordCycle(String planId, TenantId tenantId, CycleRun cycle);

  /** The version of the annual cycle the plan ran on; none for plans imported or registered before versions were kept. */
  Optional<CycleRun> cycle(String planId, TenantId tenantId);

  void markAdopted(String planId, TenantId tenantId, java.time.OffsetDateTime adoptedAt);
}
