package dk.aarshjul.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.indicators.domain.SourceCatalogue;
import dk.aarshjul.planning.adapter.camunda.AnnualPlanCycle;
import dk.aarshjul.testing.Api;
import dk.aarshjul.testing.PostgresDatabases;
import dk.aarshjul.testing.PostgresTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The data generator makes what the platform makes: for each municipality and year an adopted plan in two
 * versions, with its consultation, decisions and documents, every task done by the person whose role it is,
 * and the four quarterly rounds with their final reports; figures for every indicator; and a second run adds
 * nothing.
 */
@PostgresTest
class DataGeneratorIT {

  @Test
  void aYearOfAMunicipalityAsThePlatformMakesIt() throws Exception {
    String url = PostgresDatabases.create();
    try (Connection db = DriverManager.getConnection(url, PostgresDatabases.USER, PostgresDatabases.PASSWORD);
        ConfigurableApplicationContext app = GenerateData.LoadDatabase.start(url, 1, List.of("--server.port=0"))) {
      DataGenerator generator = new DataGenerator(app);

      DataGenerator.Made made = generator.generate(List.of("taarnby"), 2025, 1, 2);

      assertThat(made.plans()).isEqualTo(1);
      assertThat(made.rounds()).isEqualTo(4);
      assertThat(rows(db, """
          select p.tenant_id || ' v' || p.current_version || ' ' || p.status
            || ' consultations:' || (select count(*) from consultation c where c.plan_id = p.id and c.outcome = 'RESPONDED')
            || ' decisions:' || (select count(*) from plan_decision d where d.plan_id = p.id)
            || ' final reports:' || (select count(*) from status_report r where r.plan_id = p.id and r.finalised_at is not null)
          from plan p where p.first_year = 2025 order by p.tenant_id""")).containsExactly(
          // draft and revision, each followed by the version in which the engine fills the open baseline
          "taarnby v4 ADOPTED consultations:2 decisions:2 final reports:4");
      assertThat(rows(db, """
          select distinct t.task_def_key_ || ' by ' || t.assignee_ from act_hi_taskinst t
          where t.tenant_id_ = 'taarnby' and t.end_time_ is not null""")).containsExactlyInAnyOrder(
          "userTask_committeeOrientation by taarnby.committee",
          "userTask_committeeRecommendation by taarnby.committee",
          "userTask_consultationResponse by taarnby.disability-council",
          "userTask_consultationResponse by taarnby.social-partners",
          "userTask_councilAdoption by taarnby.secretariat",
          "userTask_draftPlan by taarnby.planner",
          "userTask_requestConsultation by taarnby.planner",
          "userTask_revisePlan by taarnby.planner",
          "userTask_reviewReport by taarnby.planner");
      assertThat(rows(db, "select count(*) from plan_document d join plan p on p.id = d.plan_id where p.first_year = 2025"))
          .allSatisfy(count -> assertThat(Integer.parseInt(count)).as("the plan's and the reports' documents")
              .isGreaterThanOrEqualTo(3 + 4 * 3));
      int sourced = app.getBean(SourceCatalogue.class).all().size();
      assertThat(rows(db, """
          select count(distinct indicator_code) || ' indicators, '
            || count(distinct case when period like '%Q%' then period end) || ' quarters, '
            || count(distinct case when period like '%M%' then period end) || ' months, '
            || count(distinct area_code) || ' municipalities'
          from indicator_value where period like '2025%' and area_type = 'MUNICIPALITY'""")).containsExactly(
          sourced + " indicators, 4 quarters, 12 months, 98 municipalities");

      assertThat(generator.generate(List.of("taarnby"), 2025, 1, 2).plans()).as("a second run finds the plans").isZero();

      // a generation stopped just after it started the next year's cycle: the run after it takes that cycle on
      int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
      Api.Response started = Api.at(port).as("taarnby.planner").post("/engine-rest/process-definition/key/"
          + AnnualPlanCycle.PROCESS_KEY + "/submit-form", Map.of("variables", Map.of("firstYear", Map.of("value", 2026))));
      assertThat(started.status()).as(started.toString()).isEqualTo(200);
      assertThat(generator.generate(List.of("taarnby"), 2026, 1, 2).plans()).as("the stopped cycle, adopted").isEqualTo(1);
      assertThat(rows(db, "select status from plan where tenant_id = 'taarnby' and first_year = 2026")).containsExactly("ADOPTED");
      assertThat(rows(db, "select count(*) from act_hi_procinst i join act_re_procdef d on d.id_ = i.proc_def_id_"
          + " where d.key_ = '" + AnnualPlanCycle.PROCESS_KEY + "' and i.tenant_id_ = 'taarnby' and i.end_act_id_ like '%lreadyExists%'"))
          .as("no second cycle for the year, ended as a plan that exists").containsExactly("0");
    }
  }

  private static List<String> rows(Connection db, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (ResultSet result = db.createStatement().executeQuery(sql)) {
      while (result.next()) {
        rows.add(result.getString(1));
      }
    }
    return rows;
  }
}
