package dk.aarshjul.planning.adapter.camunda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.shared.ValidationException;
import dk.aarshjul.testing.ProcessTestEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The start form's refusals name each field as the form labels it, so that the person finds the field meant. */
class StartCycleFormTest {

  final StartCycleForm form = new StartCycleForm(null);

  @Test
  void eachRefusalNamesTheFieldByItsLabelInTheForm() throws Exception {
    Map<String, String> labels = new HashMap<>();
    for (JsonNode component : new ObjectMapper().readTree(Files.readString(Path.of("forms/start-plan-cycle.form"))).path("components")) {
      labels.put(component.path("key").asText(), component.path("label").asText());
    }

    assertThat(refusal(Map.of())).containsExactly(error(labels, AnnualPlanCycle.Var.FIRST_YEAR));
    assertThat(refusal(Map.of(AnnualPlanCycle.Var.FIRST_YEAR, 2028, AnnualPlanCycle.Var.LAST_YEAR, 2027)))
        .containsExactly(error(labels, AnnualPlanCycle.Var.LAST_YEAR));
    assertThat(refusal(Map.of(AnnualPlanCycle.Var.FIRST_YEAR, 2028, AnnualPlanCycle.Var.PLAN_TITLE, "x".repeat(301))))
        .containsExactly(error(labels, AnnualPlanCycle.Var.PLAN_TITLE));
    assertThat(labels.get(AnnualPlanCycle.Var.FIRST_YEAR)).as("the refusal of a year that has a plan, in PlanService")
        .isEqualTo(dk.aarshjul.planning.application.PlanService.FIRST_YEAR_LABEL);
  }

  private List<String> refusal(Map<String, Object> values) {
    ValidationException refused = catchThrowableOfType(ValidationException.class,
        () -> form.values(ProcessTestEngine.FORM_JSON.submission(values, null)));
    assertThat(refused).as("refused: " + values).isNotNull();
    return refused.errors().stream().map(e -> e.field() + "=" + e.label()).toList();
  }

  private static String error(Map<String, String> labels, String field) {
    assertThat(labels).containsKey(field);
    return field + "=" + labels.get(field);
  }
}
