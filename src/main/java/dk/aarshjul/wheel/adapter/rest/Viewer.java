package dk.aarshjul.wheel.adapter.rest;

import dk.aarshjul.security.AarshjulUser;
import dk.aarshjul.shared.PlatformGroup;
import dk.aarshjul.shared.TenantId;
import dk.aarshjul.tenancy.application.OnboardingService;
import dk.aarshjul.tenancy.domain.Cooperation;
import dk.aarshjul.tenancy.domain.MunicipalityCatalog;
import dk.aarshjul.wheel.application.WheelNotFoundException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Whose wheels a caller sees: staff their own municipality (and its cooperation), the platform operator and
 * the national publisher every onboarded one. Another municipality answers as one that does not exist.
 */
@Component
class Viewer {

  private final OnboardingService onboarding;
  private final MunicipalityCatalog catalog;

  Viewer(OnboardingService onboarding, MunicipalityCatalog catalog) {
    this.onboarding = onboarding;
    this.catalog = catalog;
  }

  static boolean ofThePlatform(AarshjulUser user) {
    return user.isMemberOf(PlatformGroup.OPERATOR) || user.isMemberOf(PlatformGroup.NATIONAL_PUBLISHER);
  }

  /** The tenants the caller may see, municipalities first, by id. */
  List<TenantId> tenants(AarshjulUser user) {
    Stream<TenantId> tenants = ofThePlatform(user)
        ? Stream.concat(onboarding.onboardedTenantIds().stream(), onboarding.cooperations().stream().map(Cooperation::tenantId))
        : user.tenants().stream();
    return tenants.distinct()
        .sorted(Comparator.comparing((TenantId t) -> catalog.byTenantId(t).isEmpty()).thenComparing(TenantId::value))
        .toList();
  }

  /** The tenant asked for, if the caller may see it. */
  TenantId tenant(AarshjulUser user, String tenant) {
    return TenantId.parse(tenant).filter(t -> tenants(user).contains(t))
        .orElseThrow(() -> new WheelNotFoundException(tenant));
  }

  /** The caller's own municipality (not a cooperation they take part in); none for the platform's people. */
  Optional<TenantId> own(AarshjulUser user) {
    return ofThePlatform(user) ? Optional.empty()
        : user.tenants().stream().filter(t -> catalog.byTenantId(t).isPresent()).sorted(Comparator.comparing(TenantId::value)).findFirst();
  }
}
