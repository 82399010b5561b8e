package dk.aarshjul.tenancy.adapter.rest;

import dk.aarshjul.security.CurrentUser;
import dk.aarshjul.shared.TenantId;
import dk.aarshjul.tenancy.application.OnboardingService;
import dk.aarshjul.tenancy.domain.Cooperation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Municipalities that plan together; onboarding one is for the platform operator. */
@RestController
@RequestMapping("/api/cooperations")
class CooperationController {

  private final OnboardingService onboarding;

  CooperationController(OnboardingService onboarding) {
    this.onboarding = onboarding;
  }

  @GetMapping
  List<CooperationJson> list() {
    return onboarding.cooperations().stream().map(CooperationJson::of).toList();
  }

  /** Idempotent: 201 the first time, 200 after. */
  @PutMapping("/{tenantId}")
  @PreAuthorize("hasAuthority('GROUP_platform-operator')")
  ResponseEntity<CooperationJson> onboard(@PathVariable String tenantId, @RequestBody CooperationRequest request) {
    boolean created = onboarding.onboardCooperation(tenantId, request.name(), request.municipalities(),
        CurrentUser.get().userId());
    TenantId cooperationId = TenantId.of(tenantId);
    CooperationJson cooperation = CooperationJson.of(
        new Cooperation(cooperationId, request.name(), onboarding.membersOf(cooperationId)));
    return created ? ResponseEntity.status(201).body(cooperation) : ResponseEntity.ok(cooperation);
  }

  record CooperationRequest(String name, List<String> municipalities) {}

  /**
   * A cooperation as the API shows it, the tenant ids as text.
   *
   * @param members the member municipalities' tenant ids, in order
   */
  @Schema(name = "Cooperation")
  record CooperationJson(String tenantId, String name, List<String> members) {
    static CooperationJson of(Cooperation cooperation) {
      return new CooperationJson(cooperation.tenantId().value(), cooperation.name(),
          cooperation.members().stream().map(TenantId::value).toList());
    }
  }
}
