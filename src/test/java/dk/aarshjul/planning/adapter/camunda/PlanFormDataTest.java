package dk.aarshjul.planning.adapter.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.goals.domain.Benchmark;
import dk.aarshjul.planning.domain.PlanContent;
import dk.aarshjul.testing.Catalogues;
import dk.aarshjul.testing.ExamplePlanFiles;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanFormDataTest {

  @Test
  void readOnlyViewsNameEachGoalsIndicatorInDanish() {
    PlanContent taarnby = ExamplePlanFiles.content("taarnby-2019-2023");

    List<Map<String, Object>> areas = PlanFormData.focusAreas(taarnby, Benchmark::toString, Catalogues.INDICATORS::name,
        group -> new dk.aarshjul.goals.application.ReferenceTargetGroups(Catalogues.reference())
            .nameOf(group, new dk.aarshjul.shared.PlanPeriod(2019, 2023)));

    @SuppressWarnings("unchecked")
    Map<String, Object> firstGoal = ((List<Map<String, Object>>) areas.get(0).get("goals")).get(0);
    assertThat(firstGoal).containsEntry("indicatorCode", "pct-arbejdsstyrken-uddannelseshjaelp")
        .containsEntry("indicatorName", "Uddannelseshjælpsmodtagere i pct. af arbejdsstyrken");
  }
}
