package dk.aarshjul.followup.adapter.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import dk.aarshjul.documents.adapter.render.TemplateDocumentRendererTest;
import dk.aarshjul.documents.domain.GoalReport;
import dk.aarshjul.documents.domain.Series;
import dk.aarshjul.documents.domain.StatusReport;
import dk.aarshjul.goals.domain.GoalStatus;
import dk.aarshjul.indicators.domain.Unit;
import dk.aarshjul.shared.Quarter;
import dk.aarshjul.shared.ReportingPeriod;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

class StoredReportJsonTest {

  /** The repository's mapper, made from a mapper like the one Spring Boot gives it. */
  static final ObjectMapper JSON = JdbcStatusReportRepository.storedReports(Jackson2ObjectMapperBuilder.json().build());

  /**
   * A report as rounds stored it before its periods were typed: the municipality's name as "municipality", the
   * quarter's label beside the quarter, "–" as the latest period of a goal without figures (older ones have ""),
   * and a figure from before its unit was kept.
   */
  static final String STORED_BEFORE_TYPED_PERIODS = """
      {
        "planId": "p1",
        "planTitle": "Beskæftigelsesplan 2025",
        "municipality": "Tårnby Kommune",
        "quarter": "2025Q4",
        "quarterLabel": "4. kvartal 2025",
        "assessedAt": "2026-01-05T10:00:00+01:00",
        "goals": [ {
          "ref": "1.1", "focusArea": "Unge", "text": "Færre unge på uddannelseshjælp",
          "indicatorName": "Unge på uddannelseshjælp, andel af arbejdsstyrken", "target": "fra 2,9 procent (2024Q1) til 2,2 procent",
          "baseline": "2,9 % (2024Q1)", "latest": "2,4 %", "latestPeriod": "2025Q3", "change": "−0,5 procentpoint",
          "status": "OFF_TRACK", "reason": "2,4 % i 3. kvartal 2025 mod målet 2,2 % i 2026.",
          "chart": [
            { "name": "Tårnby", "points": [ { "period": "2025Q2", "value": 2.5 }, { "period": "2025Q3", "value": 2.4 } ] },
            { "name": "Region Hovedstaden", "points": [ { "period": "2025Q2", "value": 3.5 }, { "period": "2025Q3", "value": null } ] }
          ],
          "figure": {
            "axisLabel": "Procent", "indexBase": null,
            "path": [ { "period": "2025Q2", "value": null }, { "period": "2025Q3", "value": 2.45 } ],
            "target": { "value": 2.2, "label": "Mål: 2,2 % senest 31. december 2026" },
            "comparedPeriod": "3. kvartal 2025",
            "areas": [ { "name": "Tårnby", "value": "2,4 %", "index": null, "sentence": "" },
              { "name": "Region Hovedstaden", "value": "ikke oplyst", "index": null,
                "sentence": "Der er intet tal for Region Hovedstaden i 3. kvartal 2025." } ]
          }
        }, {
          "ref": "1.2", "focusArea": "Ledige", "text": "Færre ledige", "indicatorName": "Ledige", "target": "højst 300",
          "baseline": "–", "latest": "–", "latestPeriod": "–", "change": "–", "status": "NOT_MEASURABLE",
          "reason": "Der er endnu ingen tal for perioden.", "chart": [ ],
          "figure": { "unit": null, "axisLabel": "", "indexBase": null, "path": [ ], "target": null, "comparedPeriod": null, "areas": [ ] }
        }, {
          "ref": "1.3", "focusArea": "Ledige", "text": "Flere i job", "indicatorName": "Ledige", "target": "mindst 300",
          "baseline": "–", "latest": "–", "latestPeriod": "", "change": "–", "status": "NOT_MEASURABLE",
          "reason": "Der er endnu ingen tal for perioden.", "chart": [ ]
        } ]
      }
      """;

  @Test
  void aReportStoredBeforeItsPeriodsWereTypedStillReads() throws Exception {
    StatusReport report = JSON.readValue(STORED_BEFORE_TYPED_PERIODS, StatusReport.class);

    assertThat(report.municipalityName()).isEqualTo("Tårnby Kommune");
    assertThat(report.quarter()).isEqualTo(new Quarter(2025, 4));
    assertThat(report.quarterLabel()).isEqualTo("4. kvartal 2025");
    assertThat(report.assessedAt()).isEqualTo(OffsetDateTime.parse("2026-01-05T10:00:00+01:00"));
    GoalReport measured = report.goals().get(0);
    assertThat(measured.latestPeriod()).isEqualTo(ReportingPeriod.quarter(2025, 3));
    assertThat(measured.latestWithPeriod()).isEqualTo("2,4 % (3. kvartal 2025)");
    assertThat(measured.status()).isEqualTo(GoalStatus.OFF_TRACK);
    assertThat(measured.chart().get(0).points()).extracting(Series.Point::period)
        .containsExactly(ReportingPeriod.quarter(2025, 2), ReportingPeriod.quarter(2025, 3));
    assertThat(measured.chart().get(1).points().get(1).value()).isNull();
    assertThat(measured.figure().path()).extracting(Series.Point::period)
        .containsExactly(ReportingPeriod.quarter(2025, 2), ReportingPeriod.quarter(2025, 3));
    assertThat(measured.figure().path().get(1).value()).isEqualByComparingTo("2.45");
    assertThat(measured.figure().unit()).as("not kept then").isNull();
    assertThat(measured.figure().comparedPeriod()).isEqualTo("3. kvartal 2025");
    assertThat(report.goals().get(1).latestPeriod()).as("\"–\": no figure yet").isNull();
    assertThat(report.goals().get(1).latestWithPeriod()).isEqualTo("–");
    assertThat(report.goals().get(2).latestPeriod()).as("\"\": no figure yet").isNull();
  }

  @Test
  void aReportReadsBackAsItWasWrittenWithItsPeriodsAsText() throws Exception {
    StatusReport taarnby = TemplateDocumentRendererTest.aTaarnbyReport();
    List<GoalReport> goals = new ArrayList<>(taarnby.goals());
    goals.add(new GoalReport("1.4", "Ledige", "Færre ledige", "Ledige", "højst 300", "–", "–", null, "–", GoalStatus.NOT_MEASURABLE,
        "Der er endnu ingen tal for perioden.", List.of(), null));
    StatusReport report = new StatusReport(taarnby.planId(), taarnby.planTitle(), taarnby.municipalityName(), taarnby.quarter(),
        taarnby.assessedAt(), goals);

    String stored = JSON.writeValueAsString(report);

    assertThat(JSON.readValue(stored, StatusReport.class)).isEqualTo(report);
    JsonNode json = JSON.readTree(stored);
    assertThat(json.path("quarter").asText()).isEqualTo("2026Q1");
    assertThat(json.path("municipalityName").asText()).isEqualTo("Tårnby Kommune");
    assertThat(json.has("quarterLabel")).as("derived from the quarter").isFalse();
    JsonNode goal = json.path("goals").path(0);
    assertThat(goal.path("latestPeriod").asText()).isEqualTo("2026Q1");
    assertThat(goal.path("chart").path(0).path("points").path(0).path("period").asText()).isEqualTo("2024Q1");
    assertThat(goal.path("figure").path("path").path(0).path("period").asText()).isEqualTo("2024Q1");
    assertThat(goal.path("figure").path("unit").asText()).isEqualTo(Unit.FULL_TIME_PERSONS.name());
    assertThat(json.path("goals").path(3).path("latestPeriod").isNull()).as("no figure yet").isTrue();
  }

  @Test
  void aStoredPeriodThatIsNoPeriodIsRefused() {
    assertThatThrownBy(() -> JSON.readValue(STORED_BEFORE_TYPED_PERIODS.replace("\"2025Q3\"", "\"2025Q5\""), StatusReport.class))
        .isInstanceOf(InvalidFormatException.class).hasMessageContaining("2025Q5");
    assertThatThrownBy(() -> JSON.readValue(STORED_BEFORE_TYPED_PERIODS.replace("\"quarter\": \"2025Q4\"", "\"quarter\": \"2025\""),
        StatusReport.class)).isInstanceOf(InvalidFormatException.class).hasMessageContaining("Not a quarter");
  }
}
