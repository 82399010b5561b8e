package dk.aarshjul.tenancy.adapter.rest;

import dk.aarshjul.security.CurrentUser;
import dk.aarshjul.tenancy.application.OnboardingService;
import dk.aarshjul.tenancy.domain.Cooperation;
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
  List<Cooperation> list() {
    return onboarding.cooperations();
  }

  /** Idempotent: 201 the first time, 200 after. */
  @PutMapping("/{tenantId}")
  @PreAuthorize("hasAuthority('GROUP_platform-operator')")
  ResponseEntity<Cooperation> onboard(@PathVariable String tenantId, @RequestBody CooperationRequest request) {
    boolean created = onboarding.onboardCooperation(tenantId, request.name(), request.municipalities(),
        CurrentUser.get().userId());
    Cooperation cooperation = new Cooperation(tenantId, request.name(), onboarding.membersOf(tenantId));
    return created ? ResponseEntity.status(201).body(cooperation) : ResponseEntity.ok(cooperation);
  }

  record CooperationRequest(String name, List<String> municipalities) {}
}
