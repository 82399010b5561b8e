package dk.aarshjul.planning.domain;

import dk.aarshjul.shared.PlanPeriod;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the yearly start does for one municipality on a day: nothing (not yet its day, or the coming plan year is
 * covered), a new plan for the coming year, or a revision of the adopted multi-year plan that covers it, for the
 * years it has left.
 *
 * @param planYear the coming plan year, the year after today's
 * @param period the new plan's period; null when nothing starts
 * @param revised the multi-year plan a revision revises, else null
 */
public record YearlyStart(Outcome outcome, int planYear, PlanPeriod period, Plan revised) {

  public enum Outcome {
    NOT_DUE("kommunens dag for den årlige start er ikke kommet"),
    PLAN_EXISTS("der findes allerede en plan for året, vedtaget eller undervejs"),
    MULTI_YEAR_PLAN_STANDS("en flerårig plan dækker året, og kommunen har valgt ikke at revidere den hvert år"),
    NEW_PLAN("en ny plan for året"),
    REVISION("en revision af den flerårige plan for dens resterende år");

    private final String danish;

    Outcome(String danish) {
      this.danish = danish;
    }

    public String danish() {
      return danish;
    }

    public boolean starts() {
      return this == NEW_PLAN || this == REVISION;
    }
  }

  /**
   * @param covering the municipality's plans, of any status, whose period includes the coming plan year
   */
  public static YearlyStart decide(LocalDate today, YearlyStartSetting setting, List<Plan> covering) {
    int planYear = today.getYear() + 1;
    if (today.isBefore(setting.startIn(today.getYear()))) {
      return new YearlyStart(Outcome.NOT_DUE, planYear, null, null);
    }
    Optional<Plan> latest = covering.stream().max(Comparator.comparingInt(p -> p.period().firstYear()));
    if (latest.isEmpty()) {
      return new YearlyStart(Outcome.NEW_PLAN, planYear, PlanPeriod.ofYear(planYear), null);
    }
    Plan plan = latest.get();
    // a plan beginning in the year, or one still on its way to adoption, is the year's plan "under way"
    if (plan.period().firstYear() == planYear || plan.status() != PlanStatus.ADOPTED) {
      return new YearlyStart(Outcome.PLAN_EXISTS, planYear, null, null);
    }
    if (!setting.reviseMultiYearPlans()) {
      return new YearlyStart(Outcome.MULTI_YEAR_PLAN_STANDS, planYear, null, null);
    }
    return new YearlyStart(Outcome.REVISION, planYear, new PlanPeriod(planYear, plan.period().lastYear()), plan);
  }
}
