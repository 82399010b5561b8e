package dk.aarshjul.planning.adapter.rest;

import dk.aarshjul.planning.application.PlanService;
import dk.aarshjul.planning.application.YearlyCycleStarts;
import dk.aarshjul.planning.application.YearlyStartSettings;
import dk.aarshjul.planning.domain.YearlyStart;
import dk.aarshjul.planning.domain.YearlyStartSetting;
import dk.aarshjul.security.AarshjulUser;
import dk.aarshjul.security.CurrentUser;
import dk.aarshjul.shared.PlatformGroup;
import dk.aarshjul.shared.TenantId;
import dk.aarshjul.shared.Validation;
import dk.aarshjul.tenancy.application.OnboardingService;
import dk.aarshjul.tenancy.application.UnknownMunicipalityException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A municipality's yearly start: read by its users, set by its planners or the operator. Another municipality's
 * answers as an unknown one (404).
 */
@RestController
@RequestMapping("/api/municipalities/{tenantId}/yearly-start")
class YearlyStartController {

  private final YearlyCycleStarts starts;
  private final YearlyStartSettings settings;
  private final OnboardingService onboarding;
  private final PlanService plans;
  private final Clock clock;

  YearlyStartController(YearlyCycleStarts starts, YearlyStartSettings settings, OnboardingService onboarding, PlanService plans,
      Clock clock) {
    this.starts = starts;
    this.settings = settings;
    this.onboarding = onboarding;
    this.plans = plans;
    this.clock = clock;
  }

  @GetMapping
  YearlyStartJson get(@PathVariable String tenantId) {
    return json(visible(tenantId, CurrentUser.get()));
  }

  @PutMapping
  YearlyStartJson set(@PathVariable String tenantId, @RequestBody(required = false) YearlyStartRequest request) {
    AarshjulUser user = CurrentUser.get();
    TenantId municipality = visible(tenantId, user);
    if (!user.isMemberOf(PlatformGroup.OPERATOR) && !plans.plannedBy(municipality, user::isMemberOf)) {
      throw new AccessDeniedException("planners and the operator only");
    }
    settings.save(municipality, read(request), user.userId());
    return json(municipality);
  }

  /** The municipality, if it is onboarded and the caller is one of its users (or the operator): else 404. */
  private TenantId visible(String tenantId, AarshjulUser user) {
    return TenantId.parse(tenantId)
        .filter(user::belongsTo)
        .filter(onboarding.onboardedTenantIds()::contains)
        .orElseThrow(() -> new UnknownMunicipalityException(tenantId));
  }

  private static YearlyStartSetting read(YearlyStartRequest request) {
    YearlyStartRequest given = request == null ? new YearlyStartRequest(null, null, null) : request;
    Validation validation = new Validation();
    if (given.startMonth() == null) {
      validation.reject("startMonth", "Startmåned", "skal udfyldes");
    } else if (given.startMonth() < 1 || given.startMonth() > 12) {
      validation.reject("startMonth", "Startmåned", "skal være en måned fra 1 til 12");
    }
    if (given.startDay() == null) {
      validation.reject("startDay", "Startdag", "skal udfyldes");
    } else if (validation.isValid() && !exists(given.startMonth(), given.startDay())) {
      validation.reject("startDay", "Startdag", "den " + given.startDay() + ". findes ikke i måned " + given.startMonth());
    }
    validation.throwIfInvalid();
    MonthDay start = MonthDay.of(given.startMonth(), given.startDay());
    if (start.isAfter(YearlyStartSetting.LATEST)) {
      validation.reject("startMonth", "Startmåned", "den årlige start skal ligge senest 30. september, så kommunalbestyrelsen"
          + " kan nå at vedtage planen inden 31. december").throwIfInvalid();
    }
    return new YearlyStartSetting(start, Boolean.TRUE.equals(given.reviseMultiYearPlans()));
  }

  /** Whether the day exists in the month in some year (29 February does). */
  private static boolean exists(int month, int day) {
    return day >= 1 && day <= Month.of(month).maxLength();
  }

  private YearlyStartJson json(TenantId municipality) {
    YearlyStartSetting setting = starts.setting(municipality);
    LocalDate today = LocalDate.now(clock);
    YearlyStart now = starts.decide(municipality, today);
    LocalDate thisYear = setting.startIn(today.getYear());
    LocalDate next = today.isAfter(thisYear) ? setting.startIn(today.getYear() + 1) : thisYear;
    return new YearlyStartJson(municipality.value(), setting.start().getDayOfMonth(), setting.start().getMonthValue(),
        setting.reviseMultiYearPlans(), next, new Today(now.planYear(), now.outcome(), now.outcome().danish()));
  }

  /** @param reviseMultiYearPlans whether a multi-year plan gets a yearly revision; absent: no */
  record YearlyStartRequest(Integer startDay, Integer startMonth, Boolean reviseMultiYearPlans) {}

  /**
   * @param nextStart the municipality's next start day (today, when today is its day); after it, the morning runs start the
   *     coming year's plan until it exists
   * @param today what the start would do for the municipality today
   */
  record YearlyStartJson(String municipality, int startDay, int startMonth, boolean reviseMultiYearPlans, LocalDate nextStart,
      Today today) {}

  /** @param description why, in Danish */
  record Today(int planYear, YearlyStart.Outcome outcome, String description) {}
}
