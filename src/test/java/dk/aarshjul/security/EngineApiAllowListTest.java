package dk.aarshjul.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.aarshjul.security.EngineApiAllowList.Rule;
import dk.aarshjul.security.EngineApiAllowList.Surface;
import dk.aarshjul.security.EngineApiAllowList.Who;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EngineApiAllowListTest {

  static final EngineApiAllowList LIST = EngineApiAllowList.fromClasspath();

  @Test
  void theTableOnTheClasspathIsTheOneInDocs() throws Exception {
    byte[] docs = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("docs/engine-api-allow-list.md"));
    assertThat(EngineApiAllowList.parse(new ByteArrayInputStream(docs)).rules()).isEqualTo(LIST.rules());
  }

  @Test
  void staffSubmitTheirTasksFormButCannotCompleteItWithoutTheForm() {
    Rule submit = LIST.find(Surface.ENGINE, "POST", "/task/abc/submit-form").orElseThrow();
    assertThat(submit.who()).isEqualTo(Who.STAFF);
    assertThat(submit.resource()).isEqualTo("task");
    assertThat(submit.resourceId("/task/abc/submit-form")).isEqualTo("abc");
    assertThat(LIST.find(Surface.ENGINE, "POST", "/task/abc/complete")).map(Rule::who).contains(Who.OPERATOR);
  }

  @Test
  void theMostSpecificRowWins() {
    assertThat(LIST.find(Surface.ENGINE, "GET", "/process-definition/statistics")).map(Rule::who).contains(Who.OPERATOR);
    assertThat(LIST.find(Surface.ENGINE, "GET", "/process-definition/annualPlanCycle:1:x")).map(Rule::who).contains(Who.STAFF);
  }

  @Test
  void whatTheTableDoesNotNameHasNoRowAndIsTheOperatorsByDefault() {
    assertThat(LIST.find(Surface.ENGINE, "GET", "/case-instance")).isEqualTo(Optional.empty());
    assertThat(LIST.find(Surface.ENGINE, "DELETE", "/task/abc/comment/xyz")).isEqualTo(Optional.empty());
  }

  @Test
  void theSetupPageIsNobodys() {
    assertThat(LIST.find(Surface.WEBAPP, "POST", "/api/admin/setup/default/user/create")).map(Rule::who).contains(Who.NOBODY);
  }

  @Test
  void claimingIsOnlyForOneself() {
    assertThat(LIST.find(Surface.ENGINE, "POST", "/task/abc/claim")).map(Rule::self).contains(true);
    assertThat(LIST.find(Surface.ENGINE, "PUT", "/user/taarnby.planner/credentials").orElseThrow().resourceId(
        "/user/taarnby.planner/credentials")).isEqualTo("taarnby.planner");
  }

  @Test
  void aBrokenRowStopsTheStart() {
    String table = "| engine | GET | `/task` |\n";
    assertThatThrownBy(() -> EngineApiAllowList.parse(new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("five columns");
    String who = "| engine | GET | `/task` | everybody | | |\n";
    assertThatThrownBy(() -> EngineApiAllowList.parse(new ByteArrayInputStream(who.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
