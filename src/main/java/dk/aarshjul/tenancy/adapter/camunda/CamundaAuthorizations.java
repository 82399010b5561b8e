package dk.aarshjul.tenancy.adapter.camunda;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/** Grants permissions idempotently: an existing grant is extended, never duplicated. */
@Component
class CamundaAuthorizations {

  private final AuthorizationService authorizations;

  CamundaAuthorizations(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  void grantGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization grant =
        authorizations
            .createAuthorizationQuery()
            .authorizationType(Authorization.AUTH_TYPE_GRANT)
            .groupIdIn(groupId)
            .resourceType(resource)
            .resourceId(resourceId)
            .singleResult();
    if (grant == null) {
      grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setGroupId(groupId);
      grant.setResource(resource);
      grant.setResourceId(resourceId);
    }
    save(grant, permissions);
  }

  /** A grant to every user, e.g. to read a shared Tasklist filter. */
  void grantEveryone(Resource resource, String resourceId, Permission... permissions) {
    Authorization global =
        authorizations
            .createAuthorizationQuery()
            .authorizationType(Authorization.AUTH_TYPE_GLOBAL)
            .resourceType(resource)
            .resourceId(resourceId)
            .singleResult();
    if (global == null) {
      global = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
      global.setResource(resource);
      global.setResourceId(resourceId);
    }
    save(global, permissions);
  }

  private void save(Authorization authorization, Permission... permissions) {
    boolean changed = authorization.getId() == null;
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizations.saveAuthorization(authorization);
    }
  }
}
