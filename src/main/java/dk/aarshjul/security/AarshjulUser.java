package dk.aarshjul.security;

import java.util.List;
import java.util.Set;

/**
 * The authenticated caller as the process engine knows them: their groups and the tenants
 * (municipalities) they belong to, directly or through a group.
 */
public record AarshjulUser(String userId, Set<String> groupIds, Set<String> tenantIds) {

  public AarshjulUser {
    groupIds = Set.copyOf(groupIds);
    tenantIds = Set.copyOf(tenantIds);
  }

  public boolean isMemberOf(String groupId) {
    return groupIds.contains(groupId);
  }

  public boolean belongsTo(String tenantId) {
    return tenantIds.contains(tenantId);
  }

  public List<String> groupIdList() {
    return List.copyOf(groupIds);
  }

  public List<String> tenantIdList() {
    return List.copyOf(tenantIds);
  }
}
