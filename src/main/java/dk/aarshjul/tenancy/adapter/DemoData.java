package dk.aarshjul.tenancy.adapter;

import dk.aarshjul.shared.TenantId;
import dk.aarshjul.tenancy.application.ConsultationBodies;
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
 *
 * <p>Demo users have invented Danish names, different in each municipality, so that forms and documents
 * read as they will with real people ("Registreret af Mette Jensen"). Their e-mail addresses name their
 * municipality ({@code taarnby.planner@taarnby.aarshjul.example}) under {@code .example}, a top-level domain
 * reserved for examples (RFC 2606) that no mail is ever delivered to, so a demo with mail switched on cannot
 * write to a real person.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "aarshjul.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

  /** Ishøj and Vallensbæk planned together until 2022, as in the seed plans. */
  static final String JOINT_JOBCENTER = "ishoej-vallensbaek";

  private static final List<String> FIRST_NAMES = List.of("Mette", "Lars", "Anne", "Søren", "Camilla", "Jesper",
      "Louise", "Henrik", "Sofie", "Morten", "Hanne", "Thomas", "Maria", "Peter", "Line", "Rasmus", "Birgitte");
  private static final List<String> LAST_NAMES = List.of("Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen",
      "Christensen", "Larsen", "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen",
      "Thomsen", "Poulsen", "Johansen", "Møller", "Mortensen");

  private final OnboardingService onboarding;
  private final ConsultationBodies bodies;
  private final MunicipalityCatalog catalog;
  private final List<String> municipalities;
  private final String password;

  DemoData(
      OnboardingService onboarding,
      ConsultationBodies bodies,
      MunicipalityCatalog catalog,
      @Value("${aarshjul.demo.municipalities}") List<String> municipalities,
      @Value("${aarshjul.demo.password}") String password) {
    this.onboarding = onboarding;
    this.bodies = bodies;
    this.catalog = catalog;
    this.municipalities = municipalities;
    this.password = password;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (String tenantId : municipalities) {
      int dstCode = Integer.parseInt(
          catalog.byTenantId(TenantId.of(tenantId)).orElseThrow(() -> new IllegalArgumentException(tenantId)).dstCode());
      onboarding.onboard(TenantId.of(tenantId), demoUsers(tenantId, dstCode), "demo");
    }
    if (municipalities.containsAll(List.of("ishoej", "vallensbaek"))) {
      onboarding.onboardCooperation(JOINT_JOBCENTER, "Jobcenter Vallensbæk (Ishøj og Vallensbæk)",
          List.of("ishoej", "vallensbaek"), "demo");
    }
  }

  static List<NewUser> demoUsers(String tenantId, int dstCode, String password, List<ConsultationBody> bodies) {
    List<NewUser> users = new ArrayList<>();
    for (Role role : Role.values()) {
      users.add(user(tenantId + "." + role.code(), users.size(), dstCode, password, Set.of(role), Set.of()));
    }
    for (ConsultationBody body : bodies) {
      users.add(user(tenantId + "." + body.code(), users.size(), dstCode, password, Set.of(), Set.of(body)));
    }
    return users;
  }

  private List<NewUser> demoUsers(String tenantId, int dstCode) {
    return demoUsers(tenantId, dstCode, password, bodies.all());
  }

  /** The n-th person of a municipality: names drawn so no two people of one municipality share one. */
  private static NewUser user(String id, int n, int dstCode, String password, Set<Role> roles, Set<ConsultationBody> bodies) {
    String firstName = FIRST_NAMES.get((n + dstCode) % FIRST_NAMES.size());
    String lastName = LAST_NAMES.get((3 * n + dstCode) % LAST_NAMES.size());
    return new NewUser(id, firstName, lastName, id + "@" + id.substring(0, id.indexOf('.')) + ".aarshjul.example",
        password, roles, bodies);
  }
}
