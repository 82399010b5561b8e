package dk.aarshjul.followup.application;

import dk.aarshjul.planning.application.PlanStateException;
import dk.aarshjul.planning.application.PlanService;
import dk.aarshjul.planning.application.FollowUps;
import dk.aarshjul.planning.domain.Plan;
import dk.aarshjul.planning.domain.PlanStatus;
import dk.aarshjul.shared.Quarter;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Extra status rounds, asked for by the planners. (Apart from {@link StatusRoundService}, which the engine's
 * delegates use: this one uses the engine.)
 */
@Service
public class StatusRoundRequestService {

  private final FollowUps followUps;
  private final StatusRoundRequests requests;
  private final Clock clock;
  private final TransactionTemplate transaction;

  StatusRoundRequestService(FollowUps followUps, StatusRoundRequests requests, Clock clock,
      PlatformTransactionManager transactions) {
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
  public void request(Plan plan, Quarter quarter) {
    if (plan.status() != PlanStatus.ADOPTED) {
      throw new PlanStateException("Planen er " + plan.status().danish()
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

}
