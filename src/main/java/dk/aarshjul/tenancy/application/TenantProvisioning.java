package dk.aarshjul.tenancy.application;

import dk.aarshjul.tenancy.domain.ConsultationBody;
import dk.aarshjul.tenancy.domain.Cooperation;
import dk.aarshjul.tenancy.domain.Municipality;
import java.util.Set;

/**
 * Creates what a municipality needs in the process engine's identity store. Every method is idempotent:
 * it creates what is missing and leaves what exists.
 */
public interface TenantProvisioning {

  /** The tenant, its role and consultation-body groups (of every body there is) with their permissions, and operator access. */
  void provisionTenant(Municipality municipality);

  /** One consultation body's group in an onboarded municipality, with its permissions. */
  void provisionBody(Municipality municipality, ConsultationBody body);

  /** The cooperation's own tenant, with every member municipality's groups as its members. */
  void provisionCooperation(Cooperation cooperation);

  /** A user of the tenant with the given roles; an existing user keeps its password. */
  void provisionUser(Municipality municipality, NewUser user);

  /** The ids of the consultation bodies' groups that exist, in every municipality. */
  Set<String> bodyGroups();
}
