package dk.aarshjul.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

import com.fasterxml.jackson.databind.JsonNode;
import dk.aarshjul.indicators.application.IndicatorStore;
import dk.aarshjul.shared.Area;
import dk.aarshjul.indicators.domain.Unit;
import dk.aarshjul.followup.adapter.camunda.StatusRound;
import dk.aarshjul.documents.adapter.render.TemplateDocumentRenderer;
import dk.aarshjul.documents.domain.StatusReport;
import dk.aarshjul.shared.Quarter;
import dk.aarshjul.shared.ReportingPeriod;
import dk.aarshjul.shared.TenantId;
import dk.aarshjul.testing.AarshjulIntegrationTest;
import dk.aarshjul.testing.Api;
import dk.aarshjul.testing.Documents;
import dk.aarshjul.testing.ExamplePlanFiles;
import dk.aarshjul.testing.Jobs;
import dk.aarshjul.testing.OwnApplication;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Quarterly status rounds on the seed plans, as the people do them: figures pulled, goals assessed, the
 * planner comments in the form, the committee reads the final report in PDF and Word. Exactly one report
 * per plan and quarter, and only the plan's municipalities fetch it.
 */
@AarshjulIntegrationTest
@OwnApplication // its spied renderer makes a Spring context (and engine) of its own
class StatusReportIT {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IndicatorStore store;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
  @MockitoSpyBean TemplateDocumentRenderer renderer;
  @Autowired dk.aarshjul.followup.application.StatusReportRepository reports;
  @Autowired dk.aarshjul.followup.application.StatusRoundService rounds;
  @Autowired org.springframework.transaction.support.TransactionTemplate transactions;

  @Test
  void taarnbysReportHoldsEveryGoalWithItsFiguresStatusAndTheCommentary() throws Exception {
    Api api = Api.at(port);
    String planId = ExamplePlanFiles.adoptedPlanId(api, "taarnby.planner", 2019);
    String instance = startRound("taarnby", planId, "2021Q4");

    JsonNode review = task(api, "taarnby.planner", instance, StatusRound.REVIEW_REPORT);
    List<JsonNode> goals = formList(api, "taarnby.planner", review, StatusRound.Var.GOAL_COMMENTS);
    assertThat(goals).hasSize(13);
    assertThat(goals.get(0).path("goal").asText()).startsWith("1.1 Antallet af unge på uddannelseshjælp");
    submit(api, "taarnby.planner", review, comments(goals, Map.of("1.1", "Brobygningsforløbene er udvidet.")),
        "Ledigheden er fortsat lav, og de unge følges tæt.");
    complete(api, "taarnby.committee", task(api, "taarnby.committee", instance, StatusRound.COMMITTEE_ORIENTATION));
    assertThat(management.createJobQuery().processInstanceId(instance).activityId(StatusRound.END).count())
        .as("the round ends in a step of its own, after the committee's completion").isEqualTo(1);
    Jobs.runDue(management);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).as("the round has ended").isZero();

    byte[] pdf = download(api, "taarnby.planner", planId, "ENDELIG", "PDF");
    String text = Documents.pdfText(pdf).replaceAll("\\s+", " ");
    var youth = store.find("pct-arbejdsstyrken-uddannelseshjaelp", Area.municipality("185"), ReportingPeriod.of("2021Q4")).orElseThrow().value().value();
    assertThat(text).contains("Status på Beskæftigelsesplan 2019-2023, Tårnby Kommune", "4. kvartal 2021", "Endelig version",
        "13 mål:", Unit.PERCENT.show(youth) + " (4. kvartal 2021)", "Nr. ", " af 98 kommuner; målet er de bedste 33 (den bedste tredjedel)",
        "Brobygningsforløbene er udvidet.", "Der er endnu ingen tal for perioden.",
        "Samlet status Ledigheden er fortsat lav, og de unge følges tæt.");
    var region = store.find("pct-arbejdsstyrken-uddannelseshjaelp", Area.region("084"), ReportingPeriod.of("2021Q4")).orElseThrow().value().value();
    assertThat(text).as("the goal's chosen benchmarks, in the table and in words")
        .contains("Region Hovedstaden " + Unit.PERCENT.show(region), "Dragør Kommune",
            "Tårnby ligger " + dk.aarshjul.shared.Decimals.danish(youth.subtract(region).abs(), "#,##0.0") + " procentpoint "
                + (youth.compareTo(region) < 0 ? "under" : "over") + " Region Hovedstaden i 4. kvartal 2021.");
    for (JsonNode goal : goals) {
      String goalText = goal.path("goal").asText();
      assertThat(text).contains(goalText.substring(0, Math.min(goalText.indexOf(" – "), 60)));
    }
    String word = Documents.docxText(download(api, "taarnby.planner", planId, "ENDELIG", "DOCX"));
    assertThat(word).contains("Status på Beskæftigelsesplan 2019-2023, Tårnby Kommune", "Brobygningsforløbene er udvidet.",
        "Kan endnu ikke måles", "Samlet status", "Ledigheden er fortsat lav, og de unge følges tæt.", "Region Hovedstaden");
    String finalHtml = new String(download(api, "taarnby.planner", planId, "ENDELIG", "HTML", "4. kvartal 2021"),
        java.nio.charset.StandardCharsets.UTF_8);
    assertThat(finalHtml).as("benchmarks by name in the comparison tables")
        .contains("<td>Region Hovedstaden</td>", "<td>Hele landet</td>", "<td>Dragør Kommune</td>");
    List<String> draftCharts = chartImages(download(api, "taarnby.planner", planId, "UDKAST", "HTML", "4. kvartal 2021"));
    assertThat(draftCharts).as("charts of the goals with figures").isNotEmpty();
    assertThat(chartImages(download(api, "taarnby.planner", planId, "ENDELIG", "HTML", "4. kvartal 2021")))
        .as("the final report shows the charts drawn for the draft").isEqualTo(draftCharts);
    String round = jdbc.sql("select subject from plan_document where plan_id = ? and label = 'ENDELIG' and format = 'HTML'"
        + " and title like '%4. kvartal 2021'").params(planId).query(String.class).single();
    assertThat(jdbc.sql("select count(*) from plan_document_image where plan_id = ? and kind = 'STATUS_REPORT' and subject = ?")
        .params(planId, round).query(Integer.class).single()).as("the charts stored once, for the draft and the final alike")
        .isEqualTo(draftCharts.size());
    assertThat(jdbc.sql("select count(*) from plan_document where plan_id = ? and subject = ? and format = 'HTML'"
            + " and octet_length(content) < size").params(planId, round).query(Integer.class).single())
        .as("both pages stored without the charts' copies").isEqualTo(2);
  }

  @Test
  void aReportIsKeptOnlyOnceItsTransactionCommittedAndOnlyForItsOwnMunicipality() {
    String planId = ExamplePlanFiles.adoptedPlanId(Api.at(port), "taarnby.planner", 2019);
    TenantId taarnby = TenantId.of("taarnby");
    StatusReport report = probeReport(planId, new Quarter(2023, 3));
    String[] rolledBack = new String[1];
    transactions.executeWithoutResult(status -> {
      rolledBack[0] = rounds.open(planId, taarnby, new Quarter(2023, 3), true, "probe-1").roundId();
      reports.insertIfAbsent(rolledBack[0], taarnby, report);
      assertThat(reports.find(rolledBack[0], taarnby)).as("read in the transaction that wrote it").isPresent();
      status.setRollbackOnly();
    });
    assertThat(reports.find(rolledBack[0], taarnby)).as("nothing kept of a transaction that rolled back").isEmpty();

    String committed = written(planId, taarnby, new Quarter(2023, 4), "probe-2");
    assertThat(jdbc.sql("update status_report set content = replace(content, 'Beskæftigelsesplan 2019-2023', 'Ændret') where round_id = ?")
        .params(committed).update()).isEqualTo(1);
    assertThat(reports.find(committed, taarnby).orElseThrow().planTitle()).as("kept as written once committed, not read again")
        .isEqualTo("Beskæftigelsesplan 2019-2023");
    assertThat(reports.find(committed, TenantId.of("ishoej-vallensbaek"))).as("another municipality's as missing").isEmpty();
  }

  /** A report another node wrote: this node keeps it as first read, once the reading transaction has committed. */
  @Test
  void aReportReadFromTheDatabaseIsKeptOnlyOnceTheReadingTransactionCommitted() {
    String planId = ExamplePlanFiles.adoptedPlanId(Api.at(port), "taarnby.planner", 2019);
    TenantId taarnby = TenantId.of("taarnby");
    String written = written(planId, taarnby, new Quarter(2023, 1), "probe-3");
    String byAnotherNode = copied(planId, taarnby, written, new Quarter(2023, 2), "probe-4");
    String readAlone = copied(planId, taarnby, written, new Quarter(2022, 4), "probe-5");

    transactions.executeWithoutResult(status -> {
      assertThat(reports.find(byAnotherNode, taarnby)).as("read in a transaction that rolls back").isPresent();
      status.setRollbackOnly();
    });
    retitle(byAnotherNode, "Ændret");
    String readInACommittingTransaction = transactions.execute(status -> reports.find(byAnotherNode, taarnby).orElseThrow().planTitle());
    assertThat(readInACommittingTransaction).as("read again, in a transaction that commits: nothing was kept of the rollback").isEqualTo("Ændret");
    retitle(byAnotherNode, "Ændret igen");
    assertThat(reports.find(byAnotherNode, taarnby).orElseThrow().planTitle()).as("kept as read once that committed")
        .isEqualTo("Ændret");

    assertThat(reports.find(readAlone, taarnby)).as("read outside a transaction").isPresent();
    retitle(readAlone, "Ændret");
    assertThat(reports.find(readAlone, taarnby).orElseThrow().planTitle()).as("kept as read outside a transaction")
        .isEqualTo("Beskæftigelsesplan 2019-2023");
    assertThat(reports.find(byAnotherNode, TenantId.of("ishoej-vallensbaek"))).as("another municipality's as missing").isEmpty();
  }

  /** A report of the 2019 plan with no goals, as the assessment of a round would write it. */
  private static StatusReport probeReport(String planId, Quarter quarter) {
    return new StatusReport(planId, "Beskæftigelsesplan 2019-2023", "Tårnby Kommune", quarter, java.time.OffsetDateTime.now(), List.of());
  }

  /** A round opened for the quarter and its report written, committed. */
  private String written(String planId, TenantId tenant, Quarter quarter, String probe) {
    return transactions.execute(status -> {
      String roundId = rounds.open(planId, tenant, quarter, true, probe).roundId();
      reports.insertIfAbsent(roundId, tenant, probeReport(planId, quarter));
      return roundId;
    });
  }

  /** A round of its own with a copy of the written report, put in the table as another node would. */
  private String copied(String planId, TenantId tenant, String writtenRound, Quarter quarter, String probe) {
    String roundId = transactions.execute(status -> rounds.open(planId, tenant, quarter, true, probe).roundId());
    jdbc.sql("insert into status_report (round_id, tenant_id, plan_id, quarter, assessed_at, content)"
        + " select ?, tenant_id, plan_id, ?, assessed_at, content from status_report where round_id = ?")
        .params(roundId, quarter.toString(), writtenRound).update();
    return roundId;
  }

  private void retitle(String roundId, String title) {
    assertThat(jdbc.sql("update status_report set content = regexp_replace(content, '\"planTitle\":\"[^\"]*\"', ?) where round_id = ?")
        .params("\"planTitle\":\"" + title + "\"", roundId).update()).isEqualTo(1);
  }

  private static List<String> chartImages(byte[] html) {
    return java.util.regex.Pattern.compile("data:image/png;base64,[A-Za-z0-9+/=]+")
        .matcher(new String(html, java.nio.charset.StandardCharsets.UTF_8)).results().map(m -> m.group()).toList();
  }

  @Test
  void theJointPlansReportGoesToBothCommitteesAndOnlyTheirMunicipalitiesFetchIt() throws Exception {
    Api api = Api.at(port);
    String planId = ExamplePlanFiles.adoptedPlanId(api, "vallensbaek.planner", 2020);
    String instance = startRound("ishoej-vallensbaek", planId, "2020Q4");

    JsonNode review = task(api, "ishoej.planner", instance, StatusRound.REVIEW_REPORT);
    List<JsonNode> goals = formList(api, "ishoej.planner", review, StatusRound.Var.GOAL_COMMENTS);
    assertThat(goals).extracting(g -> g.path("ref").asText()).containsExactly("1.1", "1.2", "2.1", "3.1", "4.1", "5.1", "6.1");
    submit(api, "ishoej.planner", review, comments(goals, Map.of("3.1", "Forskellen til landet er mindsket.")));
    complete(api, "ishoej.committee", task(api, "ishoej.committee", instance, StatusRound.COMMITTEE_ORIENTATION));
    complete(api, "vallensbaek.committee", task(api, "vallensbaek.committee", instance, StatusRound.COMMITTEE_ORIENTATION));

    String word = Documents.docxText(download(api, "vallensbaek.planner", planId, "ENDELIG", "DOCX"));
    assertThat(word).contains("Ishøj og Vallensbæk Kommuner", "4. kvartal 2020", "Forskellen til landet er mindsket.",
        "Forskellen er ", "procentpoint i 4. kvartal 2020");
    var ishoej = store.find("fuldtidspersoner-i-alt", Area.municipality("183"), ReportingPeriod.of("2020Q4")).orElseThrow().value().value();
    var vallensbaek = store.find("fuldtidspersoner-i-alt", Area.municipality("187"), ReportingPeriod.of("2020Q4")).orElseThrow().value().value();
    assertThat(word).as("the joint figure is both municipalities' persons together")
        .contains(Unit.FULL_TIME_PERSONS.show(ishoej.add(vallensbaek)) + " i 4. kvartal 2020");
    assertThat(Documents.docxPictures(download(api, "vallensbaek.planner", planId, "ENDELIG", "DOCX"))).isPositive();

    JsonNode documents = api.as("ishoej.planner").get("/api/plans/" + planId + "/documents").json();
    String anyDocument = documents.get(0).path("href").asText();
    assertThat(api.as("broendby.planner").get(anyDocument).status()).isEqualTo(404);
    assertThat(api.as("broendby.planner").get("/api/plans/" + planId + "/documents").status()).isEqualTo(404);
    assertThat(api.anonymous().get(anyDocument).status()).isEqualTo(401);
    String taarnbyPlan = ExamplePlanFiles.adoptedPlanId(api, "taarnby.planner", 2019);
    assertThat(api.as("taarnby.planner").get(anyDocument.replace(planId, taarnbyPlan)).status())
        .as("a document is fetched only under its own plan").isEqualTo(404);
  }

  @Test
  void aRoundStartedTwiceAndARenderingThatFailsOnceEndWithOneReport() {
    Api api = Api.at(port);
    String planId = ExamplePlanFiles.adoptedPlanId(api, "taarnby.planner", 2019);
    doThrow(new IllegalStateException("Rapporten kunne ikke dannes")).doCallRealMethod().when(renderer).statusReport(any(), any(), any());
    String first = startRound("taarnby", planId, "2022Q1", false);
    String second = startRound("taarnby", planId, "2022Q1", false);

    assertThatThrownBy(() -> Jobs.runDue(management)).hasMessageContaining("Rapporten kunne ikke dannes");
    Job failed = management.createJobQuery().processInstanceId(first).singleResult();
    assertThat(failed.getExceptionMessage()).contains("Rapporten kunne ikke dannes");
    management.executeJob(failed.getId());
    Jobs.runDue(management);

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(second).count()).as("the second start has ended").isZero();
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(planId).taskDefinitionKey(StatusRound.REVIEW_REPORT).list())
        .extracting(t -> t.getProcessInstanceId()).containsExactly(first);
    JsonNode documents = api.as("taarnby.planner").get("/api/plans/" + planId + "/documents").json();
    List<String> ofThisQuarter = new ArrayList<>();
    documents.forEach(d -> {
      if (d.path("title").asText().endsWith("1. kvartal 2022")) {
        ofThisQuarter.add(d.path("label").asText() + "/" + d.path("format").asText());
      }
    });
    assertThat(ofThisQuarter).containsExactly("UDKAST/HTML");
  }

  private String startRound(String tenant, String planId, String quarter) {
    String instance = startRound(tenant, planId, quarter, false);
    Jobs.runDue(management);
    return instance;
  }

  private String startRound(String tenant, String planId, String quarter, boolean onDemand) {
    String plannerGroups = String.join(",", (tenant.equals("ishoej-vallensbaek") ? List.of("ishoej", "vallensbaek") : List.of(tenant))
        .stream().map(t -> t + "-planner").toList());
    return runtime.createProcessInstanceByKey(StatusRound.PROCESS_KEY).businessKey(planId)
        .setVariables(Variables.createVariables().putValue("tenantId", tenant).putValue("planId", planId)
            .putValue("planTitle", "Beskæftigelsesplan").putValue("plannerGroup", plannerGroups)
            .putValue(StatusRound.Var.QUARTER, quarter).putValue(StatusRound.Var.ON_DEMAND, onDemand))
        .execute().getId();
  }

  private static JsonNode task(Api api, String user, String instance, String key) {
    JsonNode found = api.as(user).get("/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey=" + key).json();
    assertThat(found).as("%s sees %s", user, key).hasSize(1);
    return found.get(0);
  }

  private static List<JsonNode> formList(Api api, String user, JsonNode task, String name) throws Exception {
    JsonNode variables = api.as(user).get("/engine-rest/task/" + task.path("id").asText() + "/form-variables?deserializeValues=false").json();
    JsonNode value = variables.path(name).path("value");
    JsonNode list = value.isTextual() ? new com.fasterxml.jackson.databind.ObjectMapper().readTree(value.asText()) : value;
    assertThat(list.isArray()).as("%s of %s", name, variables).isTrue();
    List<JsonNode> items = new ArrayList<>();
    list.forEach(items::add);
    return items;
  }

  private static String comments(List<JsonNode> goals, Map<String, String> comments) {
    List<String> items = goals.stream().map(g -> "{\"ref\": \"" + g.path("ref").asText() + "\", \"comment\": \""
        + comments.getOrDefault(g.path("ref").asText(), "") + "\"}").toList();
    return "[" + String.join(", ", items) + "]";
  }

  private void submit(Api api, String user, JsonNode task, String goalComments) {
    submit(api, user, task, goalComments, "");
  }

  private void submit(Api api, String user, JsonNode task, String goalComments, String statusText) {
    Api.Response response = api.as(user).post("/engine-rest/task/" + task.path("id").asText() + "/submit-form", Map.of("variables",
        Map.of(StatusRound.Var.GOAL_COMMENTS, Map.of("type", "Json", "value", goalComments),
            StatusRound.Var.STATUS_TEXT, Map.of("value", statusText))));
    assertThat(response.status()).as(response.toString()).isEqualTo(204);
    Jobs.runDue(management);
  }

  private void complete(Api api, String user, JsonNode task) {
    Api.Response response = api.as(user).post("/engine-rest/task/" + task.path("id").asText() + "/submit-form",
        Map.of("variables", Map.of("orientationNoted", Map.of("value", true))));
    assertThat(response.status()).as(response.toString()).isEqualTo(204);
  }

  private static byte[] download(Api api, String user, String planId, String label, String format) {
    return download(api, user, planId, label, format, "");
  }

  private static byte[] download(Api api, String user, String planId, String label, String format, String titleEnd) {
    JsonNode documents = api.as(user).get("/api/plans/" + planId + "/documents").json();
    for (JsonNode document : documents) {
      if (document.path("label").asText().equals(label) && document.path("format").asText().equals(format)
          && document.path("title").asText().endsWith(titleEnd)) {
        Api.Download file = api.as(user).getBytes(document.path("href").asText());
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.bytes()).as("the size the listing tells is the size fetched").hasSize(document.path("size").asInt());
        if (format.equals("HTML")) {
          assertThat(new String(file.bytes(), java.nio.charset.StandardCharsets.UTF_8)).as("the page carries its charts in itself")
              .doesNotContain("attached:");
        }
        return file.bytes();
      }
    }
    throw new AssertionError("No " + label + " " + format + " among " + documents);
  }
}
