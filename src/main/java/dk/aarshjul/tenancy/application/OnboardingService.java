package dk.aarshjul.tenancy.application;

import dk.aarshjul.shared.FieldError;
import dk.aarshjul.shared.InputRules;
import dk.aarshjul.shared.TenantId;
import dk.aarshjul.shared.Validation;
import dk.aarshjul.shared.ValidationException;
import dk.aarshjul.tenancy.domain.Cooperation;
import dk.aarshjul.tenancy.domain.Municipality;
import dk.aarshjul.tenancy.domain.MunicipalityCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Onboards a municipality: its tenant, groups, permissions and optionally its first users. */
@Service
public class OnboardingService {

  static final int MAX_NAME = 300;
  private static final int MAX_ERRORS = 20;
  private static final java.util.regex.Pattern COOPERATION_ID = Pattern.compile("[a-z0-9][a-z0-9-]{2,63}");

  private final MunicipalityCatalog catalog;
  private final TenantProvisioning provisioning;
  private final OnboardingRecords records;
  private final Cooperations cooperations;

  OnboardingService(MunicipalityCatalog catalog, TenantProvisioning provisioning, OnboardingRecords records,
      Cooperations cooperations) {
    this.catalog = catalog;
    this.provisioning = provisioning;
    this.records = records;
    this.cooperations = cooperations;
  }

  /**
   * Onboards municipalities that plan together as one tenant. Idempotent; the members must be onboarded.
   * Takes the operator's request as sent: this is where a cooperation's id and members are checked.
   *
   * @return true if the cooperation was onboarded by this call
   */
  @Transactional
  public boolean onboardCooperation(String tenantId, String name, List<String> members, String actor) {
    Validation validation = new Validation();
    Optional<TenantId> tenant = Optional.ofNullable(tenantId).filter(id -> COOPERATION_ID.matcher(id).matches())
        .flatMap(TenantId::parse).filter(id -> catalog.byTenantId(id).isEmpty());
    if (tenant.isEmpty()) {
      validation.reject("tenantId", "Samarbejdets id", "skal være små bogstaver, tal og bindestreger og ikke en kommunes id");
    }
    if (name == null || name.isBlank()) {
      validation.reject("name", "Navn", "skal udfyldes (højst " + MAX_NAME + " tegn)");
    } else {
      InputRules.textProblem(name, MAX_NAME, false).ifPresent(problem -> validation.reject("name", "Navn", problem));
    }
    List<String> distinct = members == null ? List.of() : members.stream().distinct().toList();
    if (distinct.size() < 2) {
      validation.reject("municipalities", "Kommuner", "et samarbejde har mindst to kommuner");
    } else if (distinct.size() > catalog.all().size()) {
      validation.reject("municipalities", "Kommuner", "der er kun " + catalog.all().size() + " kommuner");
    }
    List<TenantId> onboarded = records.onboardedTenantIds();
    List<TenantId> memberIds = new ArrayList<>();
    for (int i = 0; i < distinct.size() && validation.errorCount() < MAX_ERRORS; i++) {
      Optional<TenantId> member = TenantId.parse(distinct.get(i)).filter(onboarded::contains);
      member.ifPresent(memberIds::add);
      if (member.isEmpty()) {
        validation.reject("municipalities", "Kommuner", "'" + InputRules.shown(distinct.get(i)) + "' er ikke en kommune på platformen");
      }
    }
    validation.throwIfInvalid();
    Cooperation cooperation = new Cooperation(tenant.get(), name.trim(), memberIds);
    cooperations.find(tenant.get()).filter(existing -> !existing.members().equals(memberIds)).ifPresent(existing -> {
      throw new ValidationException(new FieldError("municipalities", "Kommuner",
          "samarbejdet findes allerede med kommunerne " + existing.members()));
    });
    provisioning.provisionCooperation(cooperation);
    return cooperations.record(cooperation, actor);
  }

  public List<Cooperation> cooperations() {
    return cooperations.all();
  }

  public List<TenantId> membersOf(TenantId cooperationId) {
    return cooperations.find(cooperationId).map(Cooperation::members).orElse(List.of());
  }

  /**
   * Idempotent: onboarding an onboarded municipality again only adds users that do not exist yet.
   *
   * @return true if the municipality was onboarded by this call, false if it already was
   */
  @Transactional
  public boolean onboard(TenantId tenantId, List<NewUser> users, String actor) {
    Municipality municipality =
        catalog.byTenantId(tenantId).orElseThrow(() -> new UnknownMunicipalityException(tenantId.value()));
    provisioning.provisionTenant(municipality);
    users.forEach(user -> provisioning.provisionUser(municipality, user));
    return records.recordOnboarding(municipality, actor);
  }

  public List<TenantId> onboardedTenantIds() {
    return records.onboardedTenantIds();
  }
}
