package dk.aarshjul.wheel.application;

import dk.aarshjul.documents.application.DocumentFormat;
import dk.aarshjul.documents.application.DocumentStore;
import dk.aarshjul.followup.application.RoundProgress;
import dk.aarshjul.followup.application.RoundProgress.RoundTrack;
import dk.aarshjul.planning.application.CycleProgress;
import dk.aarshjul.planning.application.CycleProgress.CycleTrack;
import dk.aarshjul.planning.application.CycleProgress.StepTrack;
import dk.aarshjul.planning.application.PlanService;
import dk.aarshjul.planning.domain.Plan;
import dk.aarshjul.planning.domain.PlanSchedule;
import dk.aarshjul.shared.Quarter;
import dk.aarshjul.shared.TenantId;
import dk.aarshjul.tenancy.application.TenantMunicipalities;
import dk.aarshjul.tenancy.domain.Municipality;
import dk.aarshjul.wheel.domain.LateStep;
import dk.aarshjul.wheel.domain.StepState;
import dk.aarshjul.wheel.domain.WheelStep;
import dk.aarshjul.wheel.domain.YearWheel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A municipality's year from its cycles and rounds: in calendar year Y the cycle of the plan for Y+1 and the
 * status rounds that open in Y (the fourth quarter of Y-1 to the third of Y). Callers have decided which
 * municipalities the caller may see.
 */
@Service
@Transactional(readOnly = true)
public class WheelService {

  static final String TASKLIST_TASK = "/camunda/app/tasklist/default/#/?task=";

  private final CycleProgress cycles;
  private final RoundProgress rounds;
  private final PlanService plans;
  private final DocumentStore documents;
  private final TenantMunicipalities municipalities;

  WheelService(CycleProgress cycles, RoundProgress rounds, PlanService plans, DocumentStore documents,
      TenantMunicipalities municipalities) {
    this.cycles = cycles;
    this.rounds = rounds;
    this.plans = plans;
    this.documents = documents;
    this.municipalities = municipalities;
  }

  /** The quarters whose rounds open in the year. */
  public static List<Quarter> quartersOf(int year) {
    return List.of(new Quarter(year - 1, 4), new Quarter(year, 1), new Quarter(year, 2), new Quarter(year, 3));
  }

  public YearWheel wheel(TenantId tenant, int year, LocalDate today) {
    List<Plan> ownPlans = plans.list(List.of(tenant)).stream().filter(p -> p.tenantId().equals(tenant)).toList();
    List<WheelStep> steps = new ArrayList<>(cycleSteps(cycles.ofPlanYear(tenant, year + 1), ownPlans, today));
    Map<Quarter, RoundTrack> ran = rounds.ofQuarters(tenant, quartersOf(year)).stream()
        .collect(Collectors.toMap(RoundTrack::quarter, Function.identity(), (a, b) -> a));
    for (Quarter quarter : quartersOf(year)) {
      Optional.ofNullable(ran.get(quarter)).map(round -> roundStep(round, today))
          .or(() -> planned(quarter, ownPlans, today)).ifPresent(steps::add);
    }
    return new YearWheel(tenant.value(), name(tenant), year, year + 1, today, steps);
  }

  /** Every late step of these municipalities' running cycles and rounds, the most overdue first. */
  public List<LateStep> late(Collection<TenantId> tenants, LocalDate today) {
    Map<TenantId, List<Plan>> plansOf = plans.list(tenants).stream().collect(Collectors.groupingBy(Plan::tenantId));
    Stream<LateStep> ofCycles = cycles.running(tenants).stream().flatMap(track ->
        cycleSteps(track, plansOf.getOrDefault(track.tenant(), List.of()), today).stream()
            .map(step -> new LateStep(track.tenant().value(), name(track.tenant()), step)));
    Stream<LateStep> ofRounds = rounds.running(tenants).stream()
        .map(round -> new LateStep(round.tenant().value(), name(round.tenant()), roundStep(round, today)));
    return Stream.concat(ofCycles, ofRounds).filter(late -> late.step().state() == StepState.LATE)
        .sorted(Comparator.comparingLong(LateStep::daysOverdue).reversed()
            .thenComparing(LateStep::municipalityName).thenComparing(late -> late.step().name()))
        .toList();
  }

  public String name(TenantId tenant) {
    return Municipality.danishName(municipalities.municipalities(tenant));
  }

  private List<WheelStep> cycleSteps(CycleTrack track, List<Plan> ownPlans, LocalDate today) {
    String planDocument = ownPlans.stream().filter(p -> p.id().equals(track.planId()) && p.currentVersion() > 0).findFirst()
        .map(p -> "/api/plans/" + p.id() + "/plan-document?format=pdf").orElse(null);
    List<StepTrack> tracked = track.steps();
    List<WheelStep> steps = new ArrayList<>();
    LocalDate previousDue = null;
    for (int i = 0; i < tracked.size(); i++) {
      StepTrack step = tracked.get(i);
      boolean passedOver = !step.open() && !step.ended() && tracked.subList(i + 1, tracked.size()).stream()
          .anyMatch(later -> later.open() || later.ended());
      StepState state = StepState.of(step.open(), step.ended(), track.running(), passedOver, step.due(), today);
      String href = step.openTaskId() != null ? TASKLIST_TASK + step.openTaskId() : state == StepState.DONE ? planDocument : null;
      steps.add(new WheelStep(WheelStep.Kind.CYCLE, Integer.toString(i + 1), step.name(),
          step.began() != null ? step.began() : previousDue, step.due(), state, today, href,
          step.openTaskId() != null ? "Åbn opgaven i Tasklist" : href != null ? "Åbn planen (PDF)" : null));
      previousDue = step.due() != null ? step.due() : previousDue;
    }
    return steps;
  }

  private WheelStep roundStep(RoundTrack round, LocalDate today) {
    boolean open = round.openTaskId() != null;
    StepState state = StepState.of(open, !round.running(), round.running(), false, round.due(), today);
    String href = open ? TASKLIST_TASK + round.openTaskId() : state == StepState.DONE ? finalReport(round).orElse(null) : null;
    return new WheelStep(WheelStep.Kind.ROUND, "K" + round.quarter().quarter(), "Status for " + round.quarter().danishLabel(),
        round.opened(), round.due(), state, today, href,
        open ? "Åbn opgaven i Tasklist" : href != null ? "Åbn statusrapporten (PDF)" : null);
  }

  /** A quarter without a round yet, when a plan of the municipality covers it: where its round will lie. */
  private static Optional<WheelStep> planned(Quarter quarter, List<Plan> ownPlans, LocalDate today) {
    if (ownPlans.stream().noneMatch(p -> p.period().quarters().contains(quarter))) {
      return Optional.empty();
    }
    LocalDate opens = PlanSchedule.statusRoundStart(quarter);
    return Optional.of(new WheelStep(WheelStep.Kind.ROUND, "K" + quarter.quarter(), "Status for " + quarter.danishLabel(), opens,
        PlanSchedule.statusDeadline(opens), StepState.NOT_STARTED, today, null, null));
  }

  private Optional<String> finalReport(RoundTrack round) {
    if (round.planId() == null || round.roundId() == null) {
      return Optional.empty();
    }
    return documents.list(round.planId(), List.of(round.tenant())).stream()
        .filter(d -> d.kind() == DocumentStore.Kind.STATUS_REPORT && round.roundId().equals(d.subject())
            && d.format() == DocumentFormat.PDF && "ENDELIG".equals(d.label()))
        .max(Comparator.comparingInt(DocumentStore.StoredDocument::version)).map(DocumentStore.StoredDocument::href);
  }
}
