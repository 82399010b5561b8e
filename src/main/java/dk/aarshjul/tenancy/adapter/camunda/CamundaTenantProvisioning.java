package dk.aarshjul.tenancy.adapter.camunda;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;

import dk.aarshjul.shared.MembershipsChanged;
import dk.aarshjul.shared.PlatformGroup;
import dk.aarshjul.shared.TenantId;
import dk.aarshjul.tenancy.application.ConsultationBodies;
import dk.aarshjul.tenancy.application.NewUser;
import dk.aarshjul.tenancy.application.TenantProvisioning;
import dk.aarshjul.tenancy.domain.ConsultationBody;
import dk.aarshjul.tenancy.domain.Cooperation;
import dk.aarshjul.tenancy.domain.Municipality;
import dk.aarshjul.tenancy.domain.Role;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

@Component
class CamundaTenantProvisioning implements TenantProvisioning {

  static final String TASKLIST = "tasklist";
  static final String ANY = "*";
  static final String GROUP_TYPE_CONSULTATION_BODY = "consultation-body";

  private final IdentityService identity;
  private final CamundaAuthorizations authorizations;
  private final ApplicationEventPublisher events;
  private final ConsultationBodies bodies;

  CamundaTenantProvisioning(IdentityService identity, CamundaAuthorizations authorizations, ApplicationEventPublisher events,
      ConsultationBodies bodies) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.events = events;
    this.bodies = bodies;
  }

  @Override
  public void provisionTenant(Municipality municipality) {
    events.publishEvent(new MembershipsChanged("provisionTenant"));
    String tenantId = municipality.tenantId().value();
    Tenant tenant = identity.createTenantQuery().tenantId(tenantId).singleResult();
    // an existing tenant is renamed too, so installations that predate the official names get them
    if (tenant == null || !municipality.officialName().equals(tenant.getName())) {
      tenant = tenant == null ? identity.newTenant(tenantId) : tenant;
      tenant.setName(municipality.officialName());
      identity.saveTenant(tenant);
    }
    for (Role role : Role.values()) {
      String groupId = role.groupId(municipality.tenantId());
      ensureGroup(groupId, municipality.name() + " – " + role.danishName(), Groups.GROUP_TYPE_WORKFLOW);
      ensureTenantMembership(tenantId, groupId);
      grantTasklistAndProcesses(groupId, ProcessAccess.forRole(role));
    }
    authorizations.grantGroup(
        Role.PLANNER.groupId(municipality.tenantId()), Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
    for (ConsultationBody body : bodies.all()) {
      provisionBody(municipality, body);
    }
    ensureTenantMembership(tenantId, PlatformGroup.OPERATOR);
  }

  @Override
  public void provisionBody(Municipality municipality, ConsultationBody body) {
    events.publishEvent(new MembershipsChanged("provisionBody"));
    String groupId = body.groupId(municipality.tenantId());
    ensureGroup(groupId, municipality.name() + " – " + bodies.nameToday(body), GROUP_TYPE_CONSULTATION_BODY);
    ensureTenantMembership(municipality.tenantId().value(), groupId);
    grantTasklistAndProcesses(groupId, ProcessAccess.forConsultationBody());
  }

  @Override
  public Set<String> bodyGroups() {
    return identity.createGroupQuery().groupType(GROUP_TYPE_CONSULTATION_BODY).list().stream().map(Group::getId)
        .collect(Collectors.toSet());
  }

  @Override
  public void provisionCooperation(Cooperation cooperation) {
    events.publishEvent(new MembershipsChanged("provisionCooperation"));
    String tenantId = cooperation.tenantId().value();
    if (identity.createTenantQuery().tenantId(tenantId).singleResult() == null) {
      Tenant tenant = identity.newTenant(tenantId);
      tenant.setName(cooperation.name());
      identity.saveTenant(tenant);
    }
    for (TenantId member : cooperation.members()) {
      for (Role role : Role.values()) {
        ensureTenantMembership(tenantId, role.groupId(member));
      }
      for (ConsultationBody body : bodies.all()) {
        ensureTenantMembership(tenantId, body.groupId(member));
      }
    }
    ensureTenantMembership(tenantId, PlatformGroup.OPERATOR);
  }

  @Override
  public void provisionUser(Municipality municipality, NewUser newUser) {
    events.publishEvent(new MembershipsChanged("provisionUser"));
    if (identity.createUserQuery().userId(newUser.id()).singleResult() == null) {
      User user = identity.newUser(newUser.id());
      user.setFirstName(newUser.firstName());
      user.setLastName(newUser.lastName());
      user.setEmail(newUser.email());
      user.setPassword(newUser.password());
      identity.saveUser(user);
    }
    TenantId tenant = municipality.tenantId();
    newUser.roles().forEach(role -> ensureMembership(newUser.id(), role.groupId(tenant)));
    newUser.bodies().forEach(body -> ensureMembership(newUser.id(), body.groupId(tenant)));
  }

  void ensureGroup(String groupId, String name, String type) {
    if (identity.createGroupQuery().groupId(groupId).singleResult() == null) {
      Group group = identity.newGroup(groupId);
      group.setName(name);
      group.setType(type);
      identity.saveGroup(group);
    }
  }

  void ensureMembership(String userId, String groupId) {
    if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identity.createMembership(userId, groupId);
    }
  }

  private void ensureTenantMembership(String tenantId, String groupId) {
    if (identity.createGroupQuery().groupId(groupId).memberOfTenant(tenantId).count() == 0) {
      identity.createTenantGroupMembership(tenantId, groupId);
    }
  }

  private void grantTasklistAndProcesses(String groupId, Map<String, Permission[]> processes) {
    authorizations.grantGroup(groupId, Resources.APPLICATION, TASKLIST, ACCESS);
    processes.forEach(
        (processKey, permissions) ->
            authorizations.grantGroup(
                groupId, Resources.PROCESS_DEFINITION, processKey, permissions));
  }
}
