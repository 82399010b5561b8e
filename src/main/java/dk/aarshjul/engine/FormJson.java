package dk.aarshjul.engine;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;

/**
 * The values Camunda Forms read and send, through the application's ObjectMapper: written as JSON
 * variables for a form to show, and read back from a submission as plain Java.
 */
@Component
public class FormJson {

  private final ObjectMapper json;
  /** Numbers keep every digit the form sent, so the input rules see them as sent (1e-400 is not 0). */
  private final ObjectReader exact;
  /**
   * The application leaves null values out of its API's answers ({@code spring.jackson.default-property-inclusion});
   * a form's lists of maps keep every key, so a form reads an empty field where there was one.
   */
  private final ObjectWriter everyKey;

  /** @param json Spring's mapper */
  public FormJson(ObjectMapper json) {
    this.json = json;
    this.exact = json.readerFor(Object.class).with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    this.everyKey = json.copy().setDefaultPropertyInclusion(JsonInclude.Include.ALWAYS).writer();
  }

  /** A value a Camunda Form reads (lists and objects), as a Spin JSON variable. */
  public JsonValue forForm(Object value) {
    try {
      return SpinValues.jsonValue(everyKey.writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot write form data as JSON", e);
    }
  }

  /** What a form sends, with the task's or instance's existing variables behind it (null for none). */
  public FormSubmission submission(Map<String, Object> submitted, VariableScope scope) {
    return new FormSubmission(submitted, scope, this);
  }

  /** The values of a task being completed (its form's values are its variables by then), or of an instance. */
  public FormSubmission valuesOf(VariableScope scope) {
    return submission(Map.of(), scope);
  }

  /** A JSON text as plain Java (lists, maps, strings, booleans, exact numbers). */
  Object read(String text) throws JsonProcessingException {
    return exact.readValue(text);
  }

  /** The mapper itself, for reading the deployed forms' schemas. */
  ObjectMapper mapper() {
    return json;
  }
}
