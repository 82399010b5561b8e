package dk.aarshjul.planning.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dk.aarshjul.planning.domain.Plan;
import dk.aarshjul.planning.domain.YearlyStart;
import dk.aarshjul.shared.FieldError;
import dk.aarshjul.shared.PlanPeriod;
import dk.aarshjul.shared.TenantId;
import dk.aarshjul.shared.ValidationException;
import dk.aarshjul.tenancy.application.OnboardingService;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;

/**
 * Two runs of the yearly start at the same moment (two nodes, or the operator's run beside the scheduled one).
 * Each statement sees what has been committed before it, so the other run's plan can appear after this run decided
 * and be refused by the registration's own check. No Spring, no database: YearlyStartPostgresIT runs the real race.
 */
class YearlyCycleStartsTest {

  static final TenantId TAARNBY = TenantId.of("taarnby");
  static final YearlyStart NEW_PLAN = new YearlyStart(YearlyStart.Outcome.NEW_PLAN, 2028, PlanPeriod.ofYear(2028), null);

  final PlanRepository plans = mock(PlanRepository.class);
  final PlanService planService = mock(PlanService.class);
  final PlanCycleStarter starter = mock(PlanCycleStarter.class);
  final PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
  final YearlyCycleStarts starts = new YearlyCycleStarts(mock(OnboardingService.class), mock(YearlyStartSettings.class), plans,
      planService, starter, transactions);

  YearlyCycleStartsTest() {
    when(transactions.getTransaction(any())).thenReturn(mock(TransactionStatus.class));
    when(planService.ownerName(TAARNBY)).thenReturn("Tårnby Kommune");
  }

  @Test
  void aPlanAnotherRunCommittedWhileThisOneRegisteredStopsThisOneAsStartedByAnother() {
    // by the registration's own check, the other run's plan is committed
    when(planService.register(eq(TAARNBY), eq(PlanPeriod.ofYear(2028)), any(), anyString(), anyString()))
        .thenThrow(new PlanExistsException("Planens første år", 2028));

    YearlyCycleStarts.Result result = starts.carryOut(TAARNBY, NEW_PLAN, "system");

    assertThat(result.started()).isFalse();
    assertThat(result.stoppedByAnother()).isTrue();
    verify(starter, never()).startCycle(any(Plan.class));
  }

  @Test
  void aRegistrationRefusedForAnythingElseIsNotTakenForAnotherRun() {
    ValidationException noCycleVersion = new ValidationException(new FieldError("firstYear", "Planens første år",
        "ingen version af årshjulet gælder for planer, der begynder i 2028"));
    when(planService.register(eq(TAARNBY), eq(PlanPeriod.ofYear(2028)), any(), anyString(), anyString())).thenThrow(noCycleVersion);

    assertThatThrownBy(() -> starts.carryOut(TAARNBY, NEW_PLAN, "system")).isSameAs(noCycleVersion);
    verify(starter, never()).startCycle(any(Plan.class));
  }
}
