package dk.aarshjul.followup.application;

import dk.aarshjul.planning.application.PlanStateException;
import dk.aarshjul.planning.application.PlanService;
import dk.aarshjul.planning.application.StatusRoundHistory;
import dk.aarshjul.planning.application.PlanNotFoundException;
import dk.aarshjul.planning.domain.Plan;
import dk.aarshjul.planning.domain.PlanStatus;
import dk.aarshjul.shared.Quarter;
import dk.aarshjul.shared.TenantId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import dk.aarshjul.documents.domain.GoalReport;
import dk.aarshjul.documents.domain.StatusReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The quarterly follow-up of an adopted plan: one round per quarter, and rounds on demand. */
@Service
@Transactional
public class StatusRoundService implements StatusRoundHistory {

  private final PlanService plans;
  private final StatusRoundRepository rounds;
  private final StatusReportRepository reports;
  private static final Logger LOG = LoggerFactory.getLogger(StatusRoundService.class);

  StatusRoundService(PlanService plans, StatusRoundRepository rounds, StatusReportRepository reports) {
    this.plans = plans;
    this.rounds = rounds;
    this.reports = reports;
  }

  /**
   * Opens the plan's round for the quarter, once: a second start for the same quarter (a scheduled round
   * after an on-demand one, or a request made twice) gets the existing round, not owned by it, and stops.
   * An on-demand round counts as the quarter's round. A scheduled round for a year an adopted yearly revision of the
   * plan covers is the revision's: this one gets {@link StatusRoundRepository.Claim#NONE} and stops.
   */
  public StatusRoundRepository.Claim open(String planId, TenantId tenantId, Quarter quarter, boolean onDemand, String processInstanceId) {
    Plan plan = plans.get(planId, List.of(tenantId));
    if (plan.status() != PlanStatus.ADOPTED) {
      throw new PlanStateException("Kun en vedtaget plan følges op");
    }
    Optional<Plan> revision = onDemand ? Optional.empty() : plans.revisedFor(plan, quarter.year());
    if (revision.isPresent()) {
      LOG.info("Plan {} has no scheduled round for {}: its revision {} is followed up instead", planId, quarter, revision.get().id());
      return StatusRoundRepository.Claim.NONE;
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

  @Transactional(readOnly = true)
  @Override
  public Optional<RoundResults> latestFinal(String planId, TenantId tenantId, Quarter notAfter) {
    return rounds.list(planId, tenantId).stream()
        .filter(r -> r.quarter().compareTo(notAfter) <= 0)
        .sorted(Comparator.comparing(StatusRoundRepository.Round::quarter).reversed())
        .flatMap(r -> reports.findFinal(r.id(), tenantId).map(report -> results(r, report, reports.commentary(r.id(), tenantId))).stream())
        .findFirst();
  }

  private static RoundResults results(StatusRoundRepository.Round round, StatusReport report, Map<String, String> commentary) {
    return new RoundResults(round.quarter(), report.summary(), round.statusText(),
        report.goals().stream().map(goal -> new GoalResult(goal.ref(), goal.focusArea(), goal.text(), goal.status(), goal.reason(),
            goal.target(), latest(goal), goal.change(), goal.figure().sentences(), commentary.getOrDefault(goal.ref(), ""))).toList());
  }

  /** "2,7 % (4. kvartal 2026)", or "intet tal endnu" where the report shows none. */
  private static String latest(GoalReport goal) {
    if ("–".equals(goal.latest())) {
      return "intet tal endnu";
    }
    return goal.latestWithPeriod();
  }
}
