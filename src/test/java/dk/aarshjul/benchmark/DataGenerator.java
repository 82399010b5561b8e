package dk.aarshjul.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.aarshjul.engine.ProcessValues;
import dk.aarshjul.followup.adapter.camunda.StatusRound;
import dk.aarshjul.indicators.application.IndicatorPullService;
import dk.aarshjul.indicators.domain.PeriodType;
import dk.aarshjul.indicators.domain.SourceCatalogue;
import dk.aarshjul.indicators.domain.SourceSelection;
import dk.aarshjul.planning.adapter.camunda.AnnualPlanCycle;
import dk.aarshjul.planning.application.PlanService;
import dk.aarshjul.shared.ReportingPeriod;
import dk.aarshjul.planning.domain.PlanSchedule;
import dk.aarshjul.shared.Quarter;
import dk.aarshjul.shared.TenantId;
import dk.aarshjul.tenancy.application.ConsultationBodies;
import dk.aarshjul.tenancy.domain.ConsultationBody;
import dk.aarshjul.tenancy.domain.Role;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.context.ApplicationContext;

/**
 * Years of history made the way the platform makes it: for each municipality and year, the annual cycle
 * started in Tasklist's way by the planner, every task claimed and submitted through its form by the person
 * whose role it is (draft of 15 goals, consultation of two bodies who both answer, revision, the committee's
 * recommendation, the council's adoption), the plan documents rendered by the engine's jobs, and then the
 * follow-up's quarterly rounds as their timers fall due: figures pulled into the store, goals assessed, draft
 * and final reports with charts rendered, the planner's review with a comment per goal, the committee's
 * orientation. Everything goes through the engine and the application's services, at the history level
 * production runs; nothing is written into the tables by hand.
 *
 * <p>Year by year, the municipalities' cycles are driven in parallel (two driver threads per core by default);
 * the engine's job executor does the asynchronous work, and one more thread completes the rounds' tasks as
 * they come. Rounds whose quarter has not ended yet stay
 * waiting on their timers, as in production.
 */
public final class DataGenerator {

  static final Duration STEP_TIMEOUT = Duration.ofMinutes(10);
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The bodies every generated plan consults. */
  private static final ConsultationBody DISABILITY_COUNCIL = new ConsultationBody("disability-council");
  private static final ConsultationBody SOCIAL_PARTNERS = new ConsultationBody("social-partners");

  private final FormService forms;
  private final TaskService tasks;
  private final IdentityService identity;
  private final ManagementService management;
  private final HistoryService history;
  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final PlanService plans;
  private final IndicatorPullService pulls;
  private final SourceCatalogue sources;
  private final ConsultationBodies bodies;
  private final Map<String, org.camunda.bpm.engine.impl.identity.Authentication> people = new ConcurrentHashMap<>();
  private final AtomicInteger cyclesDone = new AtomicInteger();
  private final AtomicInteger roundsDone = new AtomicInteger();
  private final java.util.concurrent.atomic.AtomicLong roundsExpected = new java.util.concurrent.atomic.AtomicLong();

  public DataGenerator(ApplicationContext app) {
    this.forms = app.getBean(FormService.class);
    this.tasks = app.getBean(TaskService.class);
    this.identity = app.getBean(IdentityService.class);
    this.management = app.getBean(ManagementService.class);
    this.history = app.getBean(HistoryService.class);
    this.runtime = app.getBean(RuntimeService.class);
    this.repository = app.getBean(RepositoryService.class);
    this.plans = app.getBean(PlanService.class);
    this.pulls = app.getBean(IndicatorPullService.class);
    this.sources = app.getBean(SourceCatalogue.class);
    this.bodies = app.getBean(ConsultationBodies.class);
  }

  /** What was made: adopted plans and finished status rounds. */
  public record Made(int plans, int rounds, Duration took) {}

  /**
   * Runs the cycles of {@code years} plan years ending with {@code lastYear} for each municipality (already
   * onboarded, with the demo profile's users), year by year for all of them, so that a generation stopped
   * early leaves whole years; then waits for every round whose quarter has ended. A stopped generation can be
   * resumed: the cycles it left half-way are taken on from where each is, and a municipality's year that has
   * a plan then is skipped.
   */
  public Made generate(List<String> tenantIds, int lastYear, int years, int drivers) throws Exception {
    long start = System.nanoTime();
    int firstYear = lastYear - years + 1;
    // what this run makes: a second run on the same data counts from nought
    cyclesDone.set(0);
    roundsDone.set(0);
    roundsExpected.set(0);
    pullEveryIndicator(firstYear, lastYear);
    finishStoppedCycles(tenantIds, firstYear, lastYear);
    ExecutorService pool = Executors.newFixedThreadPool(drivers + 1);
    AtomicBoolean cyclesRunning = new AtomicBoolean(true);
    try {
      long finishedBefore = finishedRounds();
      Future<?> keeper = pool.submit(() -> {
        keepRoundsGoing(cyclesRunning, finishedBefore);
        return null;
      });
      for (int year = firstYear; year <= lastYear; year++) {
        int planYear = year;
        List<Future<?>> cycles = new ArrayList<>();
        for (String tenantId : tenantIds) {
          cycles.add(pool.submit(() -> {
            if (!plans.exists(TenantId.of(tenantId), planYear)) {
              adoptPlan(tenantId, planYear);
            }
            return null;
          }));
        }
        for (Future<?> cycle : cycles) {
          cycle.get();
        }
        System.out.printf("  %d: plans adopted for %d municipalities, %d rounds finished so far (%.1f min)%n", year,
            tenantIds.size(), roundsDone.get(), (System.nanoTime() - start) / 6e10);
      }
      cyclesRunning.set(false);
      keeper.get();
    } finally {
      pool.shutdownNow();
    }
    return new Made(cyclesDone.get(), roundsDone.get(), Duration.ofNanos(System.nanoTime() - start));
  }

  /** Rounds whose quarter has ended (their timers have fallen due) in a municipality's plans of these years. */
  static int roundsDue(int firstYear, int lastYear) {
    int due = 0;
    for (int year = firstYear; year <= lastYear; year++) {
      for (int q = 1; q <= 4; q++) {
        // the timer falls due in the morning after the quarter (ProcessValues.morningOf)
        due += ProcessValues.morningOf(PlanSchedule.statusRoundStart(new Quarter(year, q))).after(new java.util.Date()) ? 0 : 1;
      }
    }
    return due;
  }

  /**
   * The planners' reviews and the committees' orientations, completed as they come, until the cycles are done
   * and the municipalities' rounds that are due have all finished.
   */
  private void keepRoundsGoing(AtomicBoolean cyclesRunning, long finishedBefore) throws InterruptedException {
    long idleSince = System.nanoTime();
    while (cyclesRunning.get() || finishedRounds() - finishedBefore < roundsExpected.get()) {
      failOnIncident();
      if (completeRoundTasks() > 0) {
        idleSince = System.nanoTime();
      } else if (!cyclesRunning.get() && System.nanoTime() - idleSince > STEP_TIMEOUT.toNanos()) {
        throw new IllegalStateException((finishedRounds() - finishedBefore) + " of " + roundsExpected.get()
            + " rounds finished; nothing moves");
      } else {
        Thread.sleep(200);
      }
    }
  }

  /** Completes the round tasks waiting now, each as the person of its municipality whose role it is; how many. */
  int completeRoundTasks() {
    int completed = 0;
    for (Task review : tasks.createTaskQuery().taskDefinitionKey(StatusRound.REVIEW_REPORT).listPage(0, 100)) {
      String planner = review.getTenantId() + "." + Role.PLANNER.code();
      submit(planner, review.getId(), Map.of(StatusRound.Var.GOAL_COMMENTS, comments(planner, review.getId()),
          StatusRound.Var.STATUS_TEXT, "Udviklingen følger planen; indsatsen for de unge fortsætter."));
      completed++;
    }
    for (Task orientation : tasks.createTaskQuery().taskDefinitionKey(StatusRound.COMMITTEE_ORIENTATION).listPage(0, 100)) {
      submit(orientation.getTenantId() + "." + Role.COMMITTEE.code(), orientation.getId(), Map.of("orientationNoted", true));
      roundsDone.incrementAndGet();
      completed++;
    }
    return completed;
  }

  private long finishedRounds() {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(StatusRound.PROCESS_KEY).finished().count();
  }

  /**
   * Every indicator of the catalogue for every area and ended quarter of the years, as the operator's pull
   * stores them (the rounds pull only their plans' indicators).
   */
  void pullEveryIndicator(int firstYear, int lastYear) {
    Map<Boolean, List<String>> monthly = sources.all().stream().collect(java.util.stream.Collectors.partitioningBy(
        selection -> selection.periodType() == PeriodType.MONTHS,
        java.util.stream.Collectors.mapping(SourceSelection::indicatorCode, java.util.stream.Collectors.toList())));
    for (int year = firstYear; year <= lastYear; year++) {
      List<ReportingPeriod> quarters = new ArrayList<>();
      List<ReportingPeriod> months = new ArrayList<>();
      for (int q = 1; q <= 4; q++) {
        if (!new Quarter(year, q).lastDay().isAfter(LocalDate.now())) {
          quarters.add(ReportingPeriod.quarter(year, q));
          for (int m = 3 * q - 2; m <= 3 * q; m++) {
            months.add(ReportingPeriod.month(year, m));
          }
        }
      }
      pulls.pull(monthly.get(false), quarters);
      pulls.pull(monthly.get(true), months);
    }
  }

  /** One plan year's cycle, from the planner's start to the council's adoption. */
  void adoptPlan(String tenantId, int year) {
    String planner = tenantId + "." + Role.PLANNER.code();
    String instance = cycleOf(as(planner, () -> forms.submitStartForm(cycleDefinitionId(),
        Variables.createVariables().putValue("firstYear", year)).getId()));
    drive(instance, tenantId, year);
  }

  /**
   * The cycles a stopped generation left running, each taken on from the step it is at: those of these
   * municipalities and years only, not a cycle the yearly start began for next year meanwhile.
   */
  private void finishStoppedCycles(List<String> tenantIds, int firstYear, int lastYear) {
    // a cycle started on another version than its plan's goes on in an instance of that version: that one is driven
    Map<String, org.camunda.bpm.engine.runtime.ProcessInstance> stopped = new java.util.LinkedHashMap<>();
    for (var cycle : runtime.createProcessInstanceQuery().processDefinitionKey(AnnualPlanCycle.PROCESS_KEY)
        .tenantIdIn(tenantIds.toArray(String[]::new)).list()) {
      int year = ((Number) runtime.getVariable(cycle.getId(), "firstYear")).intValue();
      if (year < firstYear || year > lastYear) {
        continue;
      }
      String goesOnIn = cycleOf(cycle.getId());
      var instance = runtime.createProcessInstanceQuery().processInstanceId(goesOnIn).singleResult();
      if (instance != null) {
        stopped.putIfAbsent(goesOnIn, instance);
      }
    }
    for (var cycle : stopped.values()) {
      drive(cycle.getId(), cycle.getTenantId(), ((Number) runtime.getVariable(cycle.getId(), "firstYear")).intValue());
    }
    if (!stopped.isEmpty()) {
      System.out.printf("  %d cycles a stopped generation left half-way: adopted%n", stopped.size());
    }
  }

  /**
   * Completes the cycle's tasks as they come, each as the person whose task it is, until the council has
   * adopted the plan and the cycle has ended.
   */
  private void drive(String instance, String tenantId, int year) {
    long deadline = System.nanoTime() + STEP_TIMEOUT.toNanos();
    while (runtime.createProcessInstanceQuery().processInstanceId(instance).count() > 0) {
      List<Task> open = tasks.createTaskQuery().processInstanceId(instance).list();
      for (Task task : open) {
        complete(task, tenantId, year);
        deadline = System.nanoTime() + STEP_TIMEOUT.toNanos();
      }
      if (open.isEmpty()) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("The cycle " + instance + " of " + tenantId + " for " + year + " stands still");
        }
        awaitEngine();
      }
    }
    roundsExpected.addAndGet(roundsDue(year, year));
    cyclesDone.incrementAndGet();
  }

  private void complete(Task task, String tenantId, int year) {
    String planner = tenantId + "." + Role.PLANNER.code();
    switch (task.getTaskDefinitionKey()) {
      case AnnualPlanCycle.DRAFT_PLAN -> submit(planner, task.getId(), Map.of("focusAreas", draft(year, 1)));
      case AnnualPlanCycle.REQUEST_CONSULTATION -> submit(planner, task.getId(), Map.of(
          "consultationBodies", SpinValues.jsonValue("[\"" + DISABILITY_COUNCIL.code() + "\", \""
              + SOCIAL_PARTNERS.code() + "\"]").create(),
          "consultationDeadline", LocalDate.now().plusDays(30).toString()));
      case AnnualPlanCycle.CONSULTATION_RESPONSE -> {
        for (ConsultationBody body : List.of(DISABILITY_COUNCIL, SOCIAL_PARTNERS)) {
          String member = tenantId + "." + body.code();
          if (as(member, () -> tasks.createTaskQuery().taskId(task.getId()).taskCandidateUser(member).count()) > 0) {
            submit(member, task.getId(), Map.of("responseText",
                bodies.nameToday(body) + " støtter planen for " + year + " og beder om fokus på de unge."));
          }
        }
      }
      case AnnualPlanCycle.REVISE_PLAN -> submit(planner, task.getId(), Map.of("focusAreas", draft(year, 2)));
      case AnnualPlanCycle.COMMITTEE_RECOMMENDATION -> submit(tenantId + "." + Role.COMMITTEE.code(), task.getId(),
          Map.of("committeeDecision", "approve"));
      case AnnualPlanCycle.COUNCIL_ADOPTION -> submit(tenantId + "." + Role.SECRETARIAT.code(), task.getId(),
          Map.of("councilDecision", "approve", "councilRemarks", "Vedtaget på kommunalbestyrelsens møde i december " + (year - 1)));
      default -> throw new IllegalStateException("No one of the generator completes " + task.getTaskDefinitionKey());
    }
  }

  /** The goal references of the report under review, each with the planner's comment, as the form sends them. */
  private JsonValue comments(String planner, String taskId) {
    JsonNode goals = as(planner, () -> {
      Object value = forms.getTaskFormVariables(taskId).getValue(StatusRound.Var.GOAL_COMMENTS, Object.class);
      try {
        // a Json variable: Spin's node, whose text is the JSON
        return JSON.readTree(String.valueOf(value));
      } catch (java.io.IOException e) {
        throw new IllegalStateException(e);
      }
    });
    ArrayNode comments = JSON.createArrayNode();
    for (JsonNode goal : goals) {
      comments.addObject().put("ref", goal.path("ref").asText()).put("comment", "Status for mål " + goal.path("ref").asText()
          + ": indsatsen er på sporet.");
    }
    return SpinValues.jsonValue(comments.toString()).create();
  }

  /** The draft of the plan year as the form's dynamic list sends it: one focus area of 15 goals of every kind. */
  static JsonValue draft(int year, int version) {
    ArrayNode areas = JSON.createArrayNode();
    for (Map<String, Object> area : StatusRoundBenchmark.goals(year)) {
      ObjectNode node = JSON.valueToTree(area);
      node.put("description", "Version " + version + " af planen for " + year);
      node.put("pejlemaerker", "Tidlig indsats\nVirksomhedsrettede tilbud");
      areas.add(node);
    }
    return SpinValues.jsonValue(areas.toString()).create();
  }

  private String cycleDefinitionId() {
    return repository.createProcessDefinitionQuery().processDefinitionKey(AnnualPlanCycle.PROCESS_KEY).withoutTenantId()
        .latestVersion().singleResult().getId();
  }

  /** Tasklist starts the latest version of the cycle; a plan of an earlier version's years continues in another instance. */
  private String cycleOf(String started) {
    long deadline = System.nanoTime() + STEP_TIMEOUT.toNanos();
    while (true) {
      var continued = history.createHistoricVariableInstanceQuery().processInstanceId(started)
          .variableName(AnnualPlanCycle.Var.CONTINUED_IN).singleResult();
      if (continued != null) {
        return (String) continued.getValue();
      }
      var onItsVersion = history.createHistoricVariableInstanceQuery().processInstanceId(started)
          .variableName(AnnualPlanCycle.Var.ON_VALID_VERSION).singleResult();
      if (onItsVersion != null && Boolean.TRUE.equals(onItsVersion.getValue())) {
        return started;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("The cycle " + started + " never chose its version");
      }
      awaitEngine();
    }
  }

  /** A moment for the job executor, unless a job has failed for good. */
  private void awaitEngine() {
    failOnIncident();
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Claims the task and submits its form as the person, as Tasklist does. */
  private void submit(String userId, String taskId, Map<String, Object> values) {
    VariableMap variables = Variables.createVariables();
    values.forEach(variables::putValue);
    as(userId, () -> {
      tasks.claim(taskId, userId);
      forms.submitTaskForm(taskId, variables);
      return null;
    });
  }

  private void failOnIncident() {
    List<Job> failed = management.createJobQuery().withException().noRetriesLeft().listPage(0, 1);
    if (!failed.isEmpty()) {
      throw new IllegalStateException("A job failed: " + management.getJobExceptionStacktrace(failed.get(0).getId()));
    }
  }

  private <T> T as(String userId, Supplier<T> work) {
    identity.setAuthentication(people.computeIfAbsent(userId, this::authenticationOf));
    try {
      return work.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  private org.camunda.bpm.engine.impl.identity.Authentication authenticationOf(String userId) {
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    List<String> tenants = identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
        .map(Tenant::getId).toList();
    if (groups.isEmpty()) {
      throw new IllegalArgumentException(userId + " is no user of an onboarded municipality");
    }
    return new org.camunda.bpm.engine.impl.identity.Authentication(userId, groups, tenants);
  }
}
