package dk.aarshjul.planning.domain;

import dk.aarshjul.shared.PlanPeriod;
import static dk.aarshjul.planning.domain.PlanStatus.ADOPTED;
import static dk.aarshjul.planning.domain.PlanStatus.AWAITING_COMMITTEE;
import static dk.aarshjul.planning.domain.PlanStatus.AWAITING_COUNCIL;
import static dk.aarshjul.planning.domain.PlanStatus.DRAFT;
import static dk.aarshjul.planning.domain.PlanStatus.IN_CONSULTATION;
import static dk.aarshjul.planning.domain.PlanStatus.REVISION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.aarshjul.shared.TenantId;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The plan's way through the cycle: every status against every action, without Spring or the engine. */
class PlanTransitionsTest {

  static final OffsetDateTime DECIDED = OffsetDateTime.parse("2026-12-10T19:30:00+01:00");

  /** What the cycle allows, written out here rather than read from the code under test. */
  static final Map<Action, Set<PlanStatus>> LEGAL = Map.of(
      Action.REQUEST_CONSULTATION, Set.of(DRAFT),
      Action.START_REVISION, Set.of(IN_CONSULTATION, REVISION),
      Action.SUBMIT_TO_COMMITTEE, Set.of(REVISION),
      Action.SUBMIT_TO_COUNCIL, Set.of(REVISION),
      Action.RECOMMEND, Set.of(AWAITING_COMMITTEE),
      Action.ADOPT, Set.of(AWAITING_COUNCIL),
      Action.COMMITTEE_SENDS_BACK, Set.of(AWAITING_COMMITTEE),
      Action.COUNCIL_SENDS_BACK, Set.of(AWAITING_COUNCIL),
      Action.TAKE_OVER_ADOPTED, Set.of(DRAFT));

  enum Action {
    REQUEST_CONSULTATION(IN_CONSULTATION, Plan::requestConsultation),
    START_REVISION(REVISION, Plan::startRevision),
    SUBMIT_TO_COMMITTEE(AWAITING_COMMITTEE, Plan::submitToCommittee),
    SUBMIT_TO_COUNCIL(AWAITING_COUNCIL, Plan::submitToCouncil),
    RECOMMEND(AWAITING_COUNCIL, plan -> decide(plan, Decision.Body.COMMITTEE, true).plan()),
    ADOPT(ADOPTED, plan -> decide(plan, Decision.Body.COUNCIL, true).plan()),
    COMMITTEE_SENDS_BACK(REVISION, plan -> decide(plan, Decision.Body.COMMITTEE, false).plan()),
    COUNCIL_SENDS_BACK(REVISION, plan -> decide(plan, Decision.Body.COUNCIL, false).plan()),
    TAKE_OVER_ADOPTED(ADOPTED, plan -> plan.takeOverAdopted(DECIDED));

    final PlanStatus leadsTo;
    final Function<Plan, Plan> apply;

    Action(PlanStatus leadsTo, Function<Plan, Plan> apply) {
      this.leadsTo = leadsTo;
      this.apply = apply;
    }
  }

  static Stream<Arguments> legal() {
    return everyPair().filter(pair -> LEGAL.get((Action) pair.get()[1]).contains((PlanStatus) pair.get()[0]));
  }

  static Stream<Arguments> illegal() {
    return everyPair().filter(pair -> !LEGAL.get((Action) pair.get()[1]).contains((PlanStatus) pair.get()[0]));
  }

  private static Stream<Arguments> everyPair() {
    return Arrays.stream(PlanStatus.values())
        .flatMap(status -> Arrays.stream(Action.values()).map(action -> Arguments.of(status, action)));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("legal")
  void aLegalTransitionGivesThePlanItsNextStatusAndChangesNothingElse(PlanStatus status, Action action) {
    Plan plan = aTaarnbyPlan(status, 3);

    Plan next = action.apply.apply(plan);

    assertThat(next.status()).isEqualTo(action.leadsTo);
    assertThat(next).usingRecursiveComparison().ignoringFields("status", "adoptedAt").isEqualTo(plan);
    assertThat(plan.status()).as("the plan itself is a value").isEqualTo(status);
  }

  @ParameterizedTest(name = "{0} ↛ {1}")
  @MethodSource("illegal")
  void anIllegalTransitionIsRefusedInDanish(PlanStatus status, Action action) {
    Plan plan = aTaarnbyPlan(status, 3);

    assertThatThrownBy(() -> action.apply.apply(plan))
        .isInstanceOf(IllegalPlanTransitionException.class)
        .hasMessageStartingWith("Planen ")
        .satisfies(e -> assertThat(((IllegalPlanTransitionException) e).status()).isEqualTo(status));
  }

  @Test
  void everyStatusAndTransitionIsCoveredByTheTable() {
    assertThat(LEGAL).containsOnlyKeys(Action.values());
    // each of the plan's transitions is asked for by at least one action above
    assertThat(Arrays.stream(PlanTransition.values()).map(PlanTransition::target))
        .allSatisfy(target -> assertThat(Arrays.stream(Action.values()).map(a -> a.leadsTo)).contains(target));
  }

  @Test
  void theRefusalSaysWhatWasAskedAndWhereThePlanStands() {
    assertThatThrownBy(() -> aTaarnbyPlan(ADOPTED, 3).requestConsultation())
        .hasMessage("Planen kan ikke sendes i høring, når den er vedtaget");
    assertThatThrownBy(() -> aTaarnbyPlan(DRAFT, 1).submitToCommittee())
        .hasMessage("Planen kan ikke sendes til udvalget, når den er et udkast");
    assertThatThrownBy(() -> decide(aTaarnbyPlan(AWAITING_COMMITTEE, 3), Decision.Body.COUNCIL, true))
        .hasMessage("Planen afventer ikke kommunalbestyrelsen");
  }

  @Test
  void baselinesAreFilledWhileThePlanIsEditedAndRightAfterARevisionOnly() {
    assertThat(Arrays.stream(PlanStatus.values()).filter(status -> aTaarnbyPlan(status, 1).acceptsBaselineFill()))
        .containsExactlyInAnyOrder(DRAFT, REVISION, AWAITING_COMMITTEE);
    assertThat(aTaarnbyPlan(DRAFT, 0).acceptsBaselineFill()).as("nothing to fill before a first version").isFalse();
  }

  @Test
  void aPlanWithoutADraftCannotBeSentToConsultation() {
    assertThatThrownBy(() -> aTaarnbyPlan(DRAFT, 0).requestConsultation())
        .isInstanceOf(IllegalPlanTransitionException.class)
        .hasMessage("Planen har intet udkast, der kan sendes i høring");
  }

  @Test
  void theCouncilsAdoptionDatesThePlan() {
    Plan adopted = decide(aTaarnbyPlan(AWAITING_COUNCIL, 3), Decision.Body.COUNCIL, true).plan();

    assertThat(adopted.adoptedAt()).isEqualTo(DECIDED);
  }

  @Test
  void aJointPlanMovesOnOnlyWhenEveryMunicipalityHasApprovedTheCurrentVersion() {
    Plan plan = aJointPlan(AWAITING_COMMITTEE, 4);
    Decision ishoej = decision("ishoej", Decision.Body.COMMITTEE, Decision.Outcome.RECOMMENDED, 4);
    Decision vallensbaek = decision("vallensbaek", Decision.Body.COMMITTEE, Decision.Outcome.RECOMMENDED, 4);
    Decision vallensbaekEarlier = decision("vallensbaek", Decision.Body.COMMITTEE, Decision.Outcome.RECOMMENDED, 3);

    DecisionResult first = plan.decide(ishoej, List.of(vallensbaekEarlier), JOINT);
    assertThat(first.effect()).as("an approval of an earlier version does not count").isEqualTo(DecisionResult.Effect.AWAITING_OTHERS);
    assertThat(first.plan()).isEqualTo(plan);

    DecisionResult second = plan.decide(vallensbaek, List.of(vallensbaekEarlier, ishoej), JOINT);
    assertThat(second.effect()).isEqualTo(DecisionResult.Effect.MOVED_ON);
    assertThat(second.plan().status()).isEqualTo(AWAITING_COUNCIL);
  }

  @Test
  void oneMunicipalitySendingAJointPlanBackSendsItBack() {
    Plan plan = aJointPlan(AWAITING_COUNCIL, 4);
    Decision ishoej = decision("ishoej", Decision.Body.COUNCIL, Decision.Outcome.ADOPTED, 4);

    DecisionResult result = plan.decide(decision("vallensbaek", Decision.Body.COUNCIL, Decision.Outcome.SENT_BACK, 4),
        List.of(ishoej), JOINT);

    assertThat(result.sentBack()).isTrue();
    assertThat(result.plan().status()).isEqualTo(REVISION);
    assertThat(result.plan().adoptedAt()).isNull();
  }

  @Test
  void onlyTheDecidingMunicipalitiesDecideAndOnlyOnTheCurrentVersion() {
    Plan plan = aJointPlan(AWAITING_COMMITTEE, 4);

    assertThatThrownBy(() -> plan.decide(decision("taarnby", Decision.Body.COMMITTEE, Decision.Outcome.RECOMMENDED, 4),
        List.of(), JOINT)).isInstanceOf(IllegalPlanTransitionException.class).hasMessage("taarnby træffer ikke beslutning om planen");
    assertThatThrownBy(() -> plan.decide(decision("ishoej", Decision.Body.COMMITTEE, Decision.Outcome.RECOMMENDED, 3),
        List.of(), JOINT)).isInstanceOf(IllegalPlanTransitionException.class).hasMessageContaining("version 3");
  }

  static final List<TenantId> JOINT = List.of(TenantId.of("ishoej"), TenantId.of("vallensbaek"));

  private static DecisionResult decide(Plan plan, Decision.Body body, boolean approved) {
    return plan.decide(decision("taarnby", body, Decision.Outcome.of(body, approved), plan.currentVersion()),
        List.of(), List.of(TenantId.of("taarnby")));
  }

  private static Decision decision(String municipality, Decision.Body body, Decision.Outcome outcome, int version) {
    return new Decision(body, TenantId.of(municipality), outcome, version,
        outcome == Decision.Outcome.SENT_BACK ? "Målene skal være mere ambitiøse" : null, DECIDED, municipality + ".user");
  }

  private static Plan aTaarnbyPlan(PlanStatus status, int version) {
    return new Plan("plan-taarnby-2027", TenantId.of("taarnby"), "Beskæftigelsesplan 2027 for Tårnby Kommune", PlanPeriod.ofYear(2027),
        2027, status, version, OffsetDateTime.parse("2026-06-01T09:00:00+02:00"), "taarnby.planner",
        status == ADOPTED ? DECIDED : null);
  }

  private static Plan aJointPlan(PlanStatus status, int version) {
    return new Plan("plan-ishoej-vallensbaek-2027", TenantId.of("ishoej-vallensbaek"), "Beskæftigelsesplan 2027 for Ishøj og Vallensbæk Kommuner",
        PlanPeriod.ofYear(2027), null, status, version, OffsetDateTime.parse("2026-06-01T09:00:00+02:00"), "ishoej.planner", null);
  }
}
