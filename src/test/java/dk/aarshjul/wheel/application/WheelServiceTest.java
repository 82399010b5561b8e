package dk.aarshjul.wheel.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dk.aarshjul.documents.application.DocumentFormat;
import dk.aarshjul.documents.application.DocumentStore;
import dk.aarshjul.followup.application.RoundProgress;
import dk.aarshjul.followup.application.RoundProgress.RoundTrack;
import dk.aarshjul.planning.application.CycleProgress;
import dk.aarshjul.planning.application.CycleProgress.CycleTrack;
import dk.aarshjul.planning.application.CycleProgress.StepTrack;
import dk.aarshjul.planning.application.PlanService;
import dk.aarshjul.planning.domain.Plan;
import dk.aarshjul.planning.domain.PlanStatus;
import dk.aarshjul.shared.PlanPeriod;
import dk.aarshjul.shared.Quarter;
import dk.aarshjul.shared.TenantId;
import dk.aarshjul.tenancy.application.TenantMunicipalities;
import dk.aarshjul.tenancy.domain.Municipality;
import dk.aarshjul.testing.PlanFixtures;
import dk.aarshjul.wheel.domain.LateStep;
import dk.aarshjul.wheel.domain.StepState;
import dk.aarshjul.wheel.domain.WheelStep;
import dk.aarshjul.wheel.domain.YearWheel;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tårnby's 2026 from its cycle and rounds: the plan for 2027 in revision eleven days late after a consultation
 * without bodies, the fourth quarter's round of 2025 done with its report, the third of 2026 a day late, the
 * first two quarters of the adopted plan 2026 without rounds yet.
 */
class WheelServiceTest {

  static final TenantId TAARNBY = PlanFixtures.TAARNBY;
  static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
  static final Plan PLAN_2027 = PlanFixtures.aTaarnbyPlan2027(null);
  static final Plan PLAN_2026 = new Plan("plan-2026", TAARNBY, "Beskæftigelsesplan 2026", PlanPeriod.ofYear(2026), null,
      PlanStatus.ADOPTED, 3, OffsetDateTime.parse("2025-06-01T09:00:00+02:00"), "taarnby.planner", null);

  static final CycleTrack CYCLE = new CycleTrack(TAARNBY, 2027, PLAN_2027.id(), true, List.of(
      new StepTrack("userTask_draftPlan", "Udarbejd udkast", LocalDate.of(2026, 8, 20), LocalDate.of(2026, 9, 1), false, true, null),
      new StepTrack("userTask_requestConsultation", "Send i høring", LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 8), false, true, null),
      new StepTrack("userTask_consultationResponse", "Afgiv høringssvar", null, null, false, false, null),
      new StepTrack("userTask_revisePlan", "Revidér planen", LocalDate.of(2026, 9, 9), LocalDate.of(2026, 11, 20), true, false, "t-revise"),
      new StepTrack("userTask_committeeRecommendation", "Udvalget indstiller", null, LocalDate.of(2026, 12, 1), false, false, null),
      new StepTrack("userTask_councilAdoption", "Kommunalbestyrelsen vedtager", null, LocalDate.of(2026, 12, 31), false, false, null)));
  static final RoundTrack FOURTH_2025 = new RoundTrack(TAARNBY, "plan-2025", "round-4", new Quarter(2025, 4), LocalDate.of(2026, 1, 1),
      LocalDate.of(2026, 1, 31), false, null, null);
  static final RoundTrack THIRD_2026 = new RoundTrack(TAARNBY, PLAN_2026.id(), "round-3", new Quarter(2026, 3), LocalDate.of(2026, 10, 1),
      LocalDate.of(2026, 11, 30), true, "t-k3", "Gennemse status og skriv kommentarer");

  final CycleProgress cycles = mock(CycleProgress.class);
  final RoundProgress rounds = mock(RoundProgress.class);
  final PlanService plans = mock(PlanService.class);
  final DocumentStore documents = mock(DocumentStore.class);
  final TenantMunicipalities municipalities = mock(TenantMunicipalities.class);
  final WheelService service = new WheelService(cycles, rounds, plans, documents, municipalities);

  WheelServiceTest() {
    when(cycles.ofPlanYear(TAARNBY, 2027)).thenReturn(CYCLE);
    when(cycles.running(anyCollection())).thenReturn(List.of(CYCLE));
    when(rounds.ofQuarters(eq(TAARNBY), any())).thenReturn(List.of(FOURTH_2025, THIRD_2026));
    when(rounds.running(anyCollection())).thenReturn(List.of(THIRD_2026));
    when(plans.list(anyCollection())).thenReturn(List.of(PLAN_2027, PLAN_2026));
    when(municipalities.municipalities(TAARNBY)).thenReturn(List.of(
        new Municipality("185", "0185", "Tårnby", "Tårnby Kommune", "084", "1084", "Region Hovedstaden", TAARNBY)));
    when(documents.list("plan-2025", List.of(TAARNBY))).thenReturn(List.of(
        report("d-draft", "UDKAST", DocumentFormat.PDF), report("d-final-html", "ENDELIG", DocumentFormat.HTML),
        report("d-final", "ENDELIG", DocumentFormat.PDF)));
  }

  static DocumentStore.StoredDocument report(String id, String label, DocumentFormat format) {
    return new DocumentStore.StoredDocument(id, TAARNBY, "plan-2025", DocumentStore.Kind.STATUS_REPORT, "round-4", 1, label, format,
        "Status", 100, OffsetDateTime.parse("2026-01-20T10:00:00+01:00"));
  }

  @Test
  void theCyclesStepsTakeTheirStatesFromTheirTasksAndDeadlines() {
    YearWheel wheel = service.wheel(TAARNBY, 2026, TODAY);

    assertThat(wheel.municipalityName()).isEqualTo("Tårnby Kommune");
    assertThat(wheel.planYear()).isEqualTo(2027);
    List<WheelStep> cycle = wheel.steps(WheelStep.Kind.CYCLE);
    assertThat(cycle).extracting(WheelStep::mark).containsExactly("1", "2", "3", "4", "5", "6");
    assertThat(cycle).extracting(WheelStep::state).containsExactly(StepState.DONE, StepState.DONE, StepState.SKIPPED, StepState.LATE,
        StepState.NOT_STARTED, StepState.NOT_STARTED);
    assertThat(cycle.get(3).daysOverdue()).isEqualTo(11);
    assertThat(cycle.get(3).href()).isEqualTo("/camunda/app/tasklist/default/#/?task=t-revise");
    assertThat(cycle.get(0).href()).as("a done step opens the plan").isEqualTo("/api/plans/" + PLAN_2027.id() + "/plan-document?format=pdf");
    assertThat(cycle.get(4).href()).isNull();
    assertThat(cycle.get(4).from()).as("a step not begun runs from the deadline before it").isEqualTo(LocalDate.of(2026, 11, 20));
  }

  @Test
  void theRoundsOfTheYearAreThoseThatOpenInItAndAQuarterWithoutOneIsPlannedWhereAPlanCoversIt() {
    List<WheelStep> rounds = service.wheel(TAARNBY, 2026, TODAY).steps(WheelStep.Kind.ROUND);

    assertThat(rounds).extracting(WheelStep::mark).containsExactly("K4", "K1", "K2", "K3");
    assertThat(rounds).extracting(WheelStep::name).containsExactly("Status for 4. kvartal 2025", "Status for 1. kvartal 2026",
        "Status for 2. kvartal 2026", "Status for 3. kvartal 2026");
    assertThat(rounds).extracting(WheelStep::state).containsExactly(StepState.DONE, StepState.NOT_STARTED, StepState.NOT_STARTED,
        StepState.LATE);
    assertThat(rounds.get(0).href()).as("the final report as PDF").isEqualTo("/api/plans/plan-2025/documents/d-final");
    assertThat(rounds.get(1).from()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(rounds.get(1).due()).isEqualTo(LocalDate.of(2026, 5, 1));
    assertThat(rounds.get(3).href()).isEqualTo("/camunda/app/tasklist/default/#/?task=t-k3");
  }

  @Test
  void forsinketListsTheLateStepsOfRunningCyclesAndRoundsTheMostOverdueFirst() {
    List<LateStep> late = service.late(List.of(TAARNBY), TODAY);

    assertThat(late).extracting(l -> l.step().name()).containsExactly("Revidér planen", "Status for 3. kvartal 2026");
    assertThat(late).extracting(LateStep::daysOverdue).containsExactly(11L, 1L);
    assertThat(late).extracting(LateStep::municipalityName).containsOnly("Tårnby Kommune");
  }
}
