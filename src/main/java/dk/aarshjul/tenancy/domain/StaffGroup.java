package dk.aarshjul.tenancy.domain;

import dk.aarshjul.shared.TenantId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A group Årshjul gives in one tenant: a role ({@code taarnby-planner}) or a consultation body
 * ({@code taarnby-body-disability-council}). The one place that writes these group ids and reads them back.
 * The platform's own groups ({@link dk.aarshjul.shared.PlatformGroup}) are none of these.
 */
public sealed interface StaffGroup permits StaffGroup.OfRole, StaffGroup.OfBody {

  TenantId tenant();

  String groupId();

  static OfRole of(TenantId tenant, Role role) {
    return new OfRole(tenant, role);
  }

  static OfBody of(TenantId tenant, ConsultationBody body) {
    return new OfBody(tenant, body);
  }

  /**
   * The role or body and its tenant, as the group id names them; empty for any other group (a platform
   * group, {@code camunda-admin}, a group made by hand in Admin, a body the reference data does not have).
   * The longer body code is tried first, so a group id is read one way only.
   *
   * @param bodies the consultation bodies there are (the reference data's, also those that ended)
   */
  static Optional<StaffGroup> parse(String groupId, Collection<ConsultationBody> bodies) {
    if (groupId == null) {
      return Optional.empty();
    }
    List<ConsultationBody> longestFirst = bodies.stream()
        .sorted(Comparator.comparingInt((ConsultationBody body) -> body.code().length()).reversed()).toList();
    for (ConsultationBody body : longestFirst) {
      Optional<TenantId> tenant = tenantBefore(groupId, OfBody.suffix(body));
      if (tenant.isPresent()) {
        return Optional.of(new OfBody(tenant.get(), body));
      }
    }
    return parseRole(groupId).map(StaffGroup.class::cast);
  }

  /** The role and its tenant a role's group id names; empty for any other group. Where a body's group may come, {@link #parse}. */
  static Optional<OfRole> parseRole(String groupId) {
    if (groupId == null) {
      return Optional.empty();
    }
    for (Role role : Role.values()) {
      Optional<TenantId> tenant = tenantBefore(groupId, OfRole.suffix(role));
      if (tenant.isPresent()) {
        return Optional.of(new OfRole(tenant.get(), role));
      }
    }
    return Optional.empty();
  }

  private static Optional<TenantId> tenantBefore(String groupId, String suffix) {
    return groupId.endsWith(suffix) ? TenantId.parse(groupId.substring(0, groupId.length() - suffix.length()))
        : Optional.empty();
  }

  /** A role in a tenant: {@code taarnby-committee}. */
  record OfRole(TenantId tenant, Role role) implements StaffGroup {

    @Override
    public String groupId() {
      return tenant + suffix(role);
    }

    private static String suffix(Role role) {
      return "-" + role.code();
    }
  }

  /** A consultation body of a municipality: {@code ishoej-body-disability-council}. */
  record OfBody(TenantId tenant, ConsultationBody body) implements StaffGroup {

    @Override
    public String groupId() {
      return tenant + suffix(body);
    }

    private static String suffix(ConsultationBody body) {
      return "-body-" + body.code();
    }

    /** How a plan of the given tenant names the body: its code, or {@code ishoej:disability-council} in a joint plan. */
    public String key(TenantId planTenant) {
      return tenant.equals(planTenant) ? body.code() : tenant + ":" + body.code();
    }

    /** The body a plan's key names; empty when the key names no tenant, or a body that is not one of {@code bodies}. */
    public static Optional<OfBody> parseKey(TenantId planTenant, String key, Collection<ConsultationBody> bodies) {
      if (key == null) {
        return Optional.empty();
      }
      int colon = key.indexOf(':');
      Optional<TenantId> tenant = colon < 0 ? Optional.of(planTenant) : TenantId.parse(key.substring(0, colon));
      String code = key.substring(colon + 1);
      return tenant.flatMap(t -> bodies.stream().filter(body -> body.code().equals(code)).findFirst().map(body -> new OfBody(t, body)));
    }
  }
}
