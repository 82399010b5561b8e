package dk.aarshjul.tenancy.adapter.rest;

import dk.aarshjul.security.CurrentUser;
import dk.aarshjul.shared.TenantId;
import dk.aarshjul.tenancy.application.ConsultationBodies;
import dk.aarshjul.tenancy.application.NewUser;
import dk.aarshjul.tenancy.application.OnboardingService;
import dk.aarshjul.tenancy.application.UnknownMunicipalityException;
import dk.aarshjul.tenancy.domain.ConsultationBody;
import dk.aarshjul.tenancy.domain.Municipality;
import dk.aarshjul.tenancy.domain.MunicipalityCatalog;
import dk.aarshjul.tenancy.domain.Role;
import dk.aarshjul.shared.FieldError;
import dk.aarshjul.shared.InputRules;
import dk.aarshjul.shared.Validation;
import dk.aarshjul.shared.ValidationException;
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

  static final int MAX_USERS = 200;
  static final int MIN_PASSWORD = 8;
  static final int MAX_PASSWORD = 128;
  /** The engine's user table holds names and e-mail addresses of this length. */
  static final int MAX_NAME = 255;

  private final MunicipalityCatalog catalog;
  private final OnboardingService onboarding;
  private final ConsultationBodies bodies;

  MunicipalityController(MunicipalityCatalog catalog, OnboardingService onboarding, ConsultationBodies bodies) {
    this.catalog = catalog;
    this.onboarding = onboarding;
    this.bodies = bodies;
  }

  @GetMapping
  List<MunicipalityJson> list() {
    Set<TenantId> onboarded = new HashSet<>(onboarding.onboardedTenantIds());
    return catalog.all().stream().map(m -> MunicipalityJson.of(m, onboarded.contains(m.tenantId()))).toList();
  }

  /** Idempotent: 201 the first time, 200 after; users that exist are left as they are. */
  @PutMapping("/{tenantId}/onboarding")
  @PreAuthorize("hasAuthority('GROUP_platform-operator')")
  ResponseEntity<MunicipalityJson> onboard(@PathVariable String tenantId, @RequestBody(required = false) Onboarding request) {
    List<UserJson> given = request == null || request.users() == null ? List.of() : request.users();
    if (given.size() > MAX_USERS) {
      throw new ValidationException(new FieldError("users", "Brugere", "højst " + MAX_USERS + " brugere ad gangen"));
    }
    Validation validation = new Validation();
    List<NewUser> users = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      users.add(user(given.get(i) == null ? new UserJson(null, null, null, null, null, null, null) : given.get(i),
          "users[" + i + "]", "Bruger " + (i + 1) + ", ", validation));
    }
    validation.throwIfInvalid();
    TenantId municipality = TenantId.parse(tenantId).orElseThrow(() -> new UnknownMunicipalityException(tenantId));
    boolean created = onboarding.onboard(municipality, users, CurrentUser.get().userId());
    MunicipalityJson body = MunicipalityJson.of(catalog.byTenantId(municipality).orElseThrow(), true);
    return created ? ResponseEntity.status(201).body(body) : ResponseEntity.ok(body);
  }

  private NewUser user(UserJson json, String field, String label, Validation validation) {
    if (json.id() == null || !json.id().matches("[a-zA-Z0-9._-]{2,64}")) {
      validation.reject(field + ".id", label + "Brugernavn", "2-64 tegn: kun bogstaver a-z, tal, punktum, bindestreg og understreg");
    }
    if (json.password() == null || json.password().length() < MIN_PASSWORD) {
      validation.reject(field + ".password", label + "Adgangskode", "skal være mindst " + MIN_PASSWORD + " tegn");
    } else {
      text(json.password(), field + ".password", label + "Adgangskode", MAX_PASSWORD, validation);
    }
    text(json.firstName(), field + ".firstName", label + "Fornavn", MAX_NAME, validation);
    text(json.lastName(), field + ".lastName", label + "Efternavn", MAX_NAME, validation);
    text(json.email(), field + ".email", label + "E-mail", MAX_NAME, validation);
    if (json.email() != null && !json.email().isBlank() && !json.email().matches("[^@\\s]+@[^@\\s]+")) {
      validation.reject(field + ".email", label + "E-mail", "skal være en e-mailadresse som navn@kommune.dk");
    }
    List<Role> roles = new ArrayList<>();
    for (String code : json.roles() == null ? List.<String>of() : json.roles()) {
      Role.byCode(code).ifPresentOrElse(roles::add,
          () -> validation.reject(field + ".roles", label + "Roller", "ukendt rolle '" + InputRules.shown(code) + "'"));
    }
    List<ConsultationBody> chosen = new ArrayList<>();
    for (String code : json.bodies() == null ? List.<String>of() : json.bodies()) {
      bodies.byCode(code).ifPresentOrElse(chosen::add,
          () -> validation.reject(field + ".bodies", label + "Høringsparter", "ukendt høringspart '" + InputRules.shown(code) + "'"));
    }
    return new NewUser(json.id(), json.firstName(), json.lastName(), json.email(), json.password(),
        Set.copyOf(roles), Set.copyOf(chosen));
  }

  private static void text(String value, String field, String label, int max, Validation validation) {
    InputRules.textProblem(value, max, false).ifPresent(problem -> validation.reject(field, label, problem));
  }

  record Onboarding(List<UserJson> users) {}

  record UserJson(String id, String firstName, String lastName, String email, String password, List<String> roles, List<String> bodies) {}

  /** @param officialName Statistics Denmark's name ("Københavns Kommune"); name is the short one ("København") */
  record MunicipalityJson(String tenantId, String name, String officialName, String dstCode, String dawaCode, String region,
      boolean onboarded) {
    static MunicipalityJson of(Municipality m, boolean onboarded) {
      return new MunicipalityJson(m.tenantId().value(), m.name(), m.officialName(), m.dstCode(), m.dawaCode(), m.regionName(), onboarded);
    }
  }
}
