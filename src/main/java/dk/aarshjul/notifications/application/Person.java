package dk.aarshjul.notifications.application;

import dk.aarshjul.shared.TenantId;
import java.util.Set;

/**
 * Someone who may get mail: their name as the identity holds it, their address (null when none), and the
 * tenants they belong to, directly or through a group.
 */
public record Person(String id, String name, String email, Set<TenantId> tenantIds) {

  public Person {
    tenantIds = Set.copyOf(tenantIds);
  }

  public boolean hasAddress() {
    return email != null && !email.isBlank();
  }
}
