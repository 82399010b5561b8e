package dk.aarshjul.tenancy.application;

import dk.aarshjul.tenancy.domain.Municipality;
import dk.aarshjul.tenancy.domain.MunicipalityCatalog;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Onboards a municipality: its tenant, groups, permissions and optionally its first users. */
@Service
public class OnboardingService {

  private final MunicipalityCatalog catalog;
  private final TenantProvisioning provisioning;
  private final OnboardingRecords records;

  OnboardingService(
      MunicipalityCatalog catalog, TenantProvisioning provisioning, OnboardingRecords records) {
    this.catalog = catalog;
    this.provisioning = provisioning;
    this.records = records;
  }

  /**
   * Idempotent: onboarding an onboarded municipality again only adds users that do not exist yet.
   *
   * @return true if the municipality was onboarded by this call, false if it already was
   */
  @Transactional
  public boolean onboard(String tenantId, List<NewUser> users, String actor) {
    Municipality municipality =
        catalog.byTenantId(tenantId).orElseThrow(() -> new UnknownMunicipalityException(tenantId));
    provisioning.provisionTenant(municipality);
    users.forEach(user -> provisioning.provisionUser(municipality, user));
    return records.recordOnboarding(municipality, actor);
  }

  public List<String> onboardedTenantIds() {
    return records.onboardedTenantIds();
  }
}
