package dk.aarshjul.tenancy.domain;

import dk.aarshjul.shared.Codes;
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

  private static final String GROUP_INFIX = "-body-";

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

  public String groupId(String tenantId) {
    return tenantId + GROUP_INFIX + code();
  }

  public static Optional<ConsultationBody> byCode(String code) {
    return Codes.parse(ConsultationBody.class, code);
  }

  /** A body of a municipality, as its group id says: {@code ishoej-body-disability-council}. */
  public record OfMunicipality(String municipality, ConsultationBody body) {
    public String groupId() {
      return body.groupId(municipality);
    }

    /** How a plan of the given tenant names the body: its code, or {@code ishoej:disability-council} in a joint plan. */
    public String key(String planTenantId) {
      return municipality.equals(planTenantId) ? body.code() : municipality + ":" + body.code();
    }

    public static Optional<OfMunicipality> parseKey(String planTenantId, String key) {
      if (key == null) {
        return Optional.empty();
      }
      int colon = key.indexOf(':');
      String municipality = colon < 0 ? planTenantId : key.substring(0, colon);
      return byCode(key.substring(colon + 1)).map(body -> new OfMunicipality(municipality, body));
    }
  }

  public static Optional<OfMunicipality> parseGroupId(String groupId) {
    int infix = groupId == null ? -1 : groupId.lastIndexOf(GROUP_INFIX);
    if (infix <= 0) {
      return Optional.empty();
    }
    return byCode(groupId.substring(infix + GROUP_INFIX.length()))
        .map(body -> new OfMunicipality(groupId.substring(0, infix), body));
  }

}
