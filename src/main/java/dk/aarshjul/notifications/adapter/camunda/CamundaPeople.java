package dk.aarshjul.notifications.adapter.camunda;

import dk.aarshjul.notifications.application.People;
import dk.aarshjul.notifications.application.Person;
import dk.aarshjul.shared.TenantId;
import dk.aarshjul.tenancy.application.PersonNames;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** People from the engine's identity, read where no one is authenticated (jobs, the daily run). */
@Component
class CamundaPeople implements People {

  private final IdentityService identity;
  private final PersonNames names;

  CamundaPeople(IdentityService identity, PersonNames names) {
    this.identity = identity;
    this.names = names;
  }

  @Override
  public Optional<Person> find(String userId) {
    User user = identity.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      return Optional.empty();
    }
    // tenants made by hand in the engine, outside Årshjul's ids, own no task Årshjul mails about
    Set<TenantId> tenants = identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
        .map(Tenant::getId).map(TenantId::parse).flatMap(Optional::stream).collect(Collectors.toSet());
    return Optional.of(new Person(userId, names.displayName(userId), user.getEmail(), tenants));
  }

  @Override
  public List<String> membersOf(String groupId) {
    return identity.createUserQuery().memberOfGroup(groupId).list().stream().map(User::getId).toList();
  }
}
