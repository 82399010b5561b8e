package dk.aarshjul.tenancy.domain;

import dk.aarshjul.shared.TenantId;
import java.util.List;

/**
 * Municipalities that plan together, e.g. Ishøj and Vallensbæk as Jobcenter Vallensbæk. A tenant of its
 * own: a joint plan belongs to it, and the staff of every member municipality work on it.
 *
 * @param members the member municipalities' tenant ids, in order
 */
public record Cooperation(TenantId tenantId, String name, List<TenantId> members) {

  public Cooperation {
    members = List.copyOf(members);
  }
}
