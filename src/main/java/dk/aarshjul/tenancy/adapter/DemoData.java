package dk.aarshjul.tenancy.adapter;

import dk.aarshjul.tenancy.application.NewUser;
import dk.aarshjul.tenancy.application.OnboardingService;
import dk.aarshjul.tenancy.domain.ConsultationBody;
import dk.aarshjul.tenancy.domain.MunicipalityCatalog;
import dk.aarshjul.tenancy.domain.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo municipalities with one user per role ({@code taarnby.planner}, {@code taarnby.committee}, ...),
 * all with the demo password. Only with {@code aarshjul.demo.enabled=true} (the demo profile).
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "aarshjul.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

  /** Ishøj and Vallensbæk planned together until 2022, as in the seed plans. */
  static final String JOINT_JOBCENTER = "ishoej-vallensbaek";

  private final OnboardingService onboarding;
  private final MunicipalityCatalog catalog;
  private final List<String> municipalities;
  private final String password;

  DemoData(
      OnboardingService onboarding,
      MunicipalityCatalog catalog,
      @Value("${aarshjul.demo.municipalities}") List<String> municipalities,
      @Value("${aarshjul.demo.password}") String password) {
    this.onboarding = onboarding;
    this.catalog = catalog;
    this.municipalities = municipalities;
    this.password = password;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (String tenantId : municipalities) {
      String name =
          catalog.byTenantId(tenantId).orElseThrow(() -> new IllegalArgumentException(tenantId)).name();
      onboarding.onboard(tenantId, demoUsers(tenantId, name), "demo");
    }
    if (municipalities.containsAll(List.of("ishoej", "vallensbaek"))) {
      onboarding.onboardCooperation(JOINT_JOBCENTER, "Jobcenter Vallensbæk (Ishøj og Vallensbæk)",
          List.of("ishoej", "vallensbaek"), "demo");
    }
  }

  private List<NewUser> demoUsers(String tenantId, String municipalityName) {
    List<NewUser> users = new ArrayList<>();
    for (Role role : Role.values()) {
      users.add(user(tenantId + "." + role.code(), role.danishName(), municipalityName, Set.of(role), Set.of()));
    }
    for (ConsultationBody body : ConsultationBody.values()) {
      users.add(user(tenantId + "." + body.code(), body.danishName(), municipalityName, Set.of(), Set.of(body)));
    }
    return users;
  }

  private NewUser user(
      String id, String firstName, String lastName, Set<Role> roles, Set<ConsultationBody> bodies) {
    return new NewUser(id, firstName, lastName, id + "@demo.aarshjul.dk", password, roles, bodies);
  }
}
