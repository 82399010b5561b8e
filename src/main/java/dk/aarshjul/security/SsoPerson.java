package dk.aarshjul.security;

import java.util.Set;

/**
 * A person as the identity provider describes them: the user id, the name and e-mail to show, and the roles
 * the role claim gives, each in a municipality or (with none) on the platform.
 */
public record SsoPerson(String userId, String firstName, String lastName, String email, Set<RoleClaim> roles) {

  public SsoPerson {
    roles = Set.copyOf(roles);
  }

  /**
   * One value of the role claim: {@code taarnby:planner} is the planner role in Tårnby, {@code operator} a platform role.
   *
   * @param tenant the municipality's tenant id as the claim writes it, unchecked; null for a platform role
   */
  public record RoleClaim(String tenant, String role) {

    public boolean onPlatform() {
      return tenant == null;
    }
  }
}
