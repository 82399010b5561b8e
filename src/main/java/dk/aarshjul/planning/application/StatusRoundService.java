package dk.aarshjul.planning.application;

import dk.aarshjul.planning.domain.Plan;
import dk.aarshjul.planning.domain.PlanStatus;
import dk.aarshjul.planning.domain.Quarter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The quarterly follow-up of an adopted plan: one round per quarter, and rounds on demand. */
@Service
@Transactional
public class StatusRoundService {

  private final PlanService plans;
  private final StatusRoundRepository rounds;
  private final FollowUps followUps;
  private final StatusRoundRequests requests;
  private final Clock clock;
  private final TransactionTemplate transaction;

  StatusRoundService(PlanService plans, StatusRoundRepository rounds, FollowUps followUps,
      StatusRoundRequests requests, Clock clock, PlatformTransactionManager transactions) {
    this.plans = plans;
    this.rounds = rounds;
    this.followUps = followUps;
    this.requests = requests;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
  }

  /**
   * A round for the quarter, on request (e.g. before a committee meeting), also for a quarter long past.
   * An adopted plan without a running follow-up (one taken over from outside, whose period has ended, or
   * whose follow-up has finished) gets one first, which schedules only the quarters still ahead. Start and
   * request are one transaction, so the new follow-up cannot end before it has the request; a request to a
   * running follow-up is the engine's own transaction, which it retries when the follow-up is busy.
   */
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  public void request(Plan plan, Quarter quarter) {
    if (plan.status() != PlanStatus.ADOPTED) {
      throw new PlanStateException("Planen er " + PlanService.danish(plan.status())
          + " og har ingen opfølgning; kun en vedtaget plan følges op");
    }
    if (requests.request(plan.id(), plan.tenantId(), quarter)) {
      return;
    }
    transaction.executeWithoutResult(status -> {
      followUps.start(plan, Quarter.containing(LocalDate.now(clock)));
      if (!requests.request(plan.id(), plan.tenantId(), quarter)) {
        throw new IllegalStateException("The follow-up just started for plan " + plan.id() + " took no request");
      }
    });
  }

  /**
   * Opens the plan's round for the quarter, once: a second start for the same quarter (a scheduled round
   * after an on-demand one, or a request made twice) gets the existing round, not owned by it, and stops.
   * An on-demand round counts as the quarter's round.
   */
  public StatusRoundRepository.Claim open(String planId, String tenantId, Quarter quarter, boolean onDemand, String processInstanceId) {
    Plan plan = plans.get(planId, List.of(tenantId));
    if (plan.status() != PlanStatus.ADOPTED) {
      throw new PlanStateException("Kun en vedtaget plan følges op");
    }
    return rounds.claim(planId, tenantId, quarter, onDemand, processInstanceId);
  }

  @Transactional(readOnly = true)
  public StatusRoundRepository.Round round(String roundId, java.util.Collection<String> tenantIds) {
    return rounds.find(roundId, tenantIds).orElseThrow(() -> PlanNotFoundException.statusRound(roundId));
  }

  /** The planner's overall status for the round; none is fine. */
  public void writeStatus(String roundId, String tenantId, String text, String author) {
    if (text == null || text.isBlank()) {
      return;
    }
    if (!rounds.writeStatus(roundId, tenantId, text, author)) {
      throw new PlanStateException("Statusrunden findes ikke: " + roundId);
    }
  }

  @Transactional(readOnly = true)
  public List<StatusRoundRepository.Round> rounds(String planId, String tenantId) {
    return rounds.list(planId, tenantId);
  }
}
