package dk.aarshjul.notifications.adapter.camunda;

import dk.aarshjul.engine.PlanVariables;
import dk.aarshjul.engine.ProcessValues;
import dk.aarshjul.notifications.application.OpenTask;
import dk.aarshjul.notifications.application.OpenTasks;
import dk.aarshjul.shared.TenantId;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Component;

/**
 * Tasks as the engine holds them. Read in the mail jobs and the daily run, where no one is authenticated:
 * every tenant's tasks are visible, and the services decide who may hear of which.
 */
@Component
class CamundaOpenTasks implements OpenTasks {

  private final TaskService taskService;
  private final RepositoryService repository;

  CamundaOpenTasks(TaskService taskService, RepositoryService repository) {
    this.taskService = taskService;
    this.repository = repository;
  }

  @Override
  public Optional<OpenTask> find(String taskId) {
    return Optional.ofNullable(taskService.createTaskQuery().taskId(taskId).singleResult()).map(this::open);
  }

  @Override
  public List<OpenTask> followUpBefore(Instant until) {
    return taskService.createTaskQuery().followUpBefore(Date.from(until)).orderByTaskCreateTime().asc().list()
        .stream().map(this::open).toList();
  }

  @Override
  public List<OpenTask> takeableBy(String userId) {
    Map<String, Task> tasks = new LinkedHashMap<>();
    taskService.createTaskQuery().taskAssignee(userId).list().forEach(task -> tasks.put(task.getId(), task));
    taskService.createTaskQuery().taskCandidateUser(userId).list().forEach(task -> tasks.putIfAbsent(task.getId(), task));
    return tasks.values().stream().map(this::open).toList();
  }

  private OpenTask open(Task task) {
    Set<String> users = new HashSet<>();
    Set<String> groups = new HashSet<>();
    for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
        if (link.getUserId() != null) {
          users.add(link.getUserId());
        }
        if (link.getGroupId() != null) {
          groups.add(link.getGroupId());
        }
      }
    }
    Map<String, Object> variables = taskService.getVariables(task.getId(), List.of(PlanVariables.PLAN_ID, PlanVariables.PERIOD_LABEL));
    // a tenant made by hand in the engine, outside Årshjul's ids, is treated as none
    return new OpenTask(task.getId(), TenantId.parse(task.getTenantId()).orElse(null), nameInProcess(task),
        ProcessValues.string(variables.get(PlanVariables.PLAN_ID)), ProcessValues.string(variables.get(PlanVariables.PERIOD_LABEL)),
        instant(task.getCreateTime()), instant(task.getDueDate()), instant(task.getFollowUpDate()), task.getAssignee(),
        users, groups);
  }

  /** The name the process gives the task, without the plan that Tasklist's name adds. */
  private String nameInProcess(Task task) {
    if (task.getProcessDefinitionId() != null && task.getTaskDefinitionKey() != null) {
      FlowElement element = repository.getBpmnModelInstance(task.getProcessDefinitionId())
          .getModelElementById(task.getTaskDefinitionKey());
      if (element != null && element.getName() != null) {
        return element.getName();
      }
    }
    return task.getName();
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }

}
