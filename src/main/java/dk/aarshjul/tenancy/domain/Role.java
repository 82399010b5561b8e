package dk.aarshjul.tenancy.domain;

import dk.aarshjul.shared.Codes;
import java.util.Optional;

/** The roles a person can hold within one municipality; each is a group per tenant. */
public enum Role {
  PLANNER("Planlæggere"),
  COMMITTEE("Beskæftigelsesudvalget"),
  SECRETARIAT("Kommunalbestyrelsens sekretariat");

  private final String danishName;

  Role(String danishName) {
    this.danishName = danishName;
  }

  public String code() {
    return Codes.of(this);
  }

  public String danishName() {
    return danishName;
  }

  /** The municipality of a group id of this role: {@code taarnby} for {@code taarnby-committee}. */
  public Optional<String> municipalityOf(String groupId) {
    String suffix = "-" + code();
    return groupId != null && groupId.endsWith(suffix) && groupId.length() > suffix.length()
        ? Optional.of(groupId.substring(0, groupId.length() - suffix.length()))
        : Optional.empty();
  }

  public static Optional<Role> byCode(String code) {
    return Codes.parse(Role.class, code);
  }

  /** The group id of this role in a tenant, e.g. {@code taarnby-planner}. */
  public String groupId(String tenantId) {
    return tenantId + "-" + code();
  }
}
