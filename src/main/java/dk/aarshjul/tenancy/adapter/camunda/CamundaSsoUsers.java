package dk.aarshjul.tenancy.adapter.camunda;

import dk.aarshjul.security.AarshjulUser;
import dk.aarshjul.security.SsoPerson;
import dk.aarshjul.security.SsoPerson.RoleClaim;
import dk.aarshjul.security.SsoUsers;
import dk.aarshjul.tenancy.application.ConsultationBodies;
import dk.aarshjul.tenancy.domain.ConsultationBody;
import dk.aarshjul.tenancy.domain.StaffGroups;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The engine's users for single sign-on. Tenants come with the groups (each municipality's groups are
 * members of its tenant and of its cooperations' tenants), so keeping the memberships of Årshjul's groups
 * right keeps candidate groups and the tenant check right. Groups not given by role are left alone.
 */
@Component
class CamundaSsoUsers implements SsoUsers {

  private static final Logger log = LoggerFactory.getLogger(CamundaSsoUsers.class);

  private final IdentityService identity;
  private final CamundaTenantProvisioning provisioning;
  private final ConsultationBodies bodies;

  CamundaSsoUsers(IdentityService identity, CamundaTenantProvisioning provisioning, ConsultationBodies bodies) {
    this.identity = identity;
    this.provisioning = provisioning;
    this.bodies = bodies;
  }

  @Override
  @Transactional
  public AarshjulUser signIn(SsoPerson person) {
    Set<String> groups = groupsOf(person);
    User user = identity.createUserQuery().userId(person.userId()).singleResult();
    if (user == null && groups.isEmpty()) {
      return new AarshjulUser(person.userId(), Set.of(), Set.of());
    }
    if (user == null) {
      user = identity.newUser(person.userId());
    }
    if (!Objects.equals(user.getFirstName(), person.firstName()) || !Objects.equals(user.getLastName(), person.lastName())
        || !Objects.equals(user.getEmail(), person.email())) {
      user.setFirstName(person.firstName());
      user.setLastName(person.lastName());
      user.setEmail(person.email());
      identity.saveUser(user);
    }
    Set<String> current = identity.createGroupQuery().groupMember(person.userId()).list().stream().map(Group::getId)
        .collect(Collectors.toSet());
    List<ConsultationBody> known = bodies.all();
    for (String groupId : current) {
      if (StaffGroups.isStaffGroup(groupId, known) && !groups.contains(groupId)) {
        identity.deleteMembership(person.userId(), groupId);
      }
    }
    groups.stream().filter(g -> !current.contains(g)).forEach(g -> provisioning.ensureMembership(person.userId(), g));
    log.info("Single sign-on of {}: groups {}", person.userId(), groups);
    return new AarshjulUser(person.userId(), groupsOfUser(person.userId()), tenantsOfUser(person.userId()));
  }

  @Override
  public AarshjulUser lookUp(SsoPerson person) {
    Set<String> groups = new HashSet<>(groupsOf(person));
    // groups given by hand in Admin (not by role) count as at a login
    List<ConsultationBody> known = bodies.all();
    groupsOfUser(person.userId()).stream().filter(g -> !StaffGroups.isStaffGroup(g, known)).forEach(groups::add);
    Set<String> tenants = new HashSet<>();
    for (String groupId : groups) {
      identity.createTenantQuery().groupMember(groupId).list().forEach(tenant -> tenants.add(tenant.getId()));
    }
    return new AarshjulUser(person.userId(), groups, tenants);
  }

  /** The existing groups the person's roles give; a role of a municipality not onboarded gives none. */
  private Set<String> groupsOf(SsoPerson person) {
    List<ConsultationBody> known = bodies.all();
    List<String> wanted = person.roles().stream().map(role -> groupOf(role, known)).flatMap(Optional::stream).distinct().toList();
    if (wanted.isEmpty()) {
      return Set.of();
    }
    Set<String> existing = identity.createGroupQuery().groupIdIn(wanted.toArray(String[]::new)).list().stream()
        .map(Group::getId).collect(Collectors.toSet());
    if (existing.size() < wanted.size()) {
      log.info("Roles of {} that give no group in Årshjul: {}", person.userId(),
          wanted.stream().filter(g -> !existing.contains(g)).toList());
    }
    return existing;
  }

  private static Optional<String> groupOf(RoleClaim role, List<ConsultationBody> bodies) {
    return role.onPlatform() ? StaffGroups.ofPlatformRole(role.role())
        : StaffGroups.ofMunicipalityRole(role.tenant(), role.role(), bodies);
  }

  private Set<String> groupsOfUser(String userId) {
    return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).collect(Collectors.toSet());
  }

  private Set<String> tenantsOfUser(String userId) {
    return identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
        .map(Tenant::getId).collect(Collectors.toSet());
  }
}
