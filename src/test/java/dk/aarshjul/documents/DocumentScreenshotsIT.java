package dk.aarshjul.documents;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.documents.adapter.render.TemplateDocumentRenderer;
import dk.aarshjul.documents.application.DocumentFormat;
import dk.aarshjul.documents.domain.StatusReport;
import dk.aarshjul.documents.domain.StatusReportEdition;
import dk.aarshjul.followup.application.StatusReportAssembler;
import dk.aarshjul.goals.domain.Benchmark;
import dk.aarshjul.goals.domain.Goal;
import dk.aarshjul.goals.domain.Measurement;
import dk.aarshjul.goals.domain.TargetGroup;
import dk.aarshjul.goals.domain.kinds.BaselineToTarget;
import dk.aarshjul.goals.domain.kinds.DirectionOnly;
import dk.aarshjul.goals.domain.kinds.Rank;
import dk.aarshjul.indicators.application.IndicatorPullService;
import dk.aarshjul.indicators.application.IndicatorStore;
import dk.aarshjul.shared.Area;
import dk.aarshjul.indicators.domain.Ranking;
import dk.aarshjul.indicators.domain.Unit;
import dk.aarshjul.planning.domain.FocusArea;
import dk.aarshjul.planning.domain.PlanContent;
import dk.aarshjul.shared.Quarter;
import dk.aarshjul.shared.ReportingPeriod;
import dk.aarshjul.shared.TenantId;
import dk.aarshjul.tenancy.application.TenantMunicipalities;
import dk.aarshjul.testing.AarshjulIntegrationTest;
import dk.aarshjul.testing.Api;
import dk.aarshjul.testing.CycleDriver;
import dk.aarshjul.testing.Documents;
import dk.aarshjul.testing.VeraPdf;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The screenshot command for documents: {@code ./mvnw test -Dtest=DocumentScreenshotsIT} writes a status
 * report (a count goal and a share goal with benchmarks, a rank goal, a goal without figures, comments and
 * the overall status) and an adopted plan document as PDF, Word and HTML, and every PDF page as a PNG, into
 * {@code target/screenshots/documents/}. Look at them; the assertions check what a reader would notice first,
 * and that both are PDF/A-2u and PDF/UA-1 (veraPDF).
 */
@AarshjulIntegrationTest
class DocumentScreenshotsIT {

  static final Path OUT = Path.of("target", "screenshots", "documents");
  /** Nothing may be drawn closer than this to the paper's right edge (the page margin is 16 mm). */
  static final float RIGHT_LIMIT_MM = 12f;

  @LocalServerPort int port;
  @Autowired ManagementService management;
  @Autowired StatusReportAssembler assembler;
  @Autowired TemplateDocumentRenderer renderer;
  @Autowired TenantMunicipalities municipalities;
  @Autowired IndicatorStore store;
  @Autowired IdentityService identity;
  @Autowired IndicatorPullService pulls;

  @Test
  void aStatusReportWithBenchmarksCommentsAndTheOverallStatusIsRenderedPageByPage() throws Exception {
    StatusReport report = assembler.assemble("screenshots", "Beskæftigelsesplan 2026-2027", aTaarnbyPlan(),
        municipalities.municipalities(TenantId.of("taarnby")), Quarter.parse("2026Q2"), OffsetDateTime.parse("2026-07-15T09:00:00+02:00"));
    StatusReportEdition edition = new StatusReportEdition(report, Map.of(
        "1.1", "Færre er på sygedagpenge end for et år siden, men faldet er mindre end planlagt.\nJobcentret udvider den tidlige indsats.",
        "1.2", "Andelen er lavere end i regionen og på niveau med landet."),
        "Udviklingen er samlet set positiv. Sygedagpengeområdet følges tæt, og de unge kræver fortsat en særlig indsats.",
        StatusReportEdition.FINAL, true);
    Map<String, byte[]> charts = renderer.charts(report);
    Map<DocumentFormat, byte[]> documents = new java.util.EnumMap<>(renderer.statusReport(edition, charts, EnumSet.allOf(DocumentFormat.class)));
    // the page as people fetch it: its charts put in from where they are stored beside it
    documents.put(DocumentFormat.HTML, dk.aarshjul.documents.application.ImageAddresses.inline(documents.get(DocumentFormat.HTML), charts));
    write("status-report", documents);

    byte[] pdf = documents.get(DocumentFormat.PDF);
    String text = Documents.pdfText(pdf);
    assertThat(text).as("the status label is one line, never a word a line").contains("Kan endnu ikke måles");
    assertThat(text.replaceAll("\\s+", " ")).contains("Samlet status", "Udviklingen er samlet set positiv.",
        "Jobcentret udvider den tidlige indsats.", "Region Hovedstaden", "Dragør Kommune", "hele landet", "Indeks (",
        "Tårnby ligger ", "procentpoint under Region Hovedstaden i 2. kvartal 2026", "blandt den bedste halvdel");
    VeraPdf.assertPdfA2uAndPdfUa1(pdf);
    List<Path> pages = screenshots("status-report", pdf);
    assertThat(pages).as("pages").hasSizeGreaterThanOrEqualTo(2);
    assertEveryPageHasContentWithinTheMargins(pdf);
  }

  @Test
  void anAdoptedPlanDocumentNamesPeopleAndFitsItsTablesOnThePage() throws Exception {
    Api api = Api.at(port);
    CycleDriver broendby = new CycleDriver(api, management, "broendby");
    String instance = broendby.start(2086);
    String planId = broendby.planId(instance);
    broendby.complete("planner", instance, "userTask_draftPlan", aDraft());
    broendby.complete("planner", instance, "userTask_requestConsultation", Map.of(
        "consultationBodies", Map.of("type", "Json", "value", "[\"disability-council\"]"),
        "consultationDeadline", Map.of("value", LocalDate.now().plusDays(30).toString())));
    broendby.complete("disability-council", instance, "userTask_consultationResponse",
        Map.of("responseText", Map.of("value", "Rådet bakker op om planen og beder om særlig opmærksomhed på tilgængelighed i alle tilbud.")));
    broendby.complete("planner", instance, "userTask_revisePlan", aDraft());
    broendby.complete("committee", instance, "userTask_committeeRecommendation", Map.of("committeeDecision", Map.of("value", "approve")));
    broendby.complete("secretariat", instance, "userTask_councilAdoption", Map.of("councilDecision", Map.of("value", "approve"),
        "councilRemarks", Map.of("value", "Vedtaget enstemmigt på kommunalbestyrelsens møde, med en protokolbemærkning om ungeindsatsen.")));

    Api.Download file = api.as("broendby.planner").getBytes("/api/plans/" + planId + "/plan-document?format=pdf");
    assertThat(file.status()).isEqualTo(200);
    byte[] pdf = file.bytes();
    write("plan", Map.of(DocumentFormat.PDF, pdf,
        DocumentFormat.DOCX, api.as("broendby.planner").getBytes("/api/plans/" + planId + "/plan-document?format=docx").bytes()));

    String text = Documents.pdfText(pdf).replaceAll("\\s+", " ");
    User secretariat = identity.createUserQuery().userId("broendby.secretariat").singleResult();
    assertThat(text).contains("Politisk behandling", secretariat.getFirstName() + " " + secretariat.getLastName(),
        "blandt den bedste halvdel af landets kommuner", "Fuldtidspersoner på sygedagpenge")
        .doesNotContain("broendby.secretariat", "broendby.committee", "1/2");
    VeraPdf.assertPdfA2uAndPdfUa1(pdf);
    assertThat(screenshots("plan", pdf)).isNotEmpty();
    assertEveryPageHasContentWithinTheMargins(pdf);
  }

  private PlanContent aTaarnbyPlan() {
    List<ReportingPeriod> quarters = new ArrayList<>();
    for (int year = 2023; year <= 2026; year++) {
      for (int quarter = 1; quarter <= 4; quarter++) {
        quarters.add(ReportingPeriod.quarter(year, quarter));
      }
    }
    pulls.pull(List.of("fuldtidspersoner-sygedagpenge", "pct-arbejdsstyrken-sygedagpenge", "pct-arbejdsstyrken-uddannelseshjaelp"),
        quarters);
    BigDecimal persons = figure("fuldtidspersoner-sygedagpenge", "2024Q4");
    BigDecimal share = figure("pct-arbejdsstyrken-sygedagpenge", "2024Q4");
    Goal count = new Goal("Færre fuldtidspersoner på sygedagpenge: et fald på 10 % fra udgangen af 2024 til udgangen af 2027",
        "fuldtidspersoner-sygedagpenge", Unit.FULL_TIME_PERSONS, new TargetGroup("sickness-benefit"),
        new Measurement(persons, period("2024Q4")), new BaselineToTarget(persons.multiply(new BigDecimal("0.9")).setScale(0, java.math.RoundingMode.HALF_UP)),
        LocalDate.of(2027, 12, 31), List.of(), List.of(Benchmark.country(), Benchmark.region("084")));
    Goal shareGoal = new Goal("Andelen af arbejdsstyrken på sygedagpenge skal falde og ligge under regionens",
        "pct-arbejdsstyrken-sygedagpenge", Unit.PERCENT, new TargetGroup("sickness-benefit"),
        new Measurement(share, period("2024Q4")), new BaselineToTarget(share.subtract(new BigDecimal("0.3"))),
        LocalDate.of(2027, 12, 31), List.of(), List.of(Benchmark.region("084"), Benchmark.municipality("155"), Benchmark.country()));
    Goal rank = new Goal("Færre unge på uddannelseshjælp end i den bedste halvdel af landets kommuner", "pct-arbejdsstyrken-uddannelseshjaelp",
        Unit.PERCENT, new TargetGroup("youth"), null, new Rank(1, 2, Ranking.Better.LOWER), LocalDate.of(2027, 12, 31), List.of(),
        List.of(Benchmark.country()));
    Goal noFigures = new Goal("Flere virksomheder samarbejder med jobcentret", "samarbejdende-virksomheder", Unit.COUNT, new TargetGroup("employers"),
        new Measurement(null, period("2024")), new DirectionOnly(DirectionOnly.Direction.INCREASING), LocalDate.of(2027, 12, 31),
        List.of(), List.of());
    return new PlanContent(List.of(
        new FocusArea("Sygedagpenge", "Flere sygemeldte fastholdes i job", List.of(new TargetGroup("sickness-benefit")), List.of(), List.of(count, shareGoal)),
        new FocusArea("Unge og virksomheder", "", List.of(new TargetGroup("youth"), new TargetGroup("employers")), List.of(), List.of(rank, noFigures))));
  }

  private BigDecimal figure(String indicator, String period) {
    return store.find(indicator, Area.municipality("185"), ReportingPeriod.of(period)).orElseThrow().value().value();
  }

  private static ReportingPeriod period(String text) {
    return ReportingPeriod.parse(text).orElseThrow();
  }

  private static Map<String, Object> aDraft() {
    String focusAreas = """
        [{"title": "Sygedagpenge", "description": "Flere sygemeldte skal fastholdes i job",
          "targetGroups": ["sickness-benefit"], "pejlemaerker": "Tidlig indsats\\nDelvise raskmeldinger",
          "goals": [{"kind": "baseline-to-target", "targetGroup": "sickness-benefit",
                     "text": "Færre fuldtidspersoner på sygedagpenge", "indicatorCode": "fuldtidspersoner-sygedagpenge",
                     "baselineValue": 741, "baselinePeriod": "2084", "targetValue": 690, "deadline": "2086-12-31",
                     "benchmarks": ["country", "region:084"]}]},
         {"title": "Unge", "description": "Flere unge i uddannelse og job", "targetGroups": ["youth"], "pejlemaerker": "",
          "goals": [{"kind": "rank", "targetGroup": "youth", "text": "Færre unge på uddannelseshjælp end i de fleste kommuner",
                     "indicatorCode": "pct-arbejdsstyrken-uddannelseshjaelp", "fraction": "1/2", "better": "lower",
                     "deadline": "2086-12-31", "benchmarks": ["country"]}]}]
        """;
    return Map.of("focusAreas", Map.of("type", "Json", "value", focusAreas));
  }

  private static void write(String name, Map<DocumentFormat, byte[]> documents) throws IOException {
    Files.createDirectories(OUT);
    for (var document : documents.entrySet()) {
      Files.write(OUT.resolve(name + "." + document.getKey().extension()), document.getValue());
    }
  }

  /** Every page as a PNG at 110 dpi; each must show something above its footer, not a blank sheet. */
  private static List<Path> screenshots(String name, byte[] pdf) throws IOException {
    List<Path> pages = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFRenderer pageRenderer = new PDFRenderer(document);
      for (int page = 0; page < document.getNumberOfPages(); page++) {
        BufferedImage image = pageRenderer.renderImageWithDPI(page, 110, ImageType.RGB);
        assertThat(inkShare(image.getSubimage(0, 0, image.getWidth(), image.getHeight() * 9 / 10)))
            .as("ink above the footer on page %d of %s", page + 1, name).isGreaterThan(0.002);
        Path png = OUT.resolve(name + "-page-" + (page + 1) + ".png");
        ImageIO.write(image, "png", png.toFile());
        pages.add(png);
      }
    }
    return pages;
  }

  private static double inkShare(BufferedImage image) {
    long ink = 0;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y) & 0xffffff;
        if (rgb != 0xffffff) {
          ink++;
        }
      }
    }
    return (double) ink / ((image.getWidth() / 2) * (image.getHeight() / 2));
  }

  /** No glyph runs past the right margin: a table that is too wide cuts its text there. */
  private static void assertEveryPageHasContentWithinTheMargins(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      float[] rightmost = {0};
      float pageWidth = document.getPage(0).getMediaBox().getWidth();
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
          for (TextPosition position : positions) {
            rightmost[0] = Math.max(rightmost[0], position.getXDirAdj() + position.getWidthDirAdj());
          }
          super.writeString(text, positions);
        }
      };
      stripper.getText(document);
      float limit = pageWidth - RIGHT_LIMIT_MM / 25.4f * 72f;
      assertThat(rightmost[0]).as("rightmost glyph (pt) on a page %s pt wide", pageWidth).isLessThanOrEqualTo(limit);
    }
  }
}
