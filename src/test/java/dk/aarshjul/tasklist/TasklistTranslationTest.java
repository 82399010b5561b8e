package dk.aarshjul.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Our Danish Tasklist has every text Camunda's English one has, with the same placeholders. */
class TasklistTranslationTest {

  static final String LOCALES = "META-INF/resources/webjars/camunda/app/tasklist/locales/";
  static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}\\s]+)\\s*}}");

  @Test
  void everyEnglishTextHasADanishOneWithTheSamePlaceholders() throws Exception {
    JsonNode english = read("en.json");
    JsonNode danish = read("da.json");

    assertThat(fieldNames(danish.path("labels"))).as("after a Camunda upgrade, translate the new keys")
        .containsExactlyInAnyOrderElementsOf(fieldNames(english.path("labels")));
    english.path("labels").fields().forEachRemaining(entry -> assertThat(placeholders(danish.path("labels").path(entry.getKey()).asText()))
        .as(entry.getKey()).isEqualTo(placeholders(entry.getValue().asText())));
    assertThat(danish.path("labels").path("COMPLETE").asText()).isEqualTo("Afslut");
    assertThat(danish.path("dateLocales").path("months").get(0).asText()).isEqualTo("januar");
    assertThat(danish.path("dateLocales").path("weekdays")).hasSize(7);
  }

  private static JsonNode read(String file) throws Exception {
    try (InputStream in = TasklistTranslationTest.class.getClassLoader().getResourceAsStream(LOCALES + file)) {
      assertThat(in).as(file).isNotNull();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
      return new ObjectMapper().readTree(text);
    }
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> placeholders(String text) {
    return PLACEHOLDER.matcher(text).results().map(m -> m.group(1)).sorted().toList();
  }
}
