package dk.aarshjul.planning.application;

import dk.aarshjul.shared.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import dk.aarshjul.tenancy.domain.Role;

import dk.aarshjul.planning.domain.Consultation;
import dk.aarshjul.goals.application.ReferenceTargetGroups;
import dk.aarshjul.reference.application.ReferenceData;
import dk.aarshjul.planning.domain.CycleRun;
import dk.aarshjul.indicators.domain.IndicatorCatalogue;
import dk.aarshjul.indicators.domain.SourceCatalogue;
import dk.aarshjul.goals.domain.BaselineCheck;
import dk.aarshjul.planning.domain.Decision;
import dk.aarshjul.planning.domain.DecisionResult;
import dk.aarshjul.planning.domain.IllegalPlanTransitionException;
import dk.aarshjul.planning.domain.FocusArea;
import dk.aarshjul.goals.domain.Goal;
import dk.aarshjul.goals.domain.Measurement;
import dk.aarshjul.goals.domain.GoalContext;
import dk.aarshjul.goals.domain.GoalKind;
import dk.aarshjul.planning.domain.Plan;
import dk.aarshjul.planning.domain.PlanContent;
import dk.aarshjul.planning.domain.PlanContentReader;
import dk.aarshjul.shared.PlanPeriod;
import dk.aarshjul.planning.domain.PlanStatus;
import dk.aarshjul.shared.FieldError;
import dk.aarshjul.shared.InputRules;
import dk.aarshjul.shared.ValidationException;
import dk.aarshjul.tenancy.application.TenantMunicipalities;
import dk.aarshjul.tenancy.domain.Municipality;
import dk.aarshjul.tenancy.domain.MunicipalityCatalog;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The use cases of one plan's way through the annual cycle. */
@Service
@Transactional
public class PlanService {

  private static final Logger LOG = LoggerFactory.getLogger(PlanService.class);

  private final PlanRepository plans;
  private final NationalGoalsRepository nationalGoals;
  private final IndicatorCatalogue indicators;
  private final SourceCatalogue sources;
  private final MunicipalityCatalog municipalities;
  private final TenantMunicipalities tenantMunicipalities;
  private final ReferenceData reference;
  private final Clock clock;

  PlanService(PlanRepository plans, NationalGoalsRepository nationalGoals, IndicatorCatalogue indicators,
      SourceCatalogue sources, MunicipalityCatalog municipalities, TenantMunicipalities tenantMunicipalities,
      ReferenceData reference, Clock clock) {
    this.sources = sources;
    this.reference = reference;
    this.plans = plans;
    this.nationalGoals = nationalGoals;
    this.indicators = indicators;
    this.municipalities = municipalities;
    this.tenantMunicipalities = tenantMunicipalities;
    this.clock = clock;
  }

  /** As the plan's column holds it, and as the start form says. */
  public static final int MAX_TITLE = 300;
  /** What a plan's first year and title are called where they are entered (the start form, the import). */
  public static final String FIRST_YEAR_LABEL = "Planens første år";
  public static final String TITLE_LABEL = "Planens titel";

  /**
   * Checks a plan's own title (none is fine: the plan gets a default title) by {@link InputRules}.
   *
   * @param field the name the caller knows the title by
   */
  public static void checkTitle(String title, String field) {
    InputRules.textProblem(title, MAX_TITLE, false).ifPresent(problem -> {
      throw new ValidationException(new FieldError(field, TITLE_LABEL, problem));
    });
  }

  /** Checks that a municipality may start a plan for the period with this title, before anything is started. */
  @Transactional(readOnly = true)
  public void checkCanStart(TenantId tenantId, PlanPeriod period, String title, String titleField) {
    checkTitle(title, titleField);
    checkCanStart(tenantId, period);
  }

  /** Checks that a municipality may start a plan for the period, before anything is started. */
  @Transactional(readOnly = true)
  public void checkCanStart(TenantId tenantId, PlanPeriod period) {
    if (plans.existsForPeriodStart(tenantId, period.firstYear())) {
      throw new PlanExistsException(FIRST_YEAR_LABEL, period.firstYear());
    }
    if (reference.cycleVersion(period.firstYear()).isEmpty()) {
      throw new ValidationException(new FieldError("firstYear", FIRST_YEAR_LABEL,
          "ingen version af årshjulet gælder for planer, der begynder i " + period.firstYear()));
    }
  }

  /** Who the plan is for, as its default title names it: "Tårnby Kommune", "Ishøj og Vallensbæk Kommuner". */
  @Transactional(readOnly = true)
  public String ownerName(TenantId tenantId) {
    return Municipality.danishName(decidingMunicipalities(tenantId).stream()
        .map(m -> municipalities.byTenantId(m)
            .orElseThrow(() -> new IllegalStateException("A tenant without a known municipality: " + m)))
        .toList());
  }

  /** @param ownerName who the plan is for, as its default title names it ("Tårnby Kommune") */
  public Plan register(TenantId tenantId, PlanPeriod period, String title, String ownerName, String createdBy) {
    checkCanStart(tenantId, period, title, "title");
    // the minister's goals belong to the versions of the cycle that have them (§ 19 was repealed)
    boolean withNationalGoals = reference.cycleVersionFor(period.firstYear()).nationalGoalsStep();
    Integer goalsYear = withNationalGoals && nationalGoals.isPublished(period.firstYear()) ? period.firstYear() : null;
    String planTitle = title == null || title.isBlank()
        ? "Beskæftigelsesplan " + period.label() + " for " + ownerName
        : title.trim();
    Plan plan = new Plan(UUID.randomUUID().toString(), tenantId, planTitle, period, goalsYear,
        PlanStatus.DRAFT, 0, OffsetDateTime.now(clock), createdBy, null);
    plans.insert(plan);
    LOG.info("Plan {} registered for {}", plan.id(), period.label());
    return plan;
  }

  /**
   * Takes over a plan that was adopted outside the platform (e.g. last year's Word document), so its
   * goals can be compared with, without a follow-up (the round benchmark runs its rounds itself). Nothing is
   * imported twice. Plans brought by their planners come through {@link PlanImportService}.
   */
  public Plan importAdopted(TenantId tenantId, PlanPeriod period, String title, PlanContent content, String actor) {
    Plan registered = register(tenantId, period, title, "", actor);
    plans.saveVersion(registered, content, actor);
    store(registered, apply(() -> registered.takeOverAdopted(OffsetDateTime.now(clock))));
    return get(registered.id(), List.of(tenantId));
  }

  @Transactional(readOnly = true)
  public boolean exists(TenantId tenantId, int firstYear) {
    return plans.existsForPeriodStart(tenantId, firstYear);
  }

  @Transactional(readOnly = true)
  public Plan get(String planId, Collection<TenantId> tenantIds) {
    return plans.find(planId, tenantIds).orElseThrow(() -> new PlanNotFoundException(planId));
  }

  @Transactional(readOnly = true)
  public List<Plan> list(Collection<TenantId> tenantIds) {
    return plans.list(tenantIds);
  }

  /**
   * The adopted yearly revision that took over the plan for a year (ADR 20): its follow-up reports on that year, so
   * the revised plan's scheduled rounds for it end at once.
   */
  @Transactional(readOnly = true)
  public Optional<Plan> revisedFor(Plan plan, int year) {
    return plans.adoptedRevisionCovering(plan.id(), plan.tenantId(), year);
  }

  /** Records which version of the annual cycle the plan runs on (the cycle's first step). */
  @Transactional
  public void recordCycle(String planId, TenantId tenantId, CycleRun cycle) {
    plans.recordCycle(planId, tenantId, cycle);
  }

  @Transactional(readOnly = true)
  public Optional<CycleRun> cycleOf(Plan plan) {
    return plans.cycle(plan.id(), plan.tenantId());
  }

  @Transactional(readOnly = true)
  public PlanDocument document(String planId, Collection<TenantId> tenantIds) {
    Plan plan = get(planId, tenantIds);
    PlanContent content = plan.currentVersion() == 0
        ? new PlanContent(List.of())
        : plans.content(planId, plan.currentVersion(), plan.tenantId()).orElseThrow();
    return new PlanDocument(plan, content,
        plans.consultations(planId, plan.tenantId()), plans.decisions(planId, plan.tenantId()));
  }

  /**
   * The Danish names of the target groups the plan's content names, by code, as the law named them in the
   * plan's period: a group that has ended since keeps its name.
   */
  public Map<String, String> targetGroupNames(PlanDocument document) {
    ReferenceTargetGroups targetGroups = new ReferenceTargetGroups(reference);
    Map<String, String> names = new TreeMap<>();
    for (FocusArea area : document.content().focusAreas()) {
      Stream.concat(area.targetGroups().stream(), area.goals().stream().map(Goal::targetGroup)).filter(Objects::nonNull)
          .forEach(group -> names.put(group.code(), targetGroups.nameOf(group, document.plan().period())));
    }
    return names;
  }

  /** What the plan's goals are checked against: its period, its national goals, the catalogues. */
  @Transactional(readOnly = true)
  public GoalContext goalContext(Plan plan) {
    return goalContext(plan.period(), plan.nationalGoalsYear());
  }

  /** The same for content not yet part of a plan, such as a plan adopted outside the platform. */
  @Transactional(readOnly = true)
  public GoalContext goalContext(PlanPeriod period, Integer nationalGoalsYear) {
    Set<Integer> goalNumbers = nationalGoalsYear == null ? Set.of() : nationalGoals.goalNumbers(nationalGoalsYear);
    return new GoalContext(period, goalNumbers, indicators::find,
        code -> municipalities.byDstCode(code).isPresent(),
        sources::official,
        new ReferenceTargetGroups(reference));
  }

  /**
   * Saves a new version of the content; only while the plan is a draft or in revision. Content unchanged
   * since the version before is a new version too: a committee's or council's decision names the version it
   * was made on, and in a joint plan the approvals given before a sending back must not count again for the
   * revised plan ({@link dk.aarshjul.planning.domain.Plan#decide}).
   */
  public int saveContent(String planId, TenantId tenantId, PlanContent content, String author) {
    Plan plan = get(planId, List.of(tenantId));
    if (!plan.status().isEditable()) {
      throw new PlanStateException("Planen kan ikke ændres, når den er " + plan.status().danish());
    }
    return plans.saveVersion(plan, content, author);
  }

  /**
   * Replaces the plan's content from the API's JSON shape, as a new version; the earlier versions stay.
   *
   * @throws dk.aarshjul.shared.ValidationException naming every wrong field
   * @throws PlanStateException when the plan is not a draft or in revision
   */
  public PlanVersion edit(String planId, Collection<TenantId> tenantIds, Object focusAreas, String author) {
    Plan plan = get(planId, tenantIds);
    if (!plan.status().isEditable()) {
      throw new PlanStateException("Planen kan ikke ændres, når den er " + plan.status().danish()
          + "; kun et udkast eller en plan under revision kan ændres");
    }
    PlanContent content = new PlanContentReader(goalContext(plan)).read(focusAreas);
    int version = plans.saveVersion(plan, content, author);
    return plans.versions(planId, plan.tenantId()).stream().filter(v -> v.version() == version).findFirst().orElseThrow();
  }

  @Transactional(readOnly = true)
  public List<PlanVersion> versions(String planId, Collection<TenantId> tenantIds) {
    Plan plan = get(planId, tenantIds);
    return plans.versions(planId, plan.tenantId());
  }

  /** An earlier (or the current) version of the plan's content. */
  @Transactional(readOnly = true)
  public PlanContent version(String planId, int version, Collection<TenantId> tenantIds) {
    Plan plan = get(planId, tenantIds);
    return plans.content(planId, version, plan.tenantId())
        .orElseThrow(() -> new PlanNotFoundException(planId + " version " + version));
  }

  /**
   * Fills the baselines a draft or a revision left open with the official figures for the municipality,
   * as a new version. A joint plan's baselines are the members' figures together (see {@link BaselineFigures}).
   * Runs while the plan is editable and right after a revision, before the committee sees it.
   *
   * @return how many baselines were filled
   */
  /** What filling a plan's open baselines did, and what the planner must hear about it. */
  public record BaselineFill(int filled, List<BaselineCheck.Warning> warnings) {
    public static final BaselineFill NOTHING = new BaselineFill(0, List.of());
  }

  /**
   * Fills the baselines the plan leaves open from the official figures, as a new version, and says per goal
   * where a filled figure contradicts the goal as written (see {@link BaselineCheck}) or no figure was found.
   */
  public BaselineFill fillBaselines(String planId, TenantId tenantId, BaselineFigures figures, String actor) {
    Plan plan = get(planId, List.of(tenantId));
    if (!plan.acceptsBaselineFill()) {
      return BaselineFill.NOTHING;
    }
    List<String> dstCodes = tenantMunicipalities.municipalities(tenantId).stream().map(Municipality::dstCode).toList();
    PlanContent content = plans.content(planId, plan.currentVersion(), tenantId).orElseThrow();
    List<BaselineFigures.Wanted> open = content.focusAreas().stream().flatMap(area -> area.goals().stream())
        .map(PlanService::openBaseline).filter(Objects::nonNull).toList();
    if (open.isEmpty()) {
      return BaselineFill.NOTHING;
    }
    Map<BaselineFigures.Wanted, BigDecimal> found = figures.figures(open, dstCodes);
    int filled = 0;
    List<BaselineCheck.Warning> warnings = new ArrayList<>();
    List<FocusArea> areas = new ArrayList<>();
    for (int a = 0; a < content.focusAreas().size(); a++) {
      FocusArea area = content.focusAreas().get(a);
      List<Goal> goals = new ArrayList<>();
      for (int g = 0; g < area.goals().size(); g++) {
        Goal goal = area.goals().get(g);
        BaselineFigures.Wanted wanted = openBaseline(goal);
        BigDecimal figure = wanted == null ? null : found.get(wanted);
        String where = "Fokusområde " + (a + 1) + ", mål " + (g + 1);
        if (figure != null) {
          BaselineCheck.filled(goal, figure).forEach(text -> warnings.add(new BaselineCheck.Warning(where, text)));
          goal = goal.withBaseline(new Measurement(figure, goal.baseline().period()));
          filled++;
        } else if (wanted != null && goal.kind().baseline() != GoalKind.Baseline.PERIOD_ONLY) {
          // a direction needs no value: its figures are read when the rounds measure it
          warnings.add(new BaselineCheck.Warning(where, BaselineCheck.notFound(goal)));
        }
        goals.add(goal);
      }
      areas.add(new FocusArea(area.title(), area.description(), area.targetGroups(), area.pejlemaerker(), goals));
    }
    if (filled > 0) {
      plans.saveVersion(plan, new PlanContent(areas), actor);
    }
    return new BaselineFill(filled, warnings);
  }

  /** The figure a goal's baseline names by its period but leaves without a value; null when there is none. */
  private static BaselineFigures.Wanted openBaseline(Goal goal) {
    Measurement baseline = goal.baseline();
    return baseline != null && baseline.value() == null && baseline.period() != null
        ? new BaselineFigures.Wanted(goal.indicatorCode(), baseline.period())
        : null;
  }

  /** After the draft: ask each chosen body for a response by the deadline. */
  public void requestConsultation(String planId, TenantId tenantId, List<ConsultationRequest> bodies, LocalDate deadline, String actor) {
    Plan plan = get(planId, List.of(tenantId));
    Plan inConsultation = apply(plan::requestConsultation);
    OffsetDateTime now = OffsetDateTime.now(clock);
    for (ConsultationRequest body : bodies) {
      plans.insertConsultation(planId, tenantId, new Consultation(UUID.randomUUID().toString(),
          body.bodyCode(), body.bodyName(), plan.currentVersion(), deadline, now,
          Consultation.Outcome.PENDING, null, null, null), actor);
    }
    store(plan, inConsultation);
  }

  public void recordResponse(String planId, TenantId tenantId, String bodyCode, String text, String actor) {
    completeConsultation(planId, tenantId, bodyCode, Consultation.Outcome.RESPONDED, text, actor);
  }

  public void recordNoResponse(String planId, TenantId tenantId, String bodyCode) {
    completeConsultation(planId, tenantId, bodyCode, Consultation.Outcome.NO_RESPONSE, null, null);
  }

  private void completeConsultation(String planId, TenantId tenantId, String bodyCode,
      Consultation.Outcome outcome, String text, String actor) {
    Consultation pending = plans.consultations(planId, tenantId).stream()
        .filter(c -> c.bodyCode().equals(bodyCode) && c.outcome() == Consultation.Outcome.PENDING)
        .findFirst()
        .orElseThrow(() -> new PlanStateException("Ingen åben høring af " + bodyCode + " for planen " + planId));
    plans.completeConsultation(pending.id(), tenantId, outcome, text, actor);
  }

  /** After the consultation, or after a sending back: the planner revises the plan. */
  public void startRevision(String planId, TenantId tenantId) {
    Plan plan = get(planId, List.of(tenantId));
    store(plan, apply(plan::startRevision));
  }

  public void submitToCommittee(String planId, TenantId tenantId) {
    Plan plan = get(planId, List.of(tenantId));
    store(plan, apply(plan::submitToCommittee));
  }

  public void submitToCouncil(String planId, TenantId tenantId) {
    Plan plan = get(planId, List.of(tenantId));
    store(plan, apply(plan::submitToCouncil));
  }

  /**
   * Whether a person plans for a tenant's plans: a planner of the municipality, or of a member of the cooperation.
   *
   * @param memberOf whether the person is in a group
   */
  @Transactional(readOnly = true)
  public boolean plannedBy(TenantId tenantId, Predicate<String> memberOf) {
    return decidingMunicipalities(tenantId).stream().anyMatch(m -> memberOf.test(Role.PLANNER.groupId(m)));
  }

  /** The municipalities whose committee and council decide on the plan: one, or a cooperation's members. */
  @Transactional(readOnly = true)
  public List<TenantId> decidingMunicipalities(TenantId tenantId) {
    return tenantMunicipalities.of(tenantId);
  }

  /**
   * Records one municipality's committee or council decision on the current version; the plan decides what
   * follows (see {@link Plan#decide}).
   *
   * @param decidingTenant the municipality whose committee or council decided: the plan's own, or a cooperation's member
   * @return what the decision did: moved the plan on (all approved), back (sent back), or nothing yet
   * @throws PlanStateException when the plan does not await this body or the municipality does not decide
   */
  public DecisionResult decide(String planId, TenantId tenantId, Decision.Body body, TenantId decidingTenant, boolean approved,
      String remarks, String actor) {
    Plan plan = get(planId, List.of(tenantId));
    Decision decision = new Decision(body, decidingTenant, Decision.Outcome.of(body, approved), plan.currentVersion(),
        remarks == null || remarks.isBlank() ? null : remarks.trim(), OffsetDateTime.now(clock), actor);
    DecisionResult result = apply(() -> plan.decide(decision, plans.decisions(planId, tenantId), decidingMunicipalities(tenantId)));
    plans.insertDecision(planId, tenantId, decision);
    store(plan, result.plan());
    return result;
  }

  /** Asks the plan for a transition; its refusal reaches the user as a conflict, in its own Danish words. */
  private static <T> T apply(Supplier<T> transition) {
    try {
      return transition.get();
    } catch (IllegalPlanTransitionException refused) {
      throw new PlanStateException(refused.getMessage(), refused);
    }
  }

  /** Writes the plan's new status (and adoption date), if the transition changed it. */
  private void store(Plan before, Plan after) {
    if (after.status() == before.status()) {
      return;
    }
    if (after.status() == PlanStatus.ADOPTED) {
      plans.markAdopted(after.id(), after.tenantId(), after.adoptedAt());
    } else {
      plans.updateStatus(after.id(), after.tenantId(), after.status());
    }
  }

  public record ConsultationRequest(String bodyCode, String bodyName) {}
}
