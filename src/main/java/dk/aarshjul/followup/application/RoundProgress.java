package dk.aarshjul.followup.application;

import dk.aarshjul.shared.Quarter;
import dk.aarshjul.shared.TenantId;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** Where a municipality's quarterly status rounds stand, as the engine ran them. */
public interface RoundProgress {

  /**
   * The rounds of these quarters in the tenant's follow-ups, the latest of each quarter (a start that found
   * its quarter had a round already is not one); a quarter without a round is left out.
   */
  List<RoundTrack> ofQuarters(TenantId tenant, Collection<Quarter> quarters);

  /** Every round still running in these tenants, whatever its quarter. */
  List<RoundTrack> running(Collection<TenantId> tenants);

  /**
   * @param roundId the round's id (the subject of its reports)
   * @param opened the day the round began
   * @param due the due date of its open task, else of the planner's review; null when none is known
   * @param running whether the round is under way
   * @param openTaskId an open task of the round, for a link to Tasklist; null when none is open
   * @param openTaskName the Danish name of that task
   */
  record RoundTrack(TenantId tenant, String planId, String roundId, Quarter quarter, LocalDate opened, LocalDate due,
      boolean running, String openTaskId, String openTaskName) {}
}
