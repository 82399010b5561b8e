package dk.aarshjul.shared;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whom a plan, a round, a document or a task belongs to: a municipality ({@code taarnby}) or municipalities
 * that plan together ({@code ishoej-vallensbaek}), as the process engine's tenant, the database's
 * {@code tenant_id} and the groups ({@code taarnby-planner}) name it. Lowercase letters, digits and hyphens,
 * beginning with a letter or a digit, at most {@value #MAX_LENGTH} characters (the engine's column): every id
 * the municipalities' list and the onboarding of a cooperation give.
 */
public record TenantId(String value) implements Comparable<TenantId> {

  public static final int MAX_LENGTH = 64;

  private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9-]{0," + (MAX_LENGTH - 1) + "}");

  public TenantId {
    if (!isTenantId(value)) {
      throw new IllegalArgumentException("Not a tenant id: " + InputRules.shown(value));
    }
  }

  /** An id known to be well written (stored, from the engine, a constant); anything else is a programming error. */
  public static TenantId of(String value) {
    return new TenantId(value);
  }

  /** An id from outside (a request, a claim, a key in a form): empty when it cannot be any tenant's. */
  public static Optional<TenantId> parse(String value) {
    return isTenantId(value) ? Optional.of(new TenantId(value)) : Optional.empty();
  }

  /** The ids as the engine and the database hold them, e.g. for a query's {@code in (:tenants)}. */
  public static List<String> values(Collection<TenantId> ids) {
    return ids.stream().map(TenantId::value).toList();
  }

  private static boolean isTenantId(String value) {
    return value != null && FORMAT.matcher(value).matches();
  }

  @Override
  public int compareTo(TenantId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
