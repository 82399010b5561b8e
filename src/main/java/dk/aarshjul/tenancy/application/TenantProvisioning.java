package dk.aarshjul.tenancy.application;

import dk.aarshjul.tenancy.domain.Municipality;

/**
 * Creates what a municipality needs in the process engine's identity store. Every method is idempotent:
 * it creates what is missing and leaves what exists.
 */
public interface TenantProvisioning {

  /** The tenant, its role and consultation-body groups with their permissions, and operator access. */
  void provisionTenant(Municipality municipality);

  /** A user of the tenant with the given roles; an existing user keeps its password. */
  void provisionUser(Municipality municipality, NewUser user);
}
