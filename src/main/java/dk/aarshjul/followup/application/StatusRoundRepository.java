package dk.aarshjul.followup.application;

import dk.aarshjul.shared.Quarter;
import dk.aarshjul.shared.TenantId;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface StatusRoundRepository {

  /**
   * The plan's one round for the quarter: opened for the process instance if there is none, else the
   * existing one, owned by the instance that opened it.
   */
  Claim claim(String planId, TenantId tenantId, Quarter quarter, boolean onDemand, String processInstanceId);

  Optional<Round> find(String roundId, Collection<TenantId> tenantIds);

  boolean writeStatus(String roundId, TenantId tenantId, String text, String author);

  List<Round> list(String planId, TenantId tenantId);

  /** @param owner whether the asking process instance owns the round (it opened it, or runs it again) */
  record Claim(String roundId, boolean owner) {
    /** No round: the quarter is not this plan's to report on. */
    public static final Claim NONE = new Claim(null, false);
  }

  record Round(String id, String planId, TenantId tenantId, Quarter quarter, boolean onDemand, String statusText, OffsetDateTime writtenAt, String writtenBy) {}
}
