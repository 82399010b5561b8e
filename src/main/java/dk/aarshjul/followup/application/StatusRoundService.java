package dk.aarshjul.followup.application;

import dk.aarshjul.planning.application.PlanStateException;
import dk.aarshjul.planning.application.PlanService;
import dk.aarshjul.planning.application.StatusRoundHistory;
import dk.aarshjul.planning.application.PlanNotFoundException;
import dk.aarshjul.planning.domain.Plan;
import dk.aarshjul.planning.domain.PlanStatus;
import dk.aarshjul.shared.Quarter;
import dk.aarshjul.shared.TenantId;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The quarterly follow-up of an adopted plan: one round per quarter, and rounds on demand. */
@Service
@Transactional
public class StatusRoundService implements StatusRoundHistory {

  private final PlanService plans;
  private final StatusRoundRepository rounds;

  StatusRoundService(PlanService plans, StatusRoundRepository rounds) {
    this.plans = plans;
    this.rounds = rounds;
  }

  /**
   * Opens the plan's round for the quarter, once: a second start for the same quarter (a scheduled round
   * after an on-demand one, or a request made twice) gets the existing round, not owned by it, and stops.
   * An on-demand round counts as the quarter's round.
   */
  public StatusRoundRepository.Claim open(String planId, TenantId tenantId, Quarter quarter, boolean onDemand, String processInstanceId) {
    Plan plan = plans.get(planId, List.of(tenantId));
    if (plan.status() != PlanStatus.ADOPTED) {
      throw new PlanStateException("Kun en vedtaget plan følges op");
    }
    return rounds.claim(planId, tenantId, quarter, onDemand, processInstanceId);
  }

  @Transactional(readOnly = true)
  public StatusRoundRepository.Round round(String roundId, java.util.Collection<TenantId> tenantIds) {
    return rounds.find(roundId, tenantIds).orElseThrow(() -> PlanNotFoundException.statusRound(roundId));
  }

  /** The planner's overall status for the round; none is fine. */
  public void writeStatus(String roundId, TenantId tenantId, String text, String author) {
    if (text == null || text.isBlank()) {
      return;
    }
    if (!rounds.writeStatus(roundId, tenantId, text, author)) {
      throw new PlanStateException("Statusrunden findes ikke: " + roundId);
    }
  }

  @Transactional(readOnly = true)
  @Override
  public List<StatusRoundHistory.Round> rounds(String planId, TenantId tenantId) {
    return rounds.list(planId, tenantId).stream().map(r -> new StatusRoundHistory.Round(r.quarter(), r.onDemand(),
        r.statusText(), r.writtenAt(), r.writtenBy())).toList();
  }
}
