package dk.aarshjul.planning.application;

import dk.aarshjul.shared.PlanPeriod;
import dk.aarshjul.shared.FieldError;
import dk.aarshjul.shared.InputRules;
import dk.aarshjul.shared.TenantId;
import dk.aarshjul.shared.Validation;
import dk.aarshjul.shared.ValidationException;
import dk.aarshjul.tenancy.application.OnboardingService;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Publishing the national goals for a year starts the cycle in every onboarded municipality. */
@Service
public class NationalGoalsService {

  /** As the goal's column holds it. */
  static final int MAX_TITLE = 500;
  static final int MAX_GOALS = 50;

  private final NationalGoalsRepository goals;
  private final PlanRepository plans;
  private final OnboardingService onboarding;
  private final PlanCycleStarter starter;

  NationalGoalsService(NationalGoalsRepository goals, PlanRepository plans, OnboardingService onboarding, PlanCycleStarter starter) {
    this.goals = goals;
    this.plans = plans;
    this.onboarding = onboarding;
    this.starter = starter;
  }

  /** The national goals of a year, in their published order; every user may read them. */
  @Transactional(readOnly = true)
  public List<String> goals(int year) {
    return goals.titles(year);
  }

  /** Records national goals of an earlier year, without starting any cycle (importing old plans). */
  @Transactional
  public void recordHistoric(int year, List<String> titles, String actor) {
    if (!goals.isPublished(year)) {
      goals.insert(year, titles, actor);
    }
  }

  /**
   * @return the municipalities whose cycle was started; those that already have a plan for the year keep it
   */
  @Transactional
  public List<TenantId> publish(int year, List<String> titles, String publishedBy) {
    Validation validation = new Validation();
    if (year < PlanPeriod.EARLIEST_YEAR || year > PlanPeriod.LATEST_YEAR) {
      validation.reject("year", "År", "skal være et årstal mellem " + PlanPeriod.EARLIEST_YEAR + " og " + PlanPeriod.LATEST_YEAR);
    }
    if (titles == null || titles.isEmpty()) {
      validation.reject("goals", "Nationale mål", "der skal være mindst ét mål");
    } else if (titles.size() > MAX_GOALS) {
      validation.reject("goals", "Nationale mål", "højst " + MAX_GOALS + " mål");
    } else {
      for (int i = 0; i < titles.size(); i++) {
        String field = "goals[" + i + "]";
        String label = "Nationalt mål " + (i + 1);
        if (titles.get(i) == null || titles.get(i).isBlank()) {
          validation.reject(field, label, "skal udfyldes");
        } else {
          InputRules.textProblem(titles.get(i), MAX_TITLE, false).ifPresent(problem -> validation.reject(field, label, problem));
        }
      }
    }
    validation.throwIfInvalid();
    if (goals.isPublished(year)) {
      throw new ValidationException(new FieldError("year", "År", "de nationale mål for " + year + " er allerede udmeldt"));
    }
    goals.insert(year, titles.stream().map(String::trim).toList(), publishedBy);
    List<TenantId> started = new ArrayList<>();
    for (TenantId tenantId : onboarding.onboardedTenantIds()) {
      if (!plans.existsForPeriodStart(tenantId, year)) {
        starter.startCycle(tenantId, year);
        started.add(tenantId);
      }
    }
    return started;
  }
}
