package dk.aarshjul.tenancy.domain;

import dk.aarshjul.shared.PlatformGroup;
import dk.aarshjul.shared.TenantId;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The groups Årshjul gives people: a role ({@link Role}) or consultation body ({@link ConsultationBody}) in
 * a municipality, or a platform role. What an identity provider's role claim ({@code taarnby} and
 * {@code planner}, or {@code operator}) means in the engine's identity.
 */
public final class StaffGroups {

  /** The platform roles by the name a claim gives them. */
  static final Map<String, String> PLATFORM_ROLES = Map.of(
      "operator", PlatformGroup.OPERATOR,
      "publisher", PlatformGroup.NATIONAL_PUBLISHER);

  private StaffGroups() {}

  /**
   * The group of a role or body in a municipality, as the claim names both, e.g. {@code taarnby-planner}; empty
   * for a role Årshjul does not have, or for what can be no tenant's id.
   *
   * @param bodies the consultation bodies there are
   */
  public static Optional<String> ofMunicipalityRole(String tenant, String role, Collection<ConsultationBody> bodies) {
    return TenantId.parse(tenant).flatMap(t -> Role.byCode(role).map(r -> r.groupId(t))
        .or(() -> bodies.stream().filter(body -> body.code().equals(role)).findFirst().map(body -> body.groupId(t))));
  }

  /** The group of a platform role ({@code operator}, {@code publisher}). */
  public static Optional<String> ofPlatformRole(String role) {
    return Optional.ofNullable(role == null ? null : PLATFORM_ROLES.get(role.strip()));
  }

  /**
   * Whether a group is one Årshjul gives by role, so that a single sign-on may take it away again; any other
   * group (Camunda's administrators, a group made by hand in Admin) is left as it is.
   *
   * @param bodies the consultation bodies there are
   */
  public static boolean isStaffGroup(String groupId, Collection<ConsultationBody> bodies) {
    return groupId != null && (PLATFORM_ROLES.containsValue(groupId) || StaffGroup.parse(groupId, bodies).isPresent());
  }
}
