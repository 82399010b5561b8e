package dk.aarshjul.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.testing.ExamplePlanFiles;
import dk.aarshjul.testing.ProcessTestEngine;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;

class FormJsonTest {

  /** Made as the application's ObjectMapper is, which leaves null values out of the API's answers. */
  private final FormJson json = ProcessTestEngine.FORM_JSON;

  @Test
  void aFormReadsEveryKeyOfItsListsOfMapsAlsoAnEmptyOne() {
    Map<String, Object> goal = new LinkedHashMap<>();
    goal.put("ref", "1.1");
    goal.put("comment", null);
    goal.put("value", new BigDecimal("11.40"));
    goal.put("lines", Arrays.asList("a", null));

    assertThat(json.forForm(List.of(goal)).getValueSerialized())
        .isEqualTo("[{\"ref\":\"1.1\",\"comment\":null,\"value\":11.40,\"lines\":[\"a\",null]}]");
  }

  @Test
  void aPlanIsWrittenForItsFormAsAPlainMapperWroteIt() throws Exception {
    Object focusAreas = ExamplePlanFiles.raw("vallensbaek-2017").get("focusAreas");

    assertThat(json.forForm(focusAreas).getValueSerialized())
        .isEqualTo(new ObjectMapper().findAndRegisterModules().writeValueAsString(focusAreas));
  }

  @Test
  void aSubmittedNumberKeepsEveryDigitItWasSentWith() {
    VariableMap submitted = Variables.createVariables()
        .putValueTyped("goals", SpinValues.jsonValue("[{\"baselineValue\": 1e-400, \"targetValue\": 11.40}]").create());

    assertThat(json.submission(submitted, null).value("goals"))
        .isEqualTo(List.of(Map.of("baselineValue", new BigDecimal("1e-400"), "targetValue", new BigDecimal("11.40"))));
  }

  @Test
  void aJsonVariableIsReadAsPlainJava() {
    VariableMap variables = Variables.createVariables().putValue("bodies", Spin.JSON("[\"handicapraad\"]"));
    assertThat(json.submission(variables, null).value("bodies")).isEqualTo(List.of("handicapraad"));
  }
}
