package dk.aarshjul.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.junit.jupiter.api.Test;

class GroupAuthorizationsTest {

  @Test
  void aCallersFewGroupsGoIntoTheCheckAsTheyAreWithoutAQueryFirst() {
    // no command context: Camunda's own filtering would fail here on its query of every authorized group
    List<String> groups = new GroupAuthorizations().filterAuthenticatedGroupIds(
        Arrays.asList("taarnby-planner", null, "ishoej-vallensbaek-planner", "taarnby-planner"));

    assertThat(groups).containsExactly("taarnby-planner", "ishoej-vallensbaek-planner");
    assertThat(new GroupAuthorizations().filterAuthenticatedGroupIds(List.of())).isEmpty();
  }

  @Test
  void thePluginHasTheEngineUseIt() {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();

    new AarshjulEnginePlugin(null, tenant -> true, new FormJson(new com.fasterxml.jackson.databind.ObjectMapper())).preInit(configuration);

    assertThat(configuration.getCustomSessionFactories()).anySatisfy(factory -> {
      assertThat(factory.getSessionType()).isEqualTo(AuthorizationManager.class);
      assertThat(factory.openSession()).isInstanceOf(GroupAuthorizations.class);
    });
  }
}
