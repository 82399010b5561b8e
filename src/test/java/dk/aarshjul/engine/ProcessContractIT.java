package dk.aarshjul.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.planning.adapter.camunda.AnnualPlanCycle;
import dk.aarshjul.followup.adapter.camunda.PlanFollowUp;
import dk.aarshjul.followup.adapter.camunda.StatusRound;
import dk.aarshjul.notifications.adapter.camunda.NotificationProcess;
import dk.aarshjul.testing.AarshjulIntegrationTest;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The BPMN, the forms and the Java that serves them cannot drift apart silently. */
@AarshjulIntegrationTest
class ProcessContractIT {

  private static final Pattern BEAN = Pattern.compile("\\$\\{(\\w+)}");
  static List<BpmnModelInstance> models = new ArrayList<>();
  static String allBpmn;

  @Autowired ApplicationContext context;
  @Autowired FormValidators validators;
  @Autowired RepositoryService repository;

  @BeforeAll
  static void readModels() throws IOException {
    StringBuilder text = new StringBuilder();
    for (Path file : files("bpmn", ".bpmn")) {
      models.add(Bpmn.readModelFromFile(file.toFile()));
      text.append(Files.readString(file));
    }
    allBpmn = text.toString();
  }

  @Test
  void everyIdInTheContractClassesIsInTheBpmn() throws IllegalAccessException {
    Set<String> ids = new HashSet<>();
    for (BpmnModelInstance model : models) {
      model.getModelElementsByType(BaseElement.class).forEach(e -> ids.add(e.getId()));
    }
    for (Class<?> contract : List.of(AnnualPlanCycle.class, PlanFollowUp.class, StatusRound.class, NotificationProcess.class)) {
      for (Field field : contract.getFields()) {
        String value = (String) field.get(null);
        if (field.getName().equals("PROCESS_KEY") || !Modifier.isStatic(field.getModifiers())) {
          continue;
        }
        if (field.getName().startsWith("MESSAGE_")) {
          assertThat(allBpmn).as(field.getName()).contains("name=\"" + value + "\"");
        } else if (field.getName().startsWith("ERROR_CODE_")) {
          assertThat(allBpmn).as(field.getName()).contains("errorCode=\"" + value + "\"");
        } else if (!field.getName().endsWith("FORM")) {
          assertThat(ids).as("%s.%s", contract.getSimpleName(), field.getName()).contains(value);
        }
      }
    }
  }

  /** Variables only Java writes and reads: no BPMN expression or form names them. */
  private static final Set<String> JAVA_ONLY_VARIABLES = Set.of(AnnualPlanCycle.Var.CONTINUED_IN, PlanFollowUp.Var.FOLLOW_FROM, StatusRound.Var.ROUND_ID,
      NotificationProcess.Var.MAIL_KIND, NotificationProcess.Var.TASK_ID, NotificationProcess.Var.DIGEST_FOR,
      NotificationProcess.Var.SINCE, NotificationProcess.Var.UNTIL);

  @Test
  void everyVariableOfTheContractClassesIsUsedByTheBpmnOrAForm() throws IOException, IllegalAccessException {
    StringBuilder text = new StringBuilder(allBpmn);
    for (Path form : files("forms", ".form")) {
      text.append(Files.readString(form));
    }
    List<Class<?>> variables = List.of(PlanVariables.class, AnnualPlanCycle.Var.class, PlanFollowUp.Var.class, StatusRound.Var.class,
        NotificationProcess.Var.class);
    int checked = 0;
    for (Class<?> holder : variables) {
      for (Field field : holder.getFields()) {
        if (field.getType() != String.class) {
          continue;
        }
        String name = (String) field.get(null);
        if (!JAVA_ONLY_VARIABLES.contains(name)) {
          assertThat(text).as("%s.%s", holder.getName(), field.getName()).containsPattern("\\b" + Pattern.quote(name) + "\\b");
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(40);
  }

  @Test
  void everyFormOfTheContractClassesIsAFormFile() throws IOException, IllegalAccessException {
    Set<String> formFiles = new HashSet<>();
    for (Path file : files("forms", ".form")) {
      formFiles.add(file.getFileName().toString().replace(".form", ""));
    }
    for (Field field : AnnualPlanCycle.Forms.class.getFields()) {
      assertThat(formFiles).as("AnnualPlanCycle.Forms.%s", field.getName()).contains((String) field.get(null));
    }
    assertThat(formFiles).contains(StatusRound.REVIEW_FORM, StatusRound.ORIENTATION_FORM);
  }

  @Test
  void everyProcessIsDeployedAndEveryBeanItNamesExists() {
    for (BpmnModelInstance model : models) {
      for (Process process : model.getModelElementsByType(Process.class)) {
        // the shared definitions; a municipality's own variant (the tests run one) is a definition of its tenant
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(process.getId()).withoutTenantId().latestVersion().count())
            .as(process.getId()).isEqualTo(1);
      }
    }
    Matcher beans = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"").matcher(allBpmn);
    int found = 0;
    while (beans.find()) {
      assertThat(context.containsBean(beans.group(1))).as("bean %s", beans.group(1)).isTrue();
      found++;
    }
    assertThat(found).isGreaterThan(10);
  }

  @Test
  void everyFormIsReferencedDeployedTogetherAndValidatedOnTheServer() throws IOException {
    Set<String> referenced = new HashSet<>();
    for (BpmnModelInstance model : models) {
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        assertThat(task.getCamundaFormRef()).as("%s has a Camunda Form", task.getId()).isNotBlank();
        assertThat(task.getCamundaFormRefBinding()).as(task.getId()).isEqualTo("deployment");
        referenced.add(task.getCamundaFormRef());
      }
      for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
        if (start.getCamundaFormRef() != null) {
          assertThat(start.getCamundaFormRefBinding()).isEqualTo("deployment");
          referenced.add(start.getCamundaFormRef());
        }
      }
    }
    Set<String> formFiles = new HashSet<>();
    for (Path file : files("forms", ".form")) {
      String id = file.getFileName().toString().replace(".form", "");
      assertThat(Files.readString(file)).as("the form's id is its file name").contains("\"id\": \"" + id + "\"");
      formFiles.add(id);
    }
    assertThat(formFiles).isEqualTo(referenced);
    assertThat(validators.formIds()).isEqualTo(referenced);
    String deployment = repository.createProcessDefinitionQuery().processDefinitionKey(AnnualPlanCycle.PROCESS_KEY)
        .withoutTenantId().latestVersion().singleResult().getDeploymentId();
    assertThat(repository.getDeploymentResourceNames(deployment)).contains("edit-plan.form", "annual-plan-cycle.bpmn");
  }

  @Test
  void everyHumanTaskHasADueDateAReminderAndACandidateGroup() {
    for (BpmnModelInstance model : models) {
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        assertThat(task.getCamundaDueDate()).as("%s due date", task.getId()).matches(BEAN);
        assertThat(task.getCamundaFollowUpDate()).as("%s follow-up date", task.getId()).matches(BEAN);
        assertThat(task.getCamundaCandidateGroups()).as("%s candidate group", task.getId()).matches(BEAN);
      }
    }
  }

  /**
   * No service task runs in a person's request, and each failure is retried and then an incident: a service task
   * is asynchronous with a retry cycle, or every way into it comes straight, through gateways only, from service
   * tasks that run in such a job (the status round opens and assesses in the job that pulled its figures).
   */
  @Test
  void everyServiceTaskRunsInAJobWithARetryCycle() {
    for (BpmnModelInstance model : models) {
      for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
        assertThat(inAJob(task, new HashSet<>())).as("%s asynchronous, or reached only from a step that is", task.getId()).isTrue();
        // a cycle on a step inside another's job is never used: the job's own step's cycle is
        assertThat(retryCycles(task)).as("%s retry cycle", task.getId()).isEqualTo(task.isCamundaAsyncBefore() ? 1 : 0);
        assertThat(task.getCamundaDelegateExpression()).as("%s delegate expression", task.getId()).matches(BEAN);
        assertThat(task.getCamundaClass()).as("never camunda:class").isNull();
      }
    }
  }

  private static long retryCycles(ServiceTask task) {
    return task.getExtensionElements() == null ? 0
        : task.getExtensionElements().getElementsQuery().filterByType(CamundaFailedJobRetryTimeCycle.class).count();
  }

  /**
   * Asynchronous itself, or a service task or exclusive gateway whose every incoming flow comes from one that is
   * in a job (the flows found by their target: the files do not list each node's incoming flows).
   */
  private static boolean inAJob(FlowNode node, Set<String> onThePath) {
    if (node instanceof ServiceTask task && task.isCamundaAsyncBefore()) {
      return true;
    }
    List<SequenceFlow> incoming = node.getModelInstance().getModelElementsByType(SequenceFlow.class).stream()
        .filter(flow -> flow.getTarget().equals(node)).toList();
    if (!(node instanceof ServiceTask || node instanceof ExclusiveGateway) || incoming.isEmpty() || !onThePath.add(node.getId())) {
      return false;
    }
    boolean inAJob = incoming.stream().allMatch(flow -> inAJob(flow.getSource(), onThePath));
    onThePath.remove(node.getId());
    return inAJob;
  }

  private static List<Path> files(String dir, String suffix) throws IOException {
    // the current processes and forms and the earlier versions' (versions/<tag>/): every deployed version keeps the contract
    try (Stream<Path> files = Files.walk(Path.of(dir))) {
      return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
    }
  }
}
