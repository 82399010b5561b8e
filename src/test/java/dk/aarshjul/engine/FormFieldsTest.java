package dk.aarshjul.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.shared.ValidationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;

class FormFieldsTest {

  static FormFields form(String file) throws Exception {
    return FormFields.parse(Files.readAllBytes(Path.of("forms", file)), new ObjectMapper());
  }

  @Test
  void everyFormOfTheCycleHasServerSideTypesForAllItsControls() throws Exception {
    // the current forms and those kept with earlier versions of the cycle (forms/versions/<tag>/)
    try (var files = Files.walk(Path.of("forms"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
        FormFields fields = FormFields.parse(Files.readAllBytes(file), new ObjectMapper());
        assertThat(fields.formId()).as(file.toString()).isNotBlank();
        assertThat(fields.fields()).as(file.toString()).isNotEmpty();
      }
    }
  }

  @Test
  void theDraftFormSubmitsItsFocusAreasAsOneList() throws Exception {
    FormFields draft = form("edit-plan.form");
    assertThat(draft.fields()).containsOnlyKeys("focusAreas");
    assertThat(draft.fields().get("focusAreas").kind()).isEqualTo(FormFields.Kind.LIST);
  }

  @Test
  void theStartFormTakesItsYearsAndTitleAndNothingElse() throws Exception {
    FormFields start = form("start-plan-cycle.form");
    assertThatCode(() -> start.check(Variables.createVariables().putValue("firstYear", 2027).putValue("lastYear", 2028)
        .putValue("planTitle", "Plan"))).doesNotThrowAnyException();
    assertThatThrownBy(() -> start.check(Variables.createVariables().putValue("firstYear", 2027).putValue("planId", "x")))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).errors()).extracting(f -> f.field()).containsExactly("planId"));
    assertThatThrownBy(() -> start.check(Variables.createVariables().putValue("firstYear", "2027")))
        .hasMessageContaining("Planens første år: skal være et tal");
    assertThatThrownBy(() -> start.check(Variables.createVariables().putValue("firstYear",
        Variables.serializedObjectValue("{}").objectTypeName("java.net.URL").serializationDataFormat("application/json").create())))
        .hasMessageContaining("skal være et tal");
  }

  @Test
  void listsComeAsJsonAndTextsAsText() throws Exception {
    FormFields request = form("request-consultation.form");
    assertThatCode(() -> request.check(Variables.createVariables()
        .putValue("consultationBodies", SpinValues.jsonValue("[\"disability-council\"]").create())
        .putValue("consultationDeadline", "2027-05-01"))).doesNotThrowAnyException();
    assertThatCode(() -> request.check(Variables.createVariables().putValue("consultationBodies", List.of("disability-council"))))
        .as("a REST client's untyped list").doesNotThrowAnyException();
    assertThatThrownBy(() -> request.check(Variables.createVariables().putValue("consultationBodies", "disability-council")))
        .hasMessageContaining("skal være en liste");
    assertThatThrownBy(() -> request.check(Variables.createVariables().putValue("consultationDeadline", 20270501)))
        .hasMessageContaining("skal være en dato");
  }
}
