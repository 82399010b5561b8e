package dk.aarshjul.tenancy.application;

import dk.aarshjul.tenancy.domain.ConsultationBody;
import dk.aarshjul.tenancy.domain.Role;
import java.util.Set;

/** A person to create in a municipality while onboarding it. */
public record NewUser(
    String id,
    String firstName,
    String lastName,
    String email,
    String password,
    Set<Role> roles,
    Set<ConsultationBody> bodies) {

  public NewUser {
    roles = roles == null ? Set.of() : Set.copyOf(roles);
    bodies = bodies == null ? Set.of() : Set.copyOf(bodies);
  }
}
