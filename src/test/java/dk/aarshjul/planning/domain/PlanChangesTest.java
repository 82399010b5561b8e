package dk.aarshjul.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.testing.Catalogues;
import dk.aarshjul.testing.ExamplePlanFiles;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanChangesTest {

  @Test
  void aChangedIndicatorIsNamedAsPeopleKnowIt() {
    String example = "taarnby-2019-2023";
    PlanContent before = ExamplePlanFiles.content(example);
    Map<String, Object> raw = ExamplePlanFiles.raw(example);
    firstGoal(raw).put("indicatorCode", "pct-arbejdsstyrken-kontanthjaelp");
    PlanContent after = new PlanContentReader(ExamplePlanFiles.context(example)).read(raw.get("focusAreas"));

    List<PlanChanges.Change> changes = PlanChanges.between(before, after, Catalogues.INDICATORS::name);

    assertThat(changes).singleElement().extracting(PlanChanges.Change::what).isEqualTo(
        "indikator Uddannelseshjælpsmodtagere i pct. af arbejdsstyrken → Kontanthjælpsmodtagere i pct. af arbejdsstyrken");
    assertThat(PlanChanges.between(before, after)).singleElement().extracting(PlanChanges.Change::what)
        .isEqualTo("indikator pct-arbejdsstyrken-uddannelseshjaelp → pct-arbejdsstyrken-kontanthjaelp");
  }

  @Test
  void anIndicatorMissingFromTheCatalogueKeepsItsCode() {
    assertThat(Catalogues.INDICATORS.name("fjernet-indikator")).isEqualTo("fjernet-indikator");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> firstGoal(Map<String, Object> raw) {
    var areas = (List<Map<String, Object>>) raw.get("focusAreas");
    return ((List<Map<String, Object>>) areas.get(0).get("goals")).get(0);
  }
}
