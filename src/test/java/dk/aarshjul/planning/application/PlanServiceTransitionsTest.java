package dk.aarshjul.planning.application;

import dk.aarshjul.shared.PlanPeriod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dk.aarshjul.planning.domain.Decision;
import dk.aarshjul.planning.domain.DecisionResult;
import dk.aarshjul.planning.domain.IllegalPlanTransitionException;
import dk.aarshjul.planning.domain.Plan;
import dk.aarshjul.planning.domain.PlanStatus;
import dk.aarshjul.shared.TenantId;
import dk.aarshjul.tenancy.application.TenantMunicipalities;
import dk.aarshjul.testing.Catalogues;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The service asks the plan and writes what the plan answers; it refuses nothing of its own. No Spring. */
class PlanServiceTransitionsTest {

  static final String PLAN_ID = "plan-taarnby-2027";
  static final TenantId TAARNBY = TenantId.of("taarnby");
  static final Clock DECEMBER_10 = Clock.fixed(Instant.parse("2026-12-10T18:30:00Z"), ZoneOffset.UTC);

  final PlanRepository repository = mock(PlanRepository.class);
  final TenantMunicipalities tenants = mock(TenantMunicipalities.class);
  PlanService service;

  @BeforeEach
  void setUp() {
    service = new PlanService(repository, mock(NationalGoalsRepository.class), Catalogues.INDICATORS, Catalogues.SOURCES,
        Catalogues.MUNICIPALITIES, tenants, Catalogues.reference(), DECEMBER_10);
    when(tenants.of(TAARNBY)).thenReturn(List.of(TAARNBY));
  }

  @Test
  void theCouncilsApprovalIsRecordedAndAdoptsThePlan() {
    givenThePlanIs(PlanStatus.AWAITING_COUNCIL);

    DecisionResult result = service.decide(PLAN_ID, TAARNBY, Decision.Body.COUNCIL, TAARNBY, true, " ", "taarnby.secretariat");

    assertThat(result.effect()).isEqualTo(DecisionResult.Effect.MOVED_ON);
    verify(repository).insertDecision(PLAN_ID, TAARNBY, new Decision(Decision.Body.COUNCIL, TAARNBY,
        Decision.Outcome.ADOPTED, 2, null, OffsetDateTime.now(DECEMBER_10), "taarnby.secretariat"));
    verify(repository).markAdopted(PLAN_ID, TAARNBY, OffsetDateTime.now(DECEMBER_10));
  }

  @Test
  void aSendingBackIsRecordedAndPutsThePlanInRevision() {
    givenThePlanIs(PlanStatus.AWAITING_COMMITTEE);

    DecisionResult result = service.decide(PLAN_ID, TAARNBY, Decision.Body.COMMITTEE, TAARNBY, false, "Mere ambitiøst", "taarnby.committee");

    assertThat(result.sentBack()).isTrue();
    verify(repository).updateStatus(PLAN_ID, TAARNBY, PlanStatus.REVISION);
  }

  @Test
  void aDecisionThePlanRefusesIsAConflictInDanishAndWritesNothing() {
    givenThePlanIs(PlanStatus.REVISION);

    assertThatThrownBy(() -> service.decide(PLAN_ID, TAARNBY, Decision.Body.COMMITTEE, TAARNBY, true, null, "taarnby.committee"))
        .isInstanceOf(PlanStateException.class)
        .hasMessage("Planen afventer ikke udvalget")
        .hasCauseInstanceOf(IllegalPlanTransitionException.class);
    verify(repository, never()).insertDecision(anyString(), any(), any());
    verify(repository, never()).updateStatus(anyString(), any(), any());
  }

  @Test
  void submittingAnAdoptedPlanToTheCommitteeIsRefused() {
    givenThePlanIs(PlanStatus.ADOPTED);

    assertThatThrownBy(() -> service.submitToCommittee(PLAN_ID, TAARNBY))
        .isInstanceOf(PlanStateException.class)
        .hasMessage("Planen kan ikke sendes til udvalget, når den er vedtaget");
    verify(repository, never()).updateStatus(anyString(), any(), any());
  }

  @Test
  void aRevisionAfterASendingBackWritesNothingNew() {
    givenThePlanIs(PlanStatus.REVISION);

    service.startRevision(PLAN_ID, TAARNBY);

    verify(repository, never()).updateStatus(anyString(), any(), any());
  }

  private void givenThePlanIs(PlanStatus status) {
    Plan plan = new Plan(PLAN_ID, TAARNBY, "Beskæftigelsesplan 2027 for Tårnby Kommune", PlanPeriod.ofYear(2027), 2027,
        status, 2, OffsetDateTime.parse("2026-06-01T09:00:00+02:00"), "taarnby.planner", null);
    when(repository.find(PLAN_ID, List.of(TAARNBY))).thenReturn(Optional.of(plan));
  }
}
