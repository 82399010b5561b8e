package dk.aarshjul.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.shared.FieldError;
import dk.aarshjul.shared.ValidationException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The fields a Camunda Form submits, read from its {@code .form} schema, and what type each may have. A
 * submission may carry exactly these (a REST client can send anything: another plan's id, a Java object),
 * each with the type its form control produces; anything else is refused before the engine stores it.
 */
final class FormFields {

  /** What a form control submits. */
  enum Kind {
    TEXT("en tekst"), NUMBER("et tal"), BOOLEAN("ja eller nej"), DATE("en dato"), LIST("en liste");

    private final String danish;

    Kind(String danish) {
      this.danish = danish;
    }
  }

  private static final Set<String> TEXT_CONTROLS = Set.of("textfield", "textarea", "radio", "select");
  private static final Set<String> LIST_CONTROLS = Set.of("checklist", "taglist", "dynamiclist");
  private static final Set<String> NUMERIC_TYPES = Set.of("integer", "long", "short", "double");

  /** A field as the form shows it. */
  record Field(Kind kind, String label) {}

  private final String formId;
  private final Map<String, Field> fields;

  private FormFields(String formId, Map<String, Field> fields) {
    this.formId = formId;
    this.fields = Map.copyOf(fields);
  }

  /** The form's id (its {@code id} property) and fields, from a {@code .form} file's JSON. */
  static FormFields parse(byte[] schema, ObjectMapper json) {
    try {
      JsonNode form = json.readTree(schema);
      Map<String, Field> fields = new LinkedHashMap<>();
      collect(form, fields);
      return new FormFields(form.path("id").asText(), fields);
    } catch (IOException e) {
      throw new IllegalArgumentException("Not a Camunda Form", e);
    }
  }

  private static void collect(JsonNode container, Map<String, Field> fields) {
    for (JsonNode component : container.path("components")) {
      String type = component.path("type").asText();
      String label = component.path("label").asText(null);
      if (LIST_CONTROLS.contains(type) || (type.equals("group") && component.hasNonNull("path"))) {
        String key = component.hasNonNull("path") ? component.path("path").asText() : component.path("key").asText();
        fields.put(key, new Field(Kind.LIST, label == null ? key : label));
      } else if (component.has("components")) {
        collect(component, fields);
      } else if (component.hasNonNull("key")) {
        String key = component.path("key").asText();
        fields.put(key, new Field(kindOf(type, component), label == null ? key : label));
      }
    }
  }

  private static Kind kindOf(String type, JsonNode component) {
    if (TEXT_CONTROLS.contains(type)) {
      return Kind.TEXT;
    }
    return switch (type) {
      case "number" -> Kind.NUMBER;
      case "checkbox" -> Kind.BOOLEAN;
      case "datetime" -> Kind.DATE;
      default -> throw new IllegalArgumentException("Form control '" + type + "' (" + component.path("key").asText()
          + ") has no server-side type; add it to FormFields");
    };
  }

  String formId() {
    return formId;
  }

  Map<String, Field> fields() {
    return fields;
  }

  /** Refuses fields the form does not have and values of a type its control cannot produce. */
  void check(VariableMap submitted) {
    List<FieldError> errors = new ArrayList<>();
    for (String name : submitted.keySet()) {
      Field field = fields.get(name);
      if (field == null) {
        errors.add(new FieldError(name, name, "feltet findes ikke i formularen og kan ikke sendes med"));
      } else if (!fits(field.kind(), submitted.getValueTyped(name))) {
        errors.add(new FieldError(name, field.label(), "skal være " + field.kind().danish));
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }

  private static boolean fits(Kind kind, TypedValue typed) {
    if (typed == null) {
      return true;
    }
    ValueType type = typed.getType();
    if (type == null) {
      return fitsUntyped(kind, typed.getValue());
    }
    // by type only: reading the value would parse JSON or build an object, which is the reader's job
    String name = type.getName();
    if (name.equals("null")) {
      return true;
    }
    return switch (kind) {
      case TEXT -> name.equals("string");
      case NUMBER -> NUMERIC_TYPES.contains(name);
      case BOOLEAN -> name.equals("boolean");
      case DATE -> name.equals("string") || name.equals("date");
      case LIST -> name.equals("json");
    };
  }

  private static boolean fitsUntyped(Kind kind, Object value) {
    if (value == null) {
      return true;
    }
    return switch (kind) {
      case TEXT -> value instanceof String;
      case NUMBER -> value instanceof Number;
      case BOOLEAN -> value instanceof Boolean;
      case DATE -> value instanceof String || value instanceof Date;
      case LIST -> value instanceof List || value instanceof Map;
    };
  }
}
