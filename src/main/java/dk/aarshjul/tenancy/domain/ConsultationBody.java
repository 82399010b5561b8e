package dk.aarshjul.tenancy.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The bodies a municipality consults on its plan. Each is a group per tenant ({@code taarnby-body-...}),
 * so each body sees only its own consultation task.
 */
public enum ConsultationBody {
  DISABILITY_COUNCIL("disability-council", "Handicaprådet"),
  INTEGRATION_COUNCIL("integration-council", "Integrationsrådet"),
  SOCIAL_PARTNERS("social-partners", "De lokale arbejdsmarkedsparter"),
  REGIONAL_COUNCIL("regional-council", "Det regionale beskæftigelsesråd");

  private static final String GROUP_INFIX = "-body-";

  private final String code;
  private final String danishName;

  ConsultationBody(String code, String danishName) {
    this.code = code;
    this.danishName = danishName;
  }

  public String code() {
    return code;
  }

  public String danishName() {
    return danishName;
  }

  public String groupId(String tenantId) {
    return tenantId + GROUP_INFIX + code;
  }

  public static Optional<ConsultationBody> byCode(String code) {
    return Arrays.stream(values()).filter(b -> b.code.equals(code)).findFirst();
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
