package dk.aarshjul.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dk.aarshjul.shared.MembershipsChanged;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Checks HTTP Basic credentials against the process engine's identity store (the same users that log in
 * to Tasklist) and loads the caller's groups and tenants.
 *
 * <p>Every request of a signed-in person needs them, and reading them costs three queries; so an accepted
 * password and a user's groups and tenants are kept for a short time ({@code aarshjul.security.identity-cache},
 * one minute by default, {@code PT0S} off), as the webapps keep their own logins. Whether the user still exists
 * is asked at every request (one lookup by key): a deleted user is refused at once. A membership or password
 * changed in Admin takes effect within that time; Årshjul's own changes (onboarding, a single sign-on login)
 * at once on the node that made them ({@link #forget}, {@link #forgetAll}), on the other nodes within the
 * time. Passwords are kept only as a salted digest; a refused password is never kept.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  static final String GROUP_AUTHORITY_PREFIX = "GROUP_";
  private static final int MOST_USERS_KEPT = 20_000;

  private final IdentityService identity;
  /** Null when nothing is kept ({@code PT0S}). */
  private final Cache<String, AarshjulUser> users;
  private final Cache<String, byte[]> acceptedPasswords;
  private final byte[] salt = new byte[16];

  CamundaIdentityAuthenticationProvider(IdentityService identity,
      @Value("${aarshjul.security.identity-cache:PT1M}") Duration keptFor) {
    this.identity = identity;
    boolean keep = !keptFor.isZero() && !keptFor.isNegative();
    this.users = keep ? Caffeine.newBuilder().expireAfterWrite(keptFor).maximumSize(MOST_USERS_KEPT).build() : null;
    this.acceptedPasswords = keep ? Caffeine.newBuilder().expireAfterWrite(keptFor).maximumSize(MOST_USERS_KEPT).build() : null;
    new SecureRandom().nextBytes(salt);
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (userId == null || credentials == null || !passwordMatches(userId, credentials.toString())) {
      throw new BadCredentialsException("Forkert brugernavn eller adgangskode");
    }
    return authenticated(load(userId));
  }

  private boolean passwordMatches(String userId, String password) {
    byte[] digest = digest(userId, password);
    byte[] accepted = acceptedPasswords == null ? null : acceptedPasswords.getIfPresent(userId);
    if (accepted != null && MessageDigest.isEqual(digest, accepted) && exists(userId)) {
      return true;
    }
    if (!identity.checkPassword(userId, password)) {
      return false;
    }
    if (acceptedPasswords != null) {
      acceptedPasswords.put(userId, digest);
    }
    return true;
  }

  Authentication authenticated(AarshjulUser user) {
    List<GrantedAuthority> authorities = new ArrayList<>();
    user.groupIds().forEach(g -> authorities.add(new SimpleGrantedAuthority(GROUP_AUTHORITY_PREFIX + g)));
    return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
  }

  boolean exists(String userId) {
    return userId != null && identity.createUserQuery().userId(userId).count() == 1;
  }

  AarshjulUser load(String userId) {
    return users == null ? read(userId) : users.get(userId, this::read);
  }

  /** Reads the user afresh at the next request: its memberships have just been rewritten. */
  void forget(String userId) {
    if (users != null) {
      users.invalidate(userId);
      acceptedPasswords.invalidate(userId);
    }
  }

  /** Årshjul has changed memberships (onboarding): everybody's are read afresh, once the change is committed. */
  @TransactionalEventListener(fallbackExecution = true)
  void forgetAll(MembershipsChanged change) {
    if (users != null) {
      users.invalidateAll();
    }
  }

  private AarshjulUser read(String userId) {
    Set<String> groups =
        identity.createGroupQuery().groupMember(userId).list().stream()
            .map(Group::getId)
            .collect(Collectors.toSet());
    Set<String> tenants =
        identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
            .map(Tenant::getId)
            .collect(Collectors.toCollection(HashSet::new));
    return new AarshjulUser(userId, groups, tenants);
  }

  private byte[] digest(String userId, String password) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(salt);
      sha.update(userId.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      return sha.digest(password.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java", e);
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
