package dk.aarshjul.planning.application;

import dk.aarshjul.planning.domain.Plan;
import dk.aarshjul.planning.domain.YearlyStart;
import dk.aarshjul.planning.domain.YearlyStartSetting;
import dk.aarshjul.shared.PlanPeriod;
import dk.aarshjul.shared.TenantId;
import dk.aarshjul.tenancy.application.OnboardingService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The yearly start: on its day, every onboarded municipality's cycle for the coming plan year starts, unless a plan
 * covers that year already (docs/adr/0020-yearly-start-and-carry-over.md). Each municipality in a transaction of its
 * own: one that fails is logged and tried again at the next run, and keeps no other from starting. Every node may
 * run it at once; the plan's unique period ({@code plan_one_per_period}) lets one start through and stops the others.
 */
@Service
public class YearlyCycleStarts {

  private static final Logger LOG = LoggerFactory.getLogger(YearlyCycleStarts.class);

  private final OnboardingService onboarding;
  private final YearlyStartSettings settings;
  private final PlanRepository plans;
  private final PlanService planService;
  private final PlanCycleStarter starter;
  private final TransactionTemplate transaction;

  YearlyCycleStarts(OnboardingService onboarding, YearlyStartSettings settings, PlanRepository plans, PlanService planService,
      PlanCycleStarter starter, PlatformTransactionManager transactions) {
    this.onboarding = onboarding;
    this.settings = settings;
    this.plans = plans;
    this.planService = planService;
    this.starter = starter;
    this.transaction = new TransactionTemplate(transactions);
    this.transaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * What a run did for one municipality.
   *
   * @param planId the plan whose cycle it started, else null
   * @param stoppedByAnother whether another run (on this node or another) started the year's plan between this run's
   *     look and its start
   */
  public record Result(TenantId tenantId, YearlyStart decision, String planId, boolean stoppedByAnother) {
    public boolean started() {
      return planId != null;
    }
  }

  /** Runs the yearly start for every onboarded municipality; one that fails is logged and left to the next run. */
  public List<Result> startDue(LocalDate today, String actor) {
    List<Result> results = new ArrayList<>();
    for (TenantId tenantId : onboarding.onboardedTenantIds()) {
      try {
        results.add(startIfDue(tenantId, today, actor));
      } catch (RuntimeException e) {
        LOG.error("The yearly start of {} failed; the next run tries again", tenantId, e);
      }
    }
    return results;
  }

  public Result startIfDue(TenantId tenantId, LocalDate today, String actor) {
    return carryOut(tenantId, decide(tenantId, today), actor);
  }

  /** What the yearly start would do for the municipality today; it changes nothing. */
  public YearlyStart decide(TenantId tenantId, LocalDate today) {
    YearlyStartSetting setting = setting(tenantId);
    return YearlyStart.decide(today, setting, plans.covering(tenantId, today.getYear() + 1));
  }

  public YearlyStartSetting setting(TenantId tenantId) {
    return settings.find(tenantId).orElse(YearlyStartSetting.DEFAULT);
  }

  /**
   * Starts what was decided, in a transaction of its own: the plan is registered and its cycle started together.
   * A plan for the year that another run registered meanwhile stops it: the registration's own check refuses it
   * once committed, the database's unique period while both are registering.
   */
  public Result carryOut(TenantId tenantId, YearlyStart decision, String actor) {
    if (!decision.outcome().starts()) {
      return new Result(tenantId, decision, null, false);
    }
    try {
      // the registration looks for the year's plan itself (PlanService.checkCanStart), in the same transaction
      Plan plan = transaction.execute(status -> {
        Plan registered = register(tenantId, decision, actor);
        starter.startCycle(registered);
        return registered;
      });
      LOG.info("Yearly start of {}: {} for {} (plan {})", tenantId, decision.outcome().danish(), decision.period().label(), plan.id());
      return new Result(tenantId, decision, plan.id(), false);
    } catch (DuplicateKeyException another) {
      LOG.info("Yearly start of {} for {}: another run registered the plan at the same time (the unique period stopped this one)",
          tenantId, decision.planYear());
      return new Result(tenantId, decision, null, true);
    } catch (PlanExistsException another) {
      // another run's plan, committed since this run decided (or while it registered)
      LOG.info("Yearly start of {} for {}: another run started it already", tenantId, decision.planYear());
      return new Result(tenantId, decision, null, true);
    }
  }

  private Plan register(TenantId tenantId, YearlyStart decision, String actor) {
    PlanPeriod period = decision.period();
    Plan revised = decision.revised();
    String title = revised == null ? null : revisionTitle(revised, period);
    Plan plan = planService.register(tenantId, period, title, planService.ownerName(tenantId), actor);
    if (revised != null) {
      plans.recordRevisionOf(plan.id(), tenantId, revised.id());
    }
    return plan;
  }

  /** "Beskæftigelsesplan 2019-2023, Tårnby Kommune, revideret for 2022-2023", within the title's column. */
  static String revisionTitle(Plan revised, PlanPeriod period) {
    String suffix = ", revideret for " + period.label();
    String label = revised.label();
    int room = PlanService.MAX_TITLE - suffix.length();
    return (label.length() > room ? label.substring(0, room).strip() : label) + suffix;
  }
}
