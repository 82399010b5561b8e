package dk.aarshjul.planning.domain;

import dk.aarshjul.shared.PlanPeriod;
import dk.aarshjul.shared.TenantId;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A municipality's employment plan for a period, as it stands now. Its status changes only through the
 * methods below, each returning the plan after the change and refusing (with
 * {@link IllegalPlanTransitionException}) what its status does not allow.
 */
public record Plan(
    String id,
    TenantId tenantId,
    String title,
    PlanPeriod period,
    Integer nationalGoalsYear,
    PlanStatus status,
    int currentVersion,
    OffsetDateTime createdAt,
    String createdBy,
    OffsetDateTime adoptedAt) {

  /**
   * How people tell this plan from the municipality's others, in a task list: its title, with its
   * years when the title does not say them ("Beskæftigelsesplan 2027 for Tårnby Kommune",
   * "Vores plan for job (2019-2023)").
   */
  public String label() {
    if (title == null || title.isBlank()) {
      return "Beskæftigelsesplan " + period.label();
    }
    return title.contains(period.label()) ? title.strip() : title.strip() + " (" + period.label() + ")";
  }

  /**
   * Whether the baselines the content leaves open may be filled from the sources, as a new version: while
   * the plan can be edited, and right after a revision, before the committee sees it.
   */
  public boolean acceptsBaselineFill() {
    return currentVersion > 0 && (status.isEditable() || status == PlanStatus.AWAITING_COMMITTEE);
  }

  /** The draft goes to the consultation bodies; there must be a draft to send. */
  public Plan requestConsultation() {
    Plan next = to(PlanTransition.REQUEST_CONSULTATION);
    if (currentVersion == 0) {
      throw new IllegalPlanTransitionException(status, PlanTransition.REQUEST_CONSULTATION,
          "Planen har intet udkast, der kan sendes i høring");
    }
    return next;
  }

  public Plan startRevision() {
    return to(PlanTransition.START_REVISION);
  }

  public Plan submitToCommittee() {
    return to(PlanTransition.SUBMIT_TO_COMMITTEE);
  }

  public Plan submitToCouncil() {
    return to(PlanTransition.SUBMIT_TO_COUNCIL);
  }

  /** A plan adopted outside the platform, registered just now, becomes adopted as of {@code adoptedAt}. */
  public Plan takeOverAdopted(OffsetDateTime adoptedAt) {
    return withStatus(PlanTransition.TAKE_OVER_ADOPTED.from(status), Objects.requireNonNull(adoptedAt));
  }

  /**
   * One municipality's committee or council decision on the current version. The plan moves on when every
   * deciding municipality has approved this version, and back to revision as soon as one sends it back.
   *
   * @param earlier the decisions recorded on the plan before this one, of any body and version
   * @param deciding the municipalities whose committee and council decide: one, or a cooperation's members
   */
  public DecisionResult decide(Decision decision, Collection<Decision> earlier, Collection<TenantId> deciding) {
    boolean committee = decision.body() == Decision.Body.COMMITTEE;
    if (status != (committee ? PlanStatus.AWAITING_COMMITTEE : PlanStatus.AWAITING_COUNCIL)) {
      throw new IllegalPlanTransitionException(status, null,
          "Planen afventer ikke " + (committee ? "udvalget" : "kommunalbestyrelsen"));
    }
    if (!deciding.contains(decision.tenant())) {
      throw new IllegalPlanTransitionException(status, null, decision.tenant() + " træffer ikke beslutning om planen");
    }
    if (decision.planVersion() != currentVersion) {
      throw new IllegalPlanTransitionException(status, null,
          "Beslutningen gælder version " + decision.planVersion() + ", men planen er nu version " + currentVersion);
    }
    if (decision.outcome() == Decision.Outcome.SENT_BACK) {
      return new DecisionResult(to(PlanTransition.SEND_BACK), DecisionResult.Effect.SENT_BACK);
    }
    boolean allApproved = Stream.concat(earlier.stream(), Stream.of(decision))
        .filter(d -> d.body() == decision.body() && d.outcome() == decision.outcome() && d.planVersion() == currentVersion)
        .map(Decision::tenant)
        .collect(Collectors.toSet())
        .containsAll(deciding);
    if (!allApproved) {
      return new DecisionResult(this, DecisionResult.Effect.AWAITING_OTHERS);
    }
    Plan next = committee ? to(PlanTransition.RECOMMEND)
        : withStatus(PlanTransition.ADOPT.from(status), decision.decidedAt());
    return new DecisionResult(next, DecisionResult.Effect.MOVED_ON);
  }

  private Plan to(PlanTransition transition) {
    return withStatus(transition.from(status), adoptedAt);
  }

  private Plan withStatus(PlanStatus next, OffsetDateTime adopted) {
    return new Plan(id, tenantId, title, period, nationalGoalsYear, next, currentVersion, createdAt, createdBy, adopted);
  }
}
