package dk.aarshjul.planning.application;

import dk.aarshjul.planning.domain.Decision;
import dk.aarshjul.planning.domain.Plan;
import dk.aarshjul.planning.domain.PlanContent;
import dk.aarshjul.planning.domain.PlanContentReader;
import dk.aarshjul.shared.PlanPeriod;
import dk.aarshjul.planning.domain.PlanStatus;
import dk.aarshjul.shared.Quarter;
import dk.aarshjul.shared.InputRules;
import dk.aarshjul.shared.TenantId;
import dk.aarshjul.shared.Validation;
import dk.aarshjul.shared.ValidationException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes over a plan adopted outside the platform (or on another installation), with its content and the
 * decisions that adopted it, and starts its follow-up as the cycle does for a plan adopted here: the
 * quarters still ahead are scheduled, the earlier ones are run on request. Everything or nothing is stored.
 */
@Service
@Transactional
public class PlanImportService {

  static final int MAX_REMARKS = 8000;
  static final int MAX_RECORDED_BY = 128;
  /** Decisions older than this are not of a plan the platform can follow up. */
  static final int EARLIEST_DECISION_YEAR = 1990;

  private final PlanService plans;
  private final PlanRepository repository;
  private final NationalGoalsRepository nationalGoals;
  private final FollowUps followUps;
  private final Clock clock;

  PlanImportService(PlanService plans, PlanRepository repository, NationalGoalsRepository nationalGoals,
      FollowUps followUps, Clock clock) {
    this.plans = plans;
    this.repository = repository;
    this.nationalGoals = nationalGoals;
    this.followUps = followUps;
    this.clock = clock;
  }

  /** A plan as the API's plan JSON gives it; the caller has checked that the importer plans for the tenant. */
  public record AdoptedPlan(TenantId tenantId, String title, Integer firstYear, Integer lastYear,
      Integer nationalGoalsYear, Object focusAreas, List<ImportedDecision> decisions) {}

  /**
   * A committee's recommendation or a council's adoption, as it was made.
   *
   * @param tenant the deciding municipality's tenant id as the importer wrote it; checked here
   */
  public record ImportedDecision(Decision.Body body, String tenant, Decision.Outcome outcome, String remarks,
      OffsetDateTime decidedAt, String recordedBy) {}

  /**
   * Imports the plan with its decisions: the council of every municipality deciding on it must have
   * adopted it; the committees' recommendations are optional.
   *
   * @throws ValidationException naming every wrong field; nothing is stored then
   */
  public Plan importAdopted(AdoptedPlan adopted, String actor) {
    Validation validation = new Validation();
    PlanPeriod period = period(adopted, validation);
    PlanService.checkTitle(adopted.title(), "title");
    if (adopted.title() == null || adopted.title().isBlank()) {
      validation.reject("title", PlanService.TITLE_LABEL, "skal udfyldes");
    }
    if (adopted.nationalGoalsYear() != null && !nationalGoals.isPublished(adopted.nationalGoalsYear())) {
      validation.reject("nationalGoalsYear", "Nationale mål", "der er ingen nationale mål for " + adopted.nationalGoalsYear());
    }
    validation.throwIfInvalid();
    plans.checkCanStart(adopted.tenantId(), period);
    PlanContent content = null;
    try {
      content = new PlanContentReader(plans.goalContext(period, adopted.nationalGoalsYear())).read(adopted.focusAreas());
    } catch (ValidationException e) {
      e.errors().forEach(error -> validation.reject(error.field(), error.label(), error.message()));
    }
    List<Decision> decisions = decisions(adopted, actor, validation);
    validation.throwIfInvalid();
    OffsetDateTime adoptedAt = decisions.stream().filter(d -> d.body() == Decision.Body.COUNCIL)
        .map(Decision::decidedAt).max(Comparator.naturalOrder()).orElseThrow();
    Plan plan = store(adopted.tenantId(), period, adopted.title().trim(), adopted.nationalGoalsYear(), content, adoptedAt, actor);
    decisions.forEach(decision -> repository.insertDecision(plan.id(), plan.tenantId(), decision));
    return followedUp(plan);
  }

  /**
   * A plan whose adoption is known only as a fact, without the decisions' dates (the seed documents give
   * none): recorded as adopted at the import.
   */
  public Plan importWithoutDecisions(TenantId tenantId, PlanPeriod period, String title, Integer nationalGoalsYear,
      PlanContent content, String actor) {
    plans.checkCanStart(tenantId, period, title, "title");
    return followedUp(store(tenantId, period, title, nationalGoalsYear, content, OffsetDateTime.now(clock), actor));
  }

  private Plan store(TenantId tenantId, PlanPeriod period, String title, Integer nationalGoalsYear, PlanContent content,
      OffsetDateTime adoptedAt, String actor) {
    Plan plan = new Plan(UUID.randomUUID().toString(), tenantId, title, period, nationalGoalsYear, PlanStatus.DRAFT, 0,
        OffsetDateTime.now(clock), actor, null);
    repository.insert(plan);
    repository.saveVersion(plan, content, actor);
    Plan adopted = plan.takeOverAdopted(adoptedAt);
    repository.markAdopted(adopted.id(), adopted.tenantId(), adopted.adoptedAt());
    return plans.get(plan.id(), List.of(tenantId));
  }

  private Plan followedUp(Plan plan) {
    followUps.start(plan, Quarter.containing(LocalDate.now(clock)));
    return plan;
  }

  private static PlanPeriod period(AdoptedPlan adopted, Validation validation) {
    try {
      int first = adopted.firstYear() == null ? 0 : adopted.firstYear();
      return new PlanPeriod(first, adopted.lastYear() == null ? first : adopted.lastYear());
    } catch (IllegalArgumentException e) {
      validation.reject("firstYear", "Planperiode", "skal være et eller flere år (højst " + PlanPeriod.MAX_YEARS + ") mellem "
          + PlanPeriod.EARLIEST_YEAR + " og " + PlanPeriod.LATEST_YEAR);
      return null;
    }
  }

  private List<Decision> decisions(AdoptedPlan adopted, String actor, Validation validation) {
    List<TenantId> deciding = plans.decidingMunicipalities(adopted.tenantId());
    List<ImportedDecision> given = adopted.decisions() == null ? List.of() : adopted.decisions();
    Map<String, Integer> indexOf = new HashMap<>();
    List<Decision> decisions = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      Decision decision = decision(given.get(i), "decisions[" + i + "]", "Beslutning " + (i + 1), deciding, actor, validation);
      if (decision == null) {
        continue;
      }
      if (indexOf.putIfAbsent(decision.body() + "/" + decision.tenant(), decisions.size()) != null) {
        validation.reject("decisions[" + i + "]", "Beslutning " + (i + 1), "der er allerede en beslutning af "
            + bodyName(decision.body()) + " i " + decision.tenant());
      }
      decisions.add(decision);
    }
    for (TenantId municipality : deciding) {
      Integer council = indexOf.get(Decision.Body.COUNCIL + "/" + municipality);
      Integer committee = indexOf.get(Decision.Body.COMMITTEE + "/" + municipality);
      if (council == null) {
        validation.reject("decisions", "Beslutninger", "kommunalbestyrelsens vedtagelse i " + municipality
            + " mangler (body COUNCIL, outcome ADOPTED, decidedAt)");
      } else if (committee != null && decisions.get(committee).decidedAt().isAfter(decisions.get(council).decidedAt())) {
        validation.reject("decisions", "Beslutninger", "udvalget i " + municipality
            + " kan ikke have indstillet planen efter kommunalbestyrelsens vedtagelse");
      }
    }
    return decisions;
  }

  private Decision decision(ImportedDecision given, String field, String label, List<TenantId> deciding, String actor,
      Validation validation) {
    int errors = validation.errorCount();
    if (given == null) {
      validation.reject(field, label, "skal udfyldes");
      return null;
    }
    if (given.body() == null) {
      validation.reject(field + ".body", label + ", Organ", "skal udfyldes: COMMITTEE (udvalget) eller COUNCIL (kommunalbestyrelsen)");
    }
    TenantId municipality = decidingTenant(given, deciding);
    if (municipality == null) {
      validation.reject(field + ".municipality", label + ", Kommune", given.tenant() == null
          ? "skal udfyldes for en fælles plan: en af " + deciding
          : "'" + InputRules.shown(given.tenant()) + "' træffer ikke beslutning om planen; det gør " + deciding);
    }
    Decision.Outcome expected = given.body() == Decision.Body.COMMITTEE ? Decision.Outcome.RECOMMENDED : Decision.Outcome.ADOPTED;
    if (given.body() != null && given.outcome() != null && given.outcome() != expected) {
      validation.reject(field + ".outcome", label + ", Udfald", "en vedtaget plan importeres med "
          + bodyName(given.body()) + "s " + (expected == Decision.Outcome.ADOPTED ? "vedtagelse (ADOPTED)" : "indstilling (RECOMMENDED)"));
    }
    if (given.decidedAt() == null) {
      validation.reject(field + ".decidedAt", label + ", Dato", "skal udfyldes, fx 2018-12-12T19:00:00+01:00");
    } else if (given.decidedAt().isAfter(OffsetDateTime.now(clock)) || given.decidedAt().getYear() < EARLIEST_DECISION_YEAR) {
      validation.reject(field + ".decidedAt", label + ", Dato", "skal ligge mellem " + EARLIEST_DECISION_YEAR + " og i dag");
    }
    InputRules.textProblem(given.remarks(), MAX_REMARKS, true)
        .ifPresent(problem -> validation.reject(field + ".remarks", label + ", Bemærkninger", problem));
    InputRules.textProblem(given.recordedBy(), MAX_RECORDED_BY, false)
        .ifPresent(problem -> validation.reject(field + ".recordedBy", label + ", Registreret af", problem));
    if (validation.errorCount() > errors) {
      return null;
    }
    String remarks = given.remarks() == null || given.remarks().isBlank() ? null : given.remarks().trim();
    String recordedBy = given.recordedBy() == null || given.recordedBy().isBlank() ? actor : given.recordedBy().trim();
    return new Decision(given.body(), municipality, expected, 1, remarks, given.decidedAt(), recordedBy);
  }

  /** The deciding municipality the decision names; a plan of one municipality need not name it. */
  private static TenantId decidingTenant(ImportedDecision decision, List<TenantId> deciding) {
    if (decision.tenant() == null) {
      return deciding.size() == 1 ? deciding.get(0) : null;
    }
    return TenantId.parse(decision.tenant()).filter(deciding::contains).orElse(null);
  }

  private static String bodyName(Decision.Body body) {
    return body == Decision.Body.COMMITTEE ? "udvalget" : "kommunalbestyrelsen";
  }
}
