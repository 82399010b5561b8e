package dk.aarshjul.tenancy.domain;

import dk.aarshjul.shared.Codes;

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
  public java.util.Optional<String> municipalityOf(String groupId) {
    String suffix = "-" + code();
    return groupId != null && groupId.endsWith(suffix) && groupId.length() > suffix.length()
        ? java.util.Optional.of(groupId.substring(0, groupId.length() - suffix.length()))
        : java.util.Optional.empty();
  }

  /** The group id of this role in a tenant, e.g. {@code taarnby-planner}. */
  public String groupId(String tenantId) {
    return tenantId + "-" + code();
  }
}
