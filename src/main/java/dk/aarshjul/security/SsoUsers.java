package dk.aarshjul.security;

/**
 * The engine's identity for people who come through single sign-on; implemented where the roles are known
 * (tenancy). A role in a municipality that is not onboarded, or a role Årshjul does not have, gives nothing.
 */
public interface SsoUsers {

  /**
   * At a login: the engine's user made to match the person, its name and e-mail, and its memberships of
   * Årshjul's groups added and removed as the roles say (the tenants follow the groups). A person without
   * any role is not created.
   */
  AarshjulUser signIn(SsoPerson person);

  /** For a bearer token: the person's groups and tenants as the roles give them, without writing anything. */
  AarshjulUser lookUp(SsoPerson person);
}
