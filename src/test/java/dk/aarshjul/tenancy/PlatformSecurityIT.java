package dk.aarshjul.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.testing.AarshjulIntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine runs with its checks on, and nobody of a municipality can switch them off for themselves. */
@AarshjulIntegrationTest
class PlatformSecurityIT {

  @Autowired ProcessEngine engine;
  @Autowired IdentityService identity;

  @Test
  void authorizationAndTenantChecksAreOn() {
    ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(config.isAuthorizationEnabled()).isTrue();
    assertThat(config.isTenantCheckEnabled()).isTrue();
    assertThat(config.getTenantIdProvider()).isNotNull();
  }

  @Test
  void objectVariablesAreBuiltOnlyOfAllowedTypes() {
    ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(config.isDeserializationTypeValidationEnabled()).isTrue();
    var runtime = engine.getRuntimeService();
    var instance = runtime.createProcessInstanceByKey("annualPlanCycle").processDefinitionWithoutTenantId()
        .setVariables(java.util.Map.of("tenantId", "taarnby", "firstYear", 2099)).execute();
    runtime.setVariable(instance.getId(), "attack", org.camunda.bpm.engine.variable.Variables
        .serializedObjectValue("\"http://example.com\"").objectTypeName("java.net.URL").serializationDataFormat("application/json").create());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> runtime.getVariable(instance.getId(), "attack"))
        .hasMessageContaining("java.net.URL");
    runtime.deleteProcessInstance(instance.getId(), "test");
  }

  @Test
  void noMunicipalUserIsACamundaAdministrator() {
    assertThat(identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).list())
        .extracting(u -> u.getId())
        .as("only the demo profile's own administrator")
        .containsExactly("admin");
    assertThat(identity.createUserQuery().memberOfGroup("taarnby-planner").list()).extracting(u -> u.getId())
        .containsExactly("taarnby.planner");
  }

  @Test
  void everyDemoMunicipalityIsATenantWithItsRoleGroups() {
    for (String tenant : new String[] {"taarnby", "ishoej", "vallensbaek", "broendby", "vordingborg"}) {
      assertThat(identity.createTenantQuery().tenantId(tenant).count()).as(tenant).isEqualTo(1);
      assertThat(identity.createGroupQuery().memberOfTenant(tenant).list()).extracting(g -> g.getId())
          .contains(tenant + "-planner", tenant + "-committee", tenant + "-secretariat",
              tenant + "-body-disability-council", "platform-operator");
      assertThat(identity.createTenantQuery().userMember(tenant + ".planner").includingGroupsOfUser(true).list())
          .extracting(t -> t.getId()).contains(tenant).allMatch(t -> t.equals(tenant) || t.equals("ishoej-vallensbaek"));
    }
  }
}
