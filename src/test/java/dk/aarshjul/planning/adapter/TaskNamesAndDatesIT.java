package dk.aarshjul.planning.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.shared.DanishTime;
import dk.aarshjul.testing.AarshjulIntegrationTest;
import dk.aarshjul.testing.Api;
import dk.aarshjul.testing.CycleDriver;
import dk.aarshjul.tenancy.application.PersonNames;
import dk.aarshjul.testing.OwnApplication;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * Real tasks in the running application, the cycle started late: on Thursday 27 November 2092 for the plan
 * 2093, four days before the committee's planned deadline. Every task names its plan, gets working time and
 * a follow-up date between its creation and its due date; the forms name people, not user ids.
 */
// a fixed clock makes an application of its own, which must not share a JVM (and engine "default") with the others
@OwnApplication
@AarshjulIntegrationTest
class TaskNamesAndDatesIT {

  static final int YEAR = 2093;
  static final LocalDate TODAY = LocalDate.of(2092, 11, 27);
  static final String PLAN = " – Beskæftigelsesplan 2093 for Tårnby Kommune";

  @TestBean Clock clock;

  static Clock clock() {
    return Clock.fixed(ZonedDateTime.of(TODAY.atTime(10, 0), DanishTime.ZONE).toInstant(),
        DanishTime.ZONE);
  }

  @LocalServerPort int port;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired PersonNames people;

  @Test
  void aLateCycleGivesEveryTaskItsPlanWorkingTimeAndAFollowUpBetweenCreationAndDueDate() {
    CycleDriver taarnby = new CycleDriver(Api.at(port), management, "taarnby");
    String instance = taarnby.start(YEAR);

    assertTask(instance, "userTask_draftPlan", "Udarbejd udkast til fokusområder og mål", 2092, 12, 11, 2092, 12, 4);
    taarnby.complete("planner", instance, "userTask_draftPlan", CycleDriver.draft(YEAR, "Sygedagpenge reduceres fra 741 til 690"));

    assertTask(instance, "userTask_requestConsultation", "Send udkastet i høring", 2092, 12, 18, 2092, 12, 11);
    taarnby.complete("planner", instance, "userTask_requestConsultation", Map.of(
        "consultationBodies", Map.of("type", "Json", "value", "[\"disability-council\"]"),
        "consultationDeadline", Map.of("value", "2092-12-04")));

    assertTask(instance, "userTask_consultationResponse", "Afgiv høringssvar – Handicaprådet", 2092, 12, 4, 2092, 12, 1);
    taarnby.complete("disability-council", instance, "userTask_consultationResponse",
        Map.of("responseText", Map.of("value", "Husk tilgængelighed i alle tilbud")));

    Task revision = assertTask(instance, "userTask_revisePlan", "Revidér planen efter høring og bemærkninger",
        2092, 12, 18, 2092, 12, 11);
    assertThat(String.valueOf(tasks.getVariableLocal(revision.getId(), "consultationSummary")))
        .contains("Svar modtaget fra " + fullName("taarnby.disability-council"))
        .doesNotContain("taarnby.disability-council");
    taarnby.complete("planner", instance, "userTask_revisePlan", CycleDriver.draft(YEAR, "Sygedagpenge reduceres fra 741 til 680"));

    // planned for Monday 1 December: the committee gets ten working days instead of two
    assertTask(instance, "userTask_committeeRecommendation", "Udvalget i Tårnby indstiller planen", 2092, 12, 11, 2092, 12, 4);
    taarnby.complete("committee", instance, "userTask_committeeRecommendation", Map.of(
        "committeeDecision", Map.of("value", "sendBack"), "committeeRemarks", Map.of("value", "Mere om de unge")));

    Task again = assertTask(instance, "userTask_revisePlan", "Revidér planen efter høring og bemærkninger",
        2092, 12, 11, 2092, 12, 4);
    assertThat(String.valueOf(tasks.getVariableLocal(again.getId(), "lastRemarks")))
        .isEqualTo("Udvalget sendte planen (version 2) tilbage (registreret af " + fullName("taarnby.committee") + "): Mere om de unge");
    taarnby.complete("planner", instance, "userTask_revisePlan", CycleDriver.draft(YEAR, "Sygedagpenge reduceres fra 741 til 650"));
    taarnby.complete("committee", instance, "userTask_committeeRecommendation", Map.of("committeeDecision", Map.of("value", "approve")));

    // the council's legal deadline leaves enough time; the reminder falls on the working day before Christmas Eve
    assertTask(instance, "userTask_councilAdoption", "Kommunalbestyrelsen i Tårnby vedtager planen", 2092, 12, 31, 2092, 12, 23);
  }

  @Test
  void peopleAreNamedFromTheIdentity() {
    User planner = identity.createUserQuery().userId("taarnby.planner").singleResult();
    assertThat(planner.getFirstName()).as("a demo user has an invented name").isNotBlank().doesNotContain(".");
    assertThat(planner.getLastName()).isNotBlank();
    assertThat(people.displayName("taarnby.planner")).isEqualTo(planner.getFirstName() + " " + planner.getLastName());
    assertThat(people.displayName("taarnby.committee")).isNotEqualTo(people.displayName("taarnby.planner"));
    assertThat(people.displayName(PersonNames.SYSTEM_USER)).isEqualTo("Årshjul (automatisk)");
    assertThat(people.displayName("ophoert.medarbejder")).as("a user who is gone keeps the recorded id")
        .isEqualTo("ophoert.medarbejder");
    assertThat(identity.createTenantQuery().tenantId("taarnby").singleResult().getName()).isEqualTo("Tårnby Kommune");
  }

  @Test
  void anOnboardedMunicipalitysPeopleAreNamedAsTheOperatorGaveThemAndItsTenantOfficially() {
    Api.Response onboarded = Api.at(port).as("operator").put("/api/municipalities/koebenhavn/onboarding", Map.of("users",
        java.util.List.of(
            Map.of("id", "kbh.planner", "firstName", "Karen", "lastName", "Blixen", "email", "karen@kk.dk",
                "password", "hemmelig-kode", "roles", java.util.List.of("planner")),
            Map.of("id", "kbh.committee", "email", "udvalg@kk.dk", "password", "hemmelig-kode",
                "roles", java.util.List.of("committee")))));

    assertThat(onboarded.status()).as(onboarded.toString()).isEqualTo(201);
    assertThat(onboarded.json().path("officialName").asText()).isEqualTo("Københavns Kommune");
    assertThat(people.displayName("kbh.planner")).isEqualTo("Karen Blixen");
    assertThat(people.displayName("kbh.committee")).as("no name: the e-mail address").isEqualTo("udvalg@kk.dk");
    assertThat(identity.createTenantQuery().tenantId("koebenhavn").singleResult().getName()).isEqualTo("Københavns Kommune");
  }

  private String fullName(String userId) {
    User user = identity.createUserQuery().userId(userId).singleResult();
    return user.getFirstName() + " " + user.getLastName();
  }

  private Task assertTask(String instance, String key, String name, int dueYear, int dueMonth, int dueDay,
      int followUpYear, int followUpMonth, int followUpDay) {
    Task task = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).singleResult();
    assertThat(task).as(key).isNotNull();
    assertThat(task.getName()).isEqualTo(name + PLAN);
    assertThat(day(task.getDueDate())).as("%s is due", key).isEqualTo(LocalDate.of(dueYear, dueMonth, dueDay));
    assertThat(day(task.getFollowUpDate())).as("%s follows up", key).isEqualTo(LocalDate.of(followUpYear, followUpMonth, followUpDay))
        .isAfter(TODAY).isBefore(day(task.getDueDate()));
    return task;
  }

  private static LocalDate day(Date date) {
    return date.toInstant().atZone(DanishTime.ZONE).toLocalDate();
  }
}
