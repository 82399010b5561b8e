package dk.aarshjul.tenancy.application;

import dk.aarshjul.shared.TenantId;
import dk.aarshjul.tenancy.domain.Municipality;
import java.util.List;

/** Which municipalities are onboarded. */
public interface OnboardingRecords {

  /** Records the onboarding unless it is already recorded; returns whether it was new. */
  boolean recordOnboarding(Municipality municipality, String actor);

  List<TenantId> onboardedTenantIds();
}
