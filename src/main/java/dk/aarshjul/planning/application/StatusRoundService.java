package dk.aarshjul.planning.application;

import dk.aarshjul.planning.domain.Plan;
import dk.aarshjul.planning.domain.PlanStatus;
import dk.aarshjul.planning.domain.Quarter;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The quarterly follow-up of an adopted plan: one round per quarter, and rounds on demand. */
@Service
@Transactional
public class StatusRoundService {

  private final PlanService plans;
  private final StatusRoundRepository rounds;

  StatusRoundService(PlanService plans, StatusRoundRepository rounds) {
    this.plans = plans;
    this.rounds = rounds;
  }

  /** Opens a round and returns its id. */
  public String open(String planId, String tenantId, Quarter quarter, boolean onDemand) {
    Plan plan = plans.get(planId, List.of(tenantId));
    if (plan.status() != PlanStatus.ADOPTED) {
      throw new PlanStateException("Kun en vedtaget plan følges op");
    }
    return rounds.insert(planId, tenantId, quarter, onDemand);
  }

  public void writeStatus(String roundId, String tenantId, String text, String author) {
    if (!rounds.writeStatus(roundId, tenantId, text, author)) {
      throw new PlanStateException("Statusrunden findes ikke: " + roundId);
    }
  }

  @Transactional(readOnly = true)
  public List<StatusRoundRepository.Round> rounds(String planId, String tenantId) {
    return rounds.list(planId, tenantId);
  }
}
