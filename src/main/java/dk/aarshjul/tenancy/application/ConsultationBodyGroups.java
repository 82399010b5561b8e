package dk.aarshjul.tenancy.application;

import dk.aarshjul.reference.application.ReferenceEntrySaved;
import dk.aarshjul.reference.domain.ReferenceKind;
import dk.aarshjul.shared.TenantId;
import dk.aarshjul.tenancy.domain.ConsultationBody;
import dk.aarshjul.tenancy.domain.MunicipalityCatalog;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every consultation body the reference data has is a group in every onboarded municipality, a member of its
 * cooperations' tenants: a body the operator adds can be consulted at once. Onboarding gives a municipality
 * the groups of the bodies there are then; this gives the onboarded ones those that came later.
 */
@Service
public class ConsultationBodyGroups {

  private final ConsultationBodies bodies;
  private final OnboardingRecords records;
  private final Cooperations cooperations;
  private final MunicipalityCatalog catalog;
  private final TenantProvisioning provisioning;

  ConsultationBodyGroups(ConsultationBodies bodies, OnboardingRecords records, Cooperations cooperations,
      MunicipalityCatalog catalog, TenantProvisioning provisioning) {
    this.bodies = bodies;
    this.records = records;
    this.cooperations = cooperations;
    this.catalog = catalog;
    this.provisioning = provisioning;
  }

  /** The operator saved a consultation body: its group in every onboarded municipality (again, if it was there). */
  @EventListener
  @Transactional
  public void saved(ReferenceEntrySaved saved) {
    if (saved.entry().kind() == ReferenceKind.CONSULTATION_BODY) {
      provision(new ConsultationBody(saved.entry().code()));
    }
  }

  /** The groups of the bodies some onboarded municipality lacks (one a release or another node added); which bodies they were. */
  @Transactional
  public List<ConsultationBody> provisionMissing() {
    Set<String> existing = provisioning.bodyGroups();
    List<TenantId> onboarded = records.onboardedTenantIds();
    List<ConsultationBody> missing = bodies.all().stream()
        .filter(body -> onboarded.stream().anyMatch(tenant -> !existing.contains(body.groupId(tenant)))).toList();
    missing.forEach(this::provision);
    return missing;
  }

  private void provision(ConsultationBody body) {
    for (TenantId tenant : records.onboardedTenantIds()) {
      catalog.byTenantId(tenant).ifPresent(municipality -> provisioning.provisionBody(municipality, body));
    }
    cooperations.all().forEach(provisioning::provisionCooperation);
  }
}
