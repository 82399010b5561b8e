package dk.aarshjul.planning.application;

import dk.aarshjul.planning.domain.CarryOver;
import dk.aarshjul.planning.domain.Plan;
import dk.aarshjul.planning.domain.PlanContent;
import dk.aarshjul.planning.domain.PlanOrigin;
import dk.aarshjul.planning.domain.PlanStatus;
import dk.aarshjul.shared.Quarter;
import dk.aarshjul.shared.TenantId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new plan builds on last year: its first draft is a copy of the plan in force, and its draft and document show
 * the results of the plan in force from its latest final status round (docs/adr/0020-yearly-start-and-carry-over.md).
 */
@Service
@Transactional
public class LastYear {

  private static final Logger LOG = LoggerFactory.getLogger(LastYear.class);

  private final PlanRepository plans;
  private final StatusRoundHistory rounds;

  LastYear(PlanRepository plans, StatusRoundHistory rounds) {
    this.plans = plans;
    this.rounds = rounds;
  }

  /** The municipality's adopted plan for a year: of those covering it, the one that began last. */
  @Transactional(readOnly = true)
  public Optional<Plan> inForce(TenantId tenantId, int year) {
    return plans.covering(tenantId, year).stream().filter(p -> p.status() == PlanStatus.ADOPTED)
        .max(Comparator.comparingInt(p -> p.period().firstYear()));
  }

  /**
   * Makes a new plan's first version a copy of the plan in force the year before it, marked as carried over;
   * a plan that has content already, or whose municipality had no plan in force, is left as it is.
   *
   * @return the plan copied from
   */
  public Optional<Plan> carryOver(Plan plan, String actor) {
    if (plan.currentVersion() != 0) {
      return Optional.empty();
    }
    Optional<Plan> source = inForce(plan.tenantId(), plan.period().firstYear() - 1);
    source.ifPresent(from -> {
      PlanContent content = plans.content(from.id(), from.currentVersion(), from.tenantId()).orElseThrow();
      boolean withNationalGoals = plan.nationalGoalsYear() != null;
      plans.saveVersion(plan, CarryOver.into(content, plan.period(), withNationalGoals), actor);
      plans.recordCarryOver(plan.id(), plan.tenantId(), from.id(), from.currentVersion());
      LOG.info("Plan {} begins as a copy of plan {} version {}", plan.id(), from.id(), from.currentVersion());
    });
    return source;
  }

  @Transactional(readOnly = true)
  public PlanOrigin origin(Plan plan) {
    return plans.origin(plan.id(), plan.tenantId());
  }

  /** The plan the plan's first version was copied from, if it was. */
  @Transactional(readOnly = true)
  public Optional<CarriedOver> carriedOver(Plan plan) {
    PlanOrigin origin = origin(plan);
    return origin.carriedOver()
        ? plans.find(origin.carriedOverFrom(), List.of(plan.tenantId())).map(from -> new CarriedOver(from, origin.carriedOverVersion()))
        : Optional.empty();
  }

  /** @param version the version of {@code from} that was copied */
  public record CarriedOver(Plan from, int version) {

    /** What the planner reads above the carried-over draft. */
    public String notice() {
      return "Overført fra " + from.label() + " (version " + version + ") – ret det, der skal ændres. Frister før planperioden er"
          + " flyttet et helt antal år frem ind i den.";
    }
  }

  /**
   * The results a new plan shows: the latest final round, up to the end of the year before the plan, of the plan
   * its draft was copied from, else of the plan in force that year. Empty without such a round.
   */
  @Transactional(readOnly = true)
  public Optional<Results> results(Plan plan) {
    int yearBefore = plan.period().firstYear() - 1;
    PlanOrigin origin = origin(plan);
    Optional<Plan> source = origin.carriedOver()
        ? plans.find(origin.carriedOverFrom(), List.of(plan.tenantId()))
        : inForce(plan.tenantId(), yearBefore);
    return source.flatMap(from -> rounds.latestFinal(from.id(), from.tenantId(), new Quarter(yearBefore, 4))
        .map(round -> new Results(round.quarter().year(), from, round)));
  }

  /**
   * @param year the year the results are for: "Resultater for {year}"
   * @param plan the plan they are results of
   */
  public record Results(int year, Plan plan, StatusRoundHistory.RoundResults round) {

    public String heading() {
      return "Resultater for " + year;
    }

    /** "Status for 3. kvartal 2026 på Beskæftigelsesplan 2026 for Tårnby Kommune, som udvalget blev orienteret om." */
    public String basis() {
      return "Status for " + round.quarterLabel() + " på " + plan.label() + ", som udvalget blev orienteret om. " + round.summary();
    }
  }
}
