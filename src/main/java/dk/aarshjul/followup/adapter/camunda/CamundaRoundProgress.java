package dk.aarshjul.followup.adapter.camunda;

import dk.aarshjul.engine.ProcessValues;
import dk.aarshjul.engine.AsPlatform;
import dk.aarshjul.engine.PlanVariables;
import dk.aarshjul.followup.application.RoundProgress;
import dk.aarshjul.shared.Quarter;
import dk.aarshjul.shared.TenantId;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** The status rounds of a municipality from the engine's history and its open tasks. */
@Component
class CamundaRoundProgress implements RoundProgress {

  private final HistoryService history;
  private final TaskService tasks;
  private final IdentityService identity;

  CamundaRoundProgress(HistoryService history, TaskService tasks, IdentityService identity) {
    this.history = history;
    this.tasks = tasks;
    this.identity = identity;
  }

  @Override
  public List<RoundTrack> ofQuarters(TenantId tenant, Collection<Quarter> quarters) {
    return AsPlatform.read(identity, () -> quarters.stream()
        .map(quarter -> rounds(tenant.value()).variableValueEquals(StatusRound.Var.QUARTER, quarter.toString())
            .orderByProcessInstanceStartTime().desc().list().stream()
            .filter(CamundaRoundProgress::isTheQuartersRound).findFirst()
            .map(this::track))
        .flatMap(Optional::stream).toList());
  }

  @Override
  public List<RoundTrack> running(Collection<TenantId> tenants) {
    if (tenants.isEmpty()) {
      return List.of();
    }
    return AsPlatform.read(identity, () -> rounds(tenants.stream().map(TenantId::value).toArray(String[]::new)).unfinished()
        .list().stream().map(this::track).filter(Objects::nonNull).toList());
  }

  private HistoricProcessInstanceQuery rounds(String... tenants) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(StatusRound.PROCESS_KEY).tenantIdIn(tenants);
  }

  /** A start that found its quarter had a round already ended at once and is no round of its own. */
  private static boolean isTheQuartersRound(HistoricProcessInstance instance) {
    return !StatusRound.ALREADY_RUN.equals(instance.getEndActivityId());
  }

  private RoundTrack track(HistoricProcessInstance instance) {
    Map<String, Object> variables = history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableNameIn(StatusRound.Var.QUARTER, StatusRound.Var.ROUND_ID, StatusRound.Var.STATUS_DUE, PlanVariables.PLAN_ID)
        .list().stream().filter(v -> v.getValue() != null)
        .collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue, (a, b) -> a));
    if (!(variables.get(StatusRound.Var.QUARTER) instanceof String quarter)) {
      return null;
    }
    Optional<Task> open = instance.getEndTime() != null ? Optional.empty()
        : tasks.createTaskQuery().processInstanceId(instance.getId()).list().stream()
            .max(Comparator.comparing(Task::getCreateTime));
    LocalDate due = open.map(Task::getDueDate).map(ProcessValues::dayOf)
        .orElseGet(() -> variables.get(StatusRound.Var.STATUS_DUE) instanceof Date date ? ProcessValues.dayOf(date) : null);
    return new RoundTrack(TenantId.of(instance.getTenantId()), (String) variables.get(PlanVariables.PLAN_ID),
        (String) variables.get(StatusRound.Var.ROUND_ID), Quarter.parse(quarter), ProcessValues.dayOf(instance.getStartTime()), due,
        instance.getEndTime() == null, open.map(Task::getId).orElse(null), open.map(Task::getName).orElse(null));
  }

}
