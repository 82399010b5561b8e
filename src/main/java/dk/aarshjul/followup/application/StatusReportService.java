package dk.aarshjul.followup.application;

import dk.aarshjul.shared.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import dk.aarshjul.documents.application.DocumentStore;
import dk.aarshjul.documents.application.DocumentRenderer;
import dk.aarshjul.documents.application.DocumentFormat;
import dk.aarshjul.planning.application.PlanDocument;
import dk.aarshjul.planning.application.PlanService;
import dk.aarshjul.followup.application.StatusRoundRepository.Round;
import dk.aarshjul.documents.application.DocumentStore.Kind;
import dk.aarshjul.documents.application.DocumentStore.StoredDocument;
import dk.aarshjul.documents.domain.GoalReport;
import dk.aarshjul.documents.domain.StatusReport;
import dk.aarshjul.documents.domain.StatusReportEdition;
import dk.aarshjul.shared.Validation;
import dk.aarshjul.tenancy.application.TenantMunicipalities;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A status round's report: the goals assessed once, a draft for the planner, the planner's commentary,
 * and the final report for the committee. Every step can run again (a retried job, a restarted node)
 * without a second report: what is stored is not stored twice.
 */
@Service
@Transactional
public class StatusReportService {

  private static final Logger LOG = LoggerFactory.getLogger(StatusReportService.class);

  public static final int MAX_COMMENTARY = 4000;
  /** The draft is read in the browser; the final report goes into case systems as PDF or Word. */
  public static final Set<DocumentFormat> DRAFT_FORMATS = EnumSet.of(DocumentFormat.HTML);
  public static final Set<DocumentFormat> FINAL_FORMATS = EnumSet.allOf(DocumentFormat.class);

  private final PlanService plans;
  private final StatusRoundService rounds;
  private final StatusReportAssembler assembler;
  private final StatusReportRepository reports;
  private final DocumentStore documents;
  private final DocumentRenderer renderer;
  private final TenantMunicipalities tenantMunicipalities;
  private final Clock clock;

  StatusReportService(PlanService plans, StatusRoundService rounds, StatusReportAssembler assembler, StatusReportRepository reports,
      DocumentStore documents, DocumentRenderer renderer, TenantMunicipalities tenantMunicipalities, Clock clock) {
    this.plans = plans;
    this.rounds = rounds;
    this.assembler = assembler;
    this.reports = reports;
    this.documents = documents;
    this.renderer = renderer;
    this.tenantMunicipalities = tenantMunicipalities;
    this.clock = clock;
  }

  /** Every goal's figures and status for the round's quarter, computed once and kept. */
  public StatusReport assess(String roundId, TenantId tenantId) {
    Round round = rounds.round(roundId, List.of(tenantId));
    return reports.find(roundId, tenantId).orElseGet(() -> {
      PlanDocument plan = plans.document(round.planId(), List.of(tenantId));
      StatusReport report = assembler.assemble(round.planId(), plan.plan().title(), plan.content(),
          tenantMunicipalities.municipalities(tenantId),
          round.quarter(), OffsetDateTime.now(clock));
      reports.insertIfAbsent(roundId, tenantId, report);
      return report;
    });
  }

  /** The draft the planner reviews (version 1), as an HTML page with the charts. */
  public void renderDraft(String roundId, TenantId tenantId) {
    render(roundId, tenantId, StatusReportEdition.DRAFT);
  }

  /**
   * The planner's commentary per goal ("1.2" → text), validated against the report's goals.
   *
   * @throws dk.aarshjul.shared.ValidationException naming the goal whose commentary is wrong
   */
  public void writeCommentary(String roundId, TenantId tenantId, Map<String, String> commentary, String author) {
    StatusReport report = report(roundId, tenantId);
    Set<String> goals = report.goals().stream().map(GoalReport::ref).collect(Collectors.toSet());
    Validation validation = new Validation();
    commentary.forEach((ref, text) -> {
      if (!goals.contains(ref)) {
        validation.reject("goalComments", "Kommentar", "rapporten har intet mål " + ref);
      } else if (text != null && text.length() > MAX_COMMENTARY) {
        validation.reject("goalComments", "Kommentar til mål " + ref, "højst " + MAX_COMMENTARY + " tegn");
      }
    });
    validation.throwIfInvalid();
    reports.saveCommentary(roundId, tenantId, commentary, author, OffsetDateTime.now(clock));
  }

  /** The final report with the commentary (version 2), for the committee. */
  public void finalise(String roundId, TenantId tenantId, String actor) {
    reports.finalise(roundId, tenantId, actor, OffsetDateTime.now(clock));
    render(roundId, tenantId, StatusReportEdition.FINAL);
    LOG.info("Final status report of round {} rendered", roundId);
  }

  @Transactional(readOnly = true)
  public StatusReport report(String roundId, TenantId tenantId) {
    return reports.find(roundId, tenantId)
        .orElseThrow(() -> new IllegalStateException("Status round " + roundId + " has not been assessed"));
  }

  @Transactional(readOnly = true)
  public Map<String, String> commentary(String roundId, TenantId tenantId) {
    return reports.commentary(roundId, tenantId);
  }

  /** The round's documents of a version, for links in the forms. */
  @Transactional(readOnly = true)
  public List<StoredDocument> documents(String roundId, TenantId tenantId, int version) {
    Round round = rounds.round(roundId, List.of(tenantId));
    return documents.list(round.planId(), List.of(tenantId)).stream()
        .filter(d -> d.kind() == Kind.STATUS_REPORT && d.subject().equals(roundId) && d.version() == version)
        .toList();
  }

  private void render(String roundId, TenantId tenantId, int version) {
    Round round = rounds.round(roundId, List.of(tenantId));
    if (documents.exists(round.planId(), Kind.STATUS_REPORT, roundId, version)) {
      return;
    }
    boolean isFinal = version == StatusReportEdition.FINAL;
    StatusReport report = report(roundId, tenantId);
    StatusReportEdition edition = new StatusReportEdition(report, isFinal ? reports.commentary(roundId, tenantId) : Map.of(),
        isFinal ? round.statusText() : "", version, isFinal);
    documents.store(tenantId, round.planId(), Kind.STATUS_REPORT, roundId, version, isFinal ? "ENDELIG" : "UDKAST", edition.title(),
        renderer.statusReport(edition, charts(roundId, tenantId, round.planId(), report), isFinal ? FINAL_FORMATS : DRAFT_FORMATS), OffsetDateTime.now(clock));
  }

  /**
   * The charts drawn for the draft, or drawn now: drawing and encoding them is the costliest part of a report.
   * They are stored with the round's documents, whose HTML pages name them.
   */
  private Map<String, byte[]> charts(String roundId, TenantId tenantId, String planId, StatusReport report) {
    Map<String, byte[]> charts = documents.attachments(planId, Kind.STATUS_REPORT, roundId, tenantId);
    if (charts.isEmpty()) {
      charts = renderer.charts(report);
      documents.attach(tenantId, planId, Kind.STATUS_REPORT, roundId, charts);
    }
    return charts;
  }
}
