package dk.aarshjul.tenancy.adapter.rest;

import dk.aarshjul.security.CurrentUser;
import dk.aarshjul.tenancy.application.NewUser;
import dk.aarshjul.tenancy.application.OnboardingService;
import dk.aarshjul.tenancy.domain.ConsultationBody;
import dk.aarshjul.tenancy.domain.Municipality;
import dk.aarshjul.tenancy.domain.MunicipalityCatalog;
import dk.aarshjul.tenancy.domain.Role;
import dk.aarshjul.shared.Validation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The municipalities, and onboarding one (platform operator only). */
@RestController
@RequestMapping("/api/municipalities")
class MunicipalityController {

  private final MunicipalityCatalog catalog;
  private final OnboardingService onboarding;

  MunicipalityController(MunicipalityCatalog catalog, OnboardingService onboarding) {
    this.catalog = catalog;
    this.onboarding = onboarding;
  }

  @GetMapping
  List<MunicipalityJson> list() {
    Set<String> onboarded = new HashSet<>(onboarding.onboardedTenantIds());
    return catalog.all().stream().map(m -> MunicipalityJson.of(m, onboarded.contains(m.tenantId()))).toList();
  }

  /** Idempotent: 201 the first time, 200 after; users that exist are left as they are. */
  @PutMapping("/{tenantId}/onboarding")
  @PreAuthorize("hasAuthority('GROUP_platform-operator')")
  ResponseEntity<MunicipalityJson> onboard(@PathVariable String tenantId, @RequestBody(required = false) Onboarding request) {
    List<NewUser> users = request == null || request.users() == null ? List.of() : request.users().stream().map(this::user).toList();
    boolean created = onboarding.onboard(tenantId, users, CurrentUser.get().userId());
    MunicipalityJson body = MunicipalityJson.of(catalog.byTenantId(tenantId).orElseThrow(), true);
    return created ? ResponseEntity.status(201).body(body) : ResponseEntity.ok(body);
  }

  private NewUser user(UserJson json) {
    Validation validation = new Validation();
    if (json.id() == null || !json.id().matches("[a-zA-Z0-9._-]{2,64}")) {
      validation.reject("users.id", "Brugernavn", "må kun indeholde bogstaver a-z, tal, punktum, bindestreg og understreg");
    }
    if (json.password() == null || json.password().length() < 8) {
      validation.reject("users.password", "Adgangskode", "skal være mindst 8 tegn");
    }
    List<Role> roles = new ArrayList<>();
    for (String code : json.roles() == null ? List.<String>of() : json.roles()) {
      Role.byCode(code).ifPresentOrElse(roles::add,
          () -> validation.reject("users.roles", "Roller", "ukendt rolle '" + code + "'"));
    }
    List<ConsultationBody> bodies = new ArrayList<>();
    for (String code : json.bodies() == null ? List.<String>of() : json.bodies()) {
      ConsultationBody.byCode(code).ifPresentOrElse(bodies::add,
          () -> validation.reject("users.bodies", "Høringsparter", "ukendt høringspart '" + code + "'"));
    }
    validation.throwIfInvalid();
    return new NewUser(json.id(), json.firstName(), json.lastName(), json.email(), json.password(),
        Set.copyOf(roles), Set.copyOf(bodies));
  }

  record Onboarding(List<UserJson> users) {}

  record UserJson(String id, String firstName, String lastName, String email, String password, List<String> roles, List<String> bodies) {}

  record MunicipalityJson(String tenantId, String name, String dstCode, String dawaCode, String region, boolean onboarded) {
    static MunicipalityJson of(Municipality m, boolean onboarded) {
      return new MunicipalityJson(m.tenantId(), m.name(), m.dstCode(), m.dawaCode(), m.regionName(), onboarded);
    }
  }
}
