package dk.aarshjul.tenancy.adapter.camunda;

import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;

import dk.aarshjul.shared.PlatformGroup;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every installation needs before the first municipality is onboarded: the operator and publisher
 * groups with their permissions, the shared Tasklist filters, and optionally a first operator account.
 */
@Component
@Order(1)
class PlatformIdentityBootstrap implements ApplicationRunner {

  static final String FILTER_MY_GROUPS = "Mine gruppers opgaver";
  static final String FILTER_ASSIGNED_TO_ME = "Tildelt mig";

  private final IdentityService identity;
  private final FilterService filters;
  private final TaskService tasks;
  private final CamundaAuthorizations authorizations;
  private final CamundaTenantProvisioning provisioning;
  private final BootstrapAccounts accounts;

  PlatformIdentityBootstrap(
      IdentityService identity,
      FilterService filters,
      TaskService tasks,
      CamundaAuthorizations authorizations,
      CamundaTenantProvisioning provisioning,
      BootstrapAccounts accounts) {
    this.identity = identity;
    this.filters = filters;
    this.tasks = tasks;
    this.authorizations = authorizations;
    this.provisioning = provisioning;
    this.accounts = accounts;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    provisioning.ensureGroup(PlatformGroup.OPERATOR, "Platformens driftsansvarlige", Groups.GROUP_TYPE_SYSTEM);
    for (Resource resource : Resources.values()) {
      authorizations.grantGroup(PlatformGroup.OPERATOR, resource, CamundaTenantProvisioning.ANY, ALL);
    }
    provisioning.ensureGroup(
        PlatformGroup.NATIONAL_PUBLISHER, "Udmelder af nationale mål", Groups.GROUP_TYPE_WORKFLOW);
    authorizations.grantGroup(
        PlatformGroup.NATIONAL_PUBLISHER,
        Resources.PROCESS_DEFINITION,
        ProcessAccess.ANNUAL_PLAN_CYCLE,
        READ,
        CREATE_INSTANCE);
    authorizations.grantGroup(
        PlatformGroup.NATIONAL_PUBLISHER, Resources.PROCESS_INSTANCE, CamundaTenantProvisioning.ANY, CREATE);

    ensureFilter(
        FILTER_MY_GROUPS,
        "Opgaver til de grupper, du er med i",
        -10,
        tasks.createTaskQuery()
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks());
    ensureFilter(
        FILTER_ASSIGNED_TO_ME,
        "Opgaver, du har taget",
        -5,
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));

    ensureAccount(accounts.operatorId(), accounts.operatorPassword(), "Drift", PlatformGroup.OPERATOR);
    ensureAccount(
        accounts.publisherId(), accounts.publisherPassword(), "Udmelder", PlatformGroup.NATIONAL_PUBLISHER);
  }

  private void ensureAccount(String userId, String password, String firstName, String groupId) {
    if (userId == null || userId.isBlank()) {
      return;
    }
    if (identity.createUserQuery().userId(userId).count() == 0) {
      User user = identity.newUser(userId);
      user.setFirstName(firstName);
      user.setLastName("Årshjul");
      user.setPassword(password);
      identity.saveUser(user);
    }
    provisioning.ensureMembership(userId, groupId);
  }

  private void ensureFilter(String name, String description, int priority, TaskQuery query) {
    Filter filter = filters.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter =
          filters
              .newTaskFilter(name)
              .setOwner(null)
              .setQuery(query)
              .setProperties(
                  Map.of("description", description, "priority", priority, "refresh", true));
      filters.saveFilter(filter);
    }
    authorizations.grantEveryone(Resources.FILTER, filter.getId(), READ);
  }
}
