package dk.aarshjul.planning.adapter.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.shared.PlanPeriod;
import dk.aarshjul.shared.ReportingPeriod;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The forms repeat limits the server keeps in the shared kernel, so that form-js refuses in the browser what
 * the server refuses anyway: the plan's years in the start form (against {@link PlanPeriod}) and the pattern
 * of a period in every version of the plan editor (against {@link ReportingPeriod}); Tasklist's
 * danish-forms.js knows that pattern's message by a part of it. A change on one side only fails here.
 */
class FormLimitsTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final Path FORMS = Path.of("forms");
  static final Path DANISH_FORMS = Path.of("src/main/resources/META-INF/resources/webjars/camunda/app/tasklist/aarshjul/danish-forms.js");

  @Test
  void theStartFormTakesTheYearsAPlanPeriodTakes() throws IOException {
    Map<String, JsonNode> fields = fields(FORMS.resolve("start-plan-cycle.form"));
    assertThat(fields).containsKeys("firstYear", "lastYear");
    for (String year : List.of("firstYear", "lastYear")) {
      JsonNode validate = fields.get(year).path("validate");
      assertThat(validate.path("min").asInt()).as(year + " at the earliest").isEqualTo(PlanPeriod.EARLIEST_YEAR);
      assertThat(validate.path("max").asInt()).as(year + " at the latest").isEqualTo(PlanPeriod.LATEST_YEAR);
    }
  }

  @Test
  void everyPeriodFieldOfEveryFormHasTheReportingPeriodsPattern() throws IOException {
    // form-js compiles the pattern as a JavaScript RegExp: the same expression, anchored, without (?: groups
    String expected = "^" + ReportingPeriod.REGEX.replace("(?:", "(").replace("\\d", "[0-9]") + "$";
    Map<String, String> patterns = new LinkedHashMap<>();
    try (Stream<Path> forms = Files.walk(FORMS)) {
      for (Path form : forms.filter(f -> f.toString().endsWith(".form")).sorted().toList()) {
        fields(form).forEach((key, field) -> {
          if (key.endsWith("Period")) {
            patterns.put(FORMS.relativize(form) + " " + key, field.path("validate").path("pattern").asText());
          }
        });
      }
    }
    assertThat(patterns).as("the plan editor's baseline and reference periods").containsKeys(
        "edit-plan.form baselinePeriod", "edit-plan.form referencePeriod");
    assertThat(patterns).allSatisfy((field, pattern) -> assertThat(pattern).as(field).isEqualTo(expected));
  }

  @Test
  void tasklistKnowsThePeriodPatternsMessageByAPartOfThePatternAndItsExamplesArePeriods() throws IOException {
    String script = Files.readString(DANISH_FORMS);
    Matcher part = Pattern.compile("const PERIOD_PATTERN_PART = '([^']+)';").matcher(script);
    assertThat(part.find()).as("danish-forms.js names the part of the period pattern it looks for").isTrue();
    assertThat(ReportingPeriod.REGEX).contains(part.group(1));

    Matcher hint = Pattern.compile("'Skriv et år \\((\\w+)\\), et kvartal \\((\\w+)\\) eller en måned \\((\\w+)\\)\\.'").matcher(script);
    assertThat(hint.find()).as("danish-forms.js's message for a period").isTrue();
    for (int example = 1; example <= 3; example++) {
      assertThat(ReportingPeriod.parse(hint.group(example))).as(hint.group(example)).isPresent();
    }
  }

  /** The form's fields by key, at any depth (dynamic lists and groups included). */
  private static Map<String, JsonNode> fields(Path form) throws IOException {
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    collect(JSON.readTree(form.toFile()), fields);
    return fields;
  }

  private static void collect(JsonNode node, Map<String, JsonNode> fields) {
    if (node.has("key") && node.path("key").isTextual()) {
      fields.put(node.path("key").asText(), node);
    }
    node.forEach(child -> collect(child, fields));
  }
}
