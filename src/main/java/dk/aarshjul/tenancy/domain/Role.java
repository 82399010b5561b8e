package dk.aarshjul.tenancy.domain;

/** The roles a person can hold within one municipality; each is a group per tenant. */
public enum Role {
  PLANNER("planner", "Planlæggere"),
  COMMITTEE("committee", "Beskæftigelsesudvalget"),
  SECRETARIAT("secretariat", "Kommunalbestyrelsens sekretariat");

  private final String code;
  private final String danishName;

  Role(String code, String danishName) {
    this.code = code;
    this.danishName = danishName;
  }

  public String code() {
    return code;
  }

  public String danishName() {
    return danishName;
  }

  /** The group id of this role in a tenant, e.g. {@code taarnby-planner}. */
  public String groupId(String tenantId) {
    return tenantId + "-" + code;
  }
}
