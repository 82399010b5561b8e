package dk.aarshjul.security;

import dk.aarshjul.shared.TenantId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The authenticated caller as the process engine knows them: their groups and the tenants
 * (municipalities) they belong to, directly or through a group, as the engine names them.
 */
public record AarshjulUser(String userId, Set<String> groupIds, Set<String> tenantIds) {

  public AarshjulUser {
    groupIds = Set.copyOf(groupIds);
    tenantIds = Set.copyOf(tenantIds);
  }

  public boolean isMemberOf(String groupId) {
    return groupIds.contains(groupId);
  }

  public boolean belongsTo(TenantId tenant) {
    return tenantIds.contains(tenant.value());
  }

  /**
   * The tenants the caller belongs to, as Årshjul's values; a tenant made by hand in the engine under an
   * id no onboarding gives ({@link TenantId}) owns nothing in Årshjul and is left out.
   */
  public Set<TenantId> tenants() {
    return tenantIds.stream().map(TenantId::parse).flatMap(Optional::stream).collect(Collectors.toUnmodifiableSet());
  }

  public List<String> groupIdList() {
    return List.copyOf(groupIds);
  }

  public List<String> tenantIdList() {
    return List.copyOf(tenantIds);
  }
}
