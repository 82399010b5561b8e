package dk.aarshjul.tenancy.domain;

import dk.aarshjul.shared.Codes;
import dk.aarshjul.shared.TenantId;
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

  public static Optional<Role> byCode(String code) {
    return Codes.parse(Role.class, code);
  }

  /** The group id of this role in a tenant, e.g. {@code taarnby-planner} (see {@link StaffGroup}). */
  public String groupId(TenantId tenant) {
    return StaffGroup.of(tenant, this).groupId();
  }
}
