package dk.aarshjul.tenancy.domain;

import dk.aarshjul.shared.Codes;
import dk.aarshjul.shared.TenantId;
import java.util.Optional;

/**
 * The bodies a municipality consults on its plan. Each is a group per tenant ({@code taarnby-body-...}),
 * so each body sees only its own consultation task.
 */
public enum ConsultationBody {
  DISABILITY_COUNCIL("Handicaprådet"),
  INTEGRATION_COUNCIL("Integrationsrådet"),
  SOCIAL_PARTNERS("De lokale arbejdsmarkedsparter"),
  REGIONAL_COUNCIL("Det regionale beskæftigelsesråd");

  private final String danishName;

  ConsultationBody(String danishName) {
    this.danishName = danishName;
  }

  public String code() {
    return Codes.of(this);
  }

  public String danishName() {
    return danishName;
  }

  /** The group id of this body in a municipality, e.g. {@code taarnby-body-disability-council} (see {@link StaffGroup}). */
  public String groupId(TenantId tenant) {
    return StaffGroup.of(tenant, this).groupId();
  }

  public static Optional<ConsultationBody> byCode(String code) {
    return Codes.parse(ConsultationBody.class, code);
  }
}
