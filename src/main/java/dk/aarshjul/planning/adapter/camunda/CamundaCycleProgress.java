package dk.aarshjul.planning.adapter.camunda;

import dk.aarshjul.engine.AsPlatform;
import dk.aarshjul.engine.PlanVariables;
import dk.aarshjul.engine.ProcessValues;
import dk.aarshjul.planning.application.CycleProgress;
import dk.aarshjul.planning.application.PlanService;
import dk.aarshjul.planning.application.YearlyStartSettings;
import dk.aarshjul.planning.domain.Plan;
import dk.aarshjul.planning.domain.YearlyStartSetting;
import dk.aarshjul.reference.application.ReferenceConflictException;
import dk.aarshjul.shared.DanishTime;
import dk.aarshjul.shared.PlanPeriod;
import dk.aarshjul.shared.TenantId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * A cycle's steps from the engine: the user tasks of the definition the cycle ran on (a municipality's
 * variant has its own), their tasks from the history, and for a step not reached yet the date its
 * {@code camunda:dueDate} variable holds.
 */
@Component
class CamundaCycleProgress implements CycleProgress {

  private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)}");

  private final HistoryService history;
  private final RepositoryService repository;
  private final IdentityService identity;
  private final CycleDefinitions definitions;
  private final PlanService plans;
  private final YearlyStartSettings yearlyStarts;
  private final Clock clock;

  CamundaCycleProgress(HistoryService history, RepositoryService repository, IdentityService identity,
      CycleDefinitions definitions, PlanService plans, YearlyStartSettings yearlyStarts, Clock clock) {
    this.clock = clock;
    this.yearlyStarts = yearlyStarts;
    this.history = history;
    this.repository = repository;
    this.identity = identity;
    this.definitions = definitions;
    this.plans = plans;
  }

  @Override
  public CycleTrack ofPlanYear(TenantId tenant, int firstYear) {
    return AsPlatform.read(identity, () -> {
      Optional<Plan> plan = plans.list(List.of(tenant)).stream()
          .filter(p -> p.tenantId().equals(tenant) && p.period().firstYear() == firstYear).findFirst();
      Optional<HistoricProcessInstance> instance = plan.flatMap(p -> history.createHistoricProcessInstanceQuery()
          .processDefinitionKey(AnnualPlanCycle.PROCESS_KEY).processInstanceBusinessKey(p.id()).tenantIdIn(tenant.value())
          .orderByProcessInstanceStartTime().desc().listPage(0, 1).stream().findFirst());
      if (instance.isPresent()) {
        return track(tenant, firstYear, instance.get());
      }
      return new CycleTrack(tenant, firstYear, plan.map(Plan::id).orElse(null), false, notStarted(tenant, firstYear, today()));
    });
  }

  @Override
  public List<CycleTrack> running(Collection<TenantId> tenants) {
    if (tenants.isEmpty()) {
      return List.of();
    }
    return AsPlatform.read(identity, () -> history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(AnnualPlanCycle.PROCESS_KEY).tenantIdIn(tenants.stream().map(TenantId::value).toArray(String[]::new))
        .unfinished().list().stream()
        // an instance that handed its plan on to another version, or found the plan existed, has no plan of its own
        .filter(instance -> instance.getBusinessKey() != null)
        .map(instance -> {
          Map<String, Object> variables = variables(instance.getId());
          Object firstYear = variables.get(PlanVariables.FIRST_YEAR);
          return firstYear instanceof Number year
              ? track(TenantId.of(instance.getTenantId()), year.intValue(), instance, variables) : null;
        })
        .filter(Objects::nonNull).toList());
  }

  private CycleTrack track(TenantId tenant, int firstYear, HistoricProcessInstance instance) {
    return track(tenant, firstYear, instance, variables(instance.getId()));
  }

  private CycleTrack track(TenantId tenant, int firstYear, HistoricProcessInstance instance, Map<String, Object> variables) {
    Map<String, List<HistoricTaskInstance>> tasksByStep = history.createHistoricTaskInstanceQuery()
        .processInstanceId(instance.getId()).list().stream()
        .collect(Collectors.groupingBy(HistoricTaskInstance::getTaskDefinitionKey));
    List<StepTrack> steps = userTasks(instance.getProcessDefinitionId()).stream()
        .map(task -> step(task, tasksByStep.getOrDefault(task.getId(), List.of()), variables))
        .toList();
    return new CycleTrack(tenant, firstYear, instance.getBusinessKey(), instance.getEndTime() == null, steps);
  }

  private static StepTrack step(UserTask task, List<HistoricTaskInstance> tasks, Map<String, Object> variables) {
    List<HistoricTaskInstance> open = tasks.stream().filter(t -> t.getEndTime() == null).toList();
    boolean ended = tasks.stream().anyMatch(t -> t.getEndTime() != null);
    Optional<HistoricTaskInstance> current = (open.isEmpty() ? tasks : open).stream()
        .max(Comparator.comparing(HistoricTaskInstance::getStartTime));
    LocalDate due = (open.isEmpty() ? tasks : open).stream().map(HistoricTaskInstance::getDueDate).filter(Objects::nonNull)
        .max(Comparator.naturalOrder()).map(ProcessValues::dayOf)
        .orElseGet(() -> plannedDue(task, variables));
    return new StepTrack(task.getId(), task.getName(), current.map(t -> ProcessValues.dayOf(t.getStartTime())).orElse(null), due,
        !open.isEmpty(), ended, open.stream().findFirst().map(HistoricTaskInstance::getId).orElse(null));
  }

  /**
   * The steps of the version a plan of this year would start on, at the deadlines the cycle would plan on the
   * municipality's yearly start, or today when that day has passed (none for the steps whose deadlines are set
   * as the cycle goes).
   */
  private List<StepTrack> notStarted(TenantId tenant, int firstYear, LocalDate today) {
    LocalDate yearlyStart = yearlyStarts.find(tenant).orElse(YearlyStartSetting.DEFAULT).startIn(firstYear - 1);
    Map<String, Object> planned = new HashMap<>();
    RegisterPlanDelegate.plannedDeadlines(PlanPeriod.ofYear(firstYear), yearlyStart.isAfter(today) ? yearlyStart : today)
        .forEach((variable, day) -> planned.put(variable, ProcessValues.endOf(day)));
    try {
      return userTasks(definitions.forPlan(tenant, firstYear).getId()).stream()
          .map(task -> new StepTrack(task.getId(), task.getName(), null, plannedDue(task, planned), false, false, null)).toList();
    } catch (ReferenceConflictException noVersion) {
      return List.of();
    }
  }

  /** The user tasks of a definition in the order the BPMN lists them, which is the order the cycle takes them. */
  private List<UserTask> userTasks(String definitionId) {
    return List.copyOf(repository.getBpmnModelInstance(definitionId).getModelElementsByType(UserTask.class));
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(DanishTime.ZONE));
  }

  private static LocalDate plannedDue(UserTask task, Map<String, Object> variables) {
    if (task.getCamundaDueDate() == null) {
      return null;
    }
    Matcher name = VARIABLE.matcher(task.getCamundaDueDate().trim());
    return name.matches() && variables.get(name.group(1)) instanceof Date date ? ProcessValues.dayOf(date) : null;
  }

  /** Types of the variables a step's dates and the plan's year are read from; the others are not read. */
  private static final java.util.Set<String> DATES_AND_NUMBERS = java.util.Set.of("date", "integer", "long", "short");

  /** The instance's dates and numbers by name; a variable of the instance itself before a local one of the same name. */
  private Map<String, Object> variables(String processInstanceId) {
    Map<String, Object> values = new HashMap<>();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
        .disableCustomObjectDeserialization().list()) {
      if (!DATES_AND_NUMBERS.contains(variable.getTypeName())) {
        continue;
      }
      boolean ofInstance = processInstanceId.equals(variable.getActivityInstanceId());
      if (variable.getValue() != null && (ofInstance || !values.containsKey(variable.getName()))) {
        values.put(variable.getName(), variable.getValue());
      }
    }
    return values;
  }

}
