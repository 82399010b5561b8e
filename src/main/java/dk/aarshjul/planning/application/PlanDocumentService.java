package dk.aarshjul.planning.application;

import dk.aarshjul.goals.application.ReferenceTargetGroups;
import dk.aarshjul.documents.application.PlanEdition;
import dk.aarshjul.documents.application.DocumentStore;
import dk.aarshjul.documents.application.DocumentRenderer;
import dk.aarshjul.indicators.domain.Indicator;
import dk.aarshjul.indicators.domain.IndicatorCatalogue;
import dk.aarshjul.goals.application.BenchmarkNames;
import dk.aarshjul.planning.domain.FocusArea;
import dk.aarshjul.goals.domain.Goal;
import dk.aarshjul.goals.domain.GoalDescription;
import dk.aarshjul.planning.domain.Plan;
import dk.aarshjul.planning.domain.PlanStatus;
import dk.aarshjul.goals.domain.TargetGroup;
import dk.aarshjul.documents.application.DocumentStore.Kind;
import dk.aarshjul.documents.application.DocumentStore.StoredDocument;
import dk.aarshjul.shared.DanishTime;
import dk.aarshjul.shared.TenantId;
import dk.aarshjul.tenancy.application.TenantMunicipalities;
import dk.aarshjul.tenancy.application.PersonNames;
import dk.aarshjul.tenancy.domain.Municipality;
import dk.aarshjul.tenancy.domain.MunicipalityCatalog;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan document: "FORSLAG" with its version until the plan is adopted, then the adopted plan with the
 * decisions. Made once per version and state, stored with the plan.
 */
@Service
@Transactional
public class PlanDocumentService {

  static final String PROPOSAL = "FORSLAG";
  static final String ADOPTED = "VEDTAGET";

  private final PlanService plans;
  private final DocumentStore documents;
  private final DocumentRenderer renderer;
  private final IndicatorCatalogue indicators;
  private final BenchmarkNames benchmarkNames;
  private final MunicipalityCatalog municipalities;
  private final TenantMunicipalities tenantMunicipalities;
  private final PersonNames userNames;
  private final ReferenceTargetGroups targetGroups;
  private final YearWheelPictures wheels;
  private final Clock clock;
  private final LastYear lastYear;

  PlanDocumentService(PlanService plans, DocumentStore documents, DocumentRenderer renderer, IndicatorCatalogue indicators,
      BenchmarkNames benchmarkNames, MunicipalityCatalog municipalities, TenantMunicipalities tenantMunicipalities, PersonNames userNames,
      ReferenceTargetGroups targetGroups, YearWheelPictures wheels, Clock clock, LastYear lastYear) {
    this.lastYear = lastYear;
    this.plans = plans;
    this.wheels = wheels;
    this.targetGroups = targetGroups;
    this.documents = documents;
    this.renderer = renderer;
    this.indicators = indicators;
    this.benchmarkNames = benchmarkNames;
    this.municipalities = municipalities;
    this.tenantMunicipalities = tenantMunicipalities;
    this.userNames = userNames;
    this.clock = clock;
  }

  /** The documents of the plan's current version, made now if they are not yet. */
  public List<StoredDocument> current(String planId, Collection<TenantId> tenantIds) {
    PlanDocument document = plans.document(planId, tenantIds);
    Plan plan = document.plan();
    if (plan.currentVersion() == 0) {
      throw new PlanStateException("Planen har endnu intet indhold at danne et dokument af");
    }
    String label = label(plan);
    if (!documents.exists(planId, Kind.PLAN, label, plan.currentVersion())) {
      PlanEdition edition = edition(document);
      documents.store(plan.tenantId(), planId, Kind.PLAN, label, plan.currentVersion(), label, edition.title(),
          renderer.plan(edition), OffsetDateTime.now(clock));
    }
    return ofVersion(plan, label);
  }

  /**
   * The documents already made of the plan's current version, without making any: for a task's form, which
   * must not fail on a renderer (the cycle renders in a step of its own, with retries).
   */
  @Transactional(readOnly = true)
  public List<StoredDocument> stored(Plan plan) {
    return ofVersion(plan, label(plan));
  }

  private List<StoredDocument> ofVersion(Plan plan, String label) {
    return documents.list(plan.id(), List.of(plan.tenantId())).stream()
        .filter(d -> d.kind() == Kind.PLAN && d.subject().equals(label) && d.version() == plan.currentVersion())
        .toList();
  }

  private static String label(Plan plan) {
    return plan.status() == PlanStatus.ADOPTED ? ADOPTED : PROPOSAL;
  }

  PlanEdition edition(PlanDocument document) {
    Plan plan = document.plan();
    List<PlanEdition.Area> areas = new ArrayList<>();
    int number = 0;
    for (FocusArea area : document.content().focusAreas()) {
      number++;
      List<PlanEdition.GoalLine> goals = new ArrayList<>();
      int goalNumber = 0;
      for (Goal goal : area.goals()) {
        goalNumber++;
        goals.add(new PlanEdition.GoalLine(number + "." + goalNumber, goal.text(),
            indicators.find(goal.indicatorCode()).map(Indicator::name).orElse(goal.indicatorCode()),
            GoalDescription.danish(goal, benchmarkNames::name), GoalDescription.baseline(goal), DanishTime.date(goal.deadline())));
      }
      areas.add(new PlanEdition.Area(Integer.toString(number), area.title(), area.description(),
          area.targetGroups().stream().map(g -> targetGroups.nameOf(g, document.plan().period())).toList(), area.pejlemaerker(), goals));
    }
    List<PlanEdition.DecisionLine> decisions = document.decisions().stream().map(d -> new PlanEdition.DecisionLine(
        d.body().danishName(), name(d.tenant()), d.outcome().danishName(),
        d.planVersion(), DanishTime.dateTime(d.decidedAt()), userNames.displayName(d.recordedBy()),
        d.remarks() == null ? "" : d.remarks())).toList();
    List<PlanEdition.ConsultationLine> consultations = document.consultations().stream().map(c -> new PlanEdition.ConsultationLine(
        c.bodyName(), c.outcome().danishName(), c.responseText() == null ? "" : c.responseText())).toList();
    String municipalityName = Municipality.danishName(tenantMunicipalities.municipalities(plan.tenantId()));
    OffsetDateTime now = OffsetDateTime.now(clock);
    return new PlanEdition(plan.id(), plan.title(), municipalityName, "Planperiode " + plan.period().label(), plan.currentVersion(),
        plan.status() != PlanStatus.ADOPTED, DanishTime.dateTime(now),
        areas, decisions, consultations, lastYear.results(plan).map(PlanDocumentService::lastYear).orElse(null), wheel(plan, now));
  }

  /** The wheel of the year the plan's cycle runs in, as it stands when the document is made. */
  private PlanEdition.Wheel wheel(Plan plan, OffsetDateTime now) {
    return wheels.picture(plan.tenantId(), plan.period().firstYear() - 1, now.atZoneSameInstant(DanishTime.ZONE).toLocalDate());
  }

  private static PlanEdition.LastYearResults lastYear(LastYear.Results results) {
    return new PlanEdition.LastYearResults(results.heading(), results.basis(), results.round().goals().stream()
        .map(goal -> new PlanEdition.ResultLine(goal.ref(), goal.text(), goal.status().name(), goal.status().danishLabel(),
            ("Mål: " + goal.target() + ". Seneste tal: " + goal.latest() + ". " + String.join(" ", goal.comparisons())).strip(),
            goal.commentary()))
        .toList());
  }

  private String name(TenantId tenantId) {
    return municipalities.byTenantId(tenantId).map(Municipality::name).orElse(tenantId.value());
  }

}
