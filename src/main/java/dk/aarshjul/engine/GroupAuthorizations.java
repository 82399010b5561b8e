package dk.aarshjul.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * The engine's authorization checks without the query that comes before each of them. Before every check,
 * Camunda 7 reads the id of every group that has any authorization ({@code select distinct GROUP_ID_ from
 * ACT_RU_AUTHORIZATION}, a full read of the table) to leave out of the check the caller's groups that have none.
 * With the 98 municipalities' groups that one statement took 40 % of PostgreSQL's time under the load
 * benchmark (issue 14; Camunda's issue 5485). Årshjul's callers are members of a few groups, so their groups
 * go into the check as they are: a group without authorizations matches no row there, which is what leaving
 * it out achieves. Callers of many groups (more than {@link #FEW_GROUPS}) still get Camunda's way, which keeps
 * the check's list of groups short. Operaton and CIB seven offer the same as a setting.
 */
final class GroupAuthorizations extends AuthorizationManager {

  static final int FEW_GROUPS = 50;

  @Override
  public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
    if (authenticatedGroupIds == null || authenticatedGroupIds.size() > FEW_GROUPS) {
      return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
    }
    return new ArrayList<>(new LinkedHashSet<>(authenticatedGroupIds.stream().filter(Objects::nonNull).toList()));
  }

  /** Makes the engine use {@link GroupAuthorizations} wherever it asks for its {@link AuthorizationManager}. */
  static final class Factory implements SessionFactory {

    @Override
    public Class<?> getSessionType() {
      return AuthorizationManager.class;
    }

    @Override
    public Session openSession() {
      return new GroupAuthorizations();
    }
  }
}
