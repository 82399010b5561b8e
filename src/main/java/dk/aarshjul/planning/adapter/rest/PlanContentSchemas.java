package dk.aarshjul.planning.adapter.rest;

import dk.aarshjul.indicators.domain.Unit;
import dk.aarshjul.goals.domain.Bound;
import dk.aarshjul.goals.domain.GoalField;
import dk.aarshjul.goals.domain.GoalKind;
import dk.aarshjul.goals.domain.GoalKinds;
import dk.aarshjul.goals.domain.kinds.DirectionOnly;
import dk.aarshjul.goals.domain.kinds.RelativeToBenchmark;
import dk.aarshjul.indicators.domain.Ranking;
import dk.aarshjul.goals.domain.TargetGroup;
import dk.aarshjul.shared.Codes;
import dk.aarshjul.shared.ReportingPeriod;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.DateSchema;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A plan's content as typed schemas for /api-docs: focus areas, and goals with one schema per kind and a
 * discriminator on {@code kind}, so a client generator gets typed models. The API reads content as
 * {@link dk.aarshjul.planning.domain.PlanContentReader} does; {@code PlanContentSchemasTest} reads and
 * writes a goal of every kind from these schemas, so they cannot drift from what the API accepts.
 */
final class PlanContentSchemas {

  static final String FOCUS_AREA = "FocusArea";
  static final String GOAL = "Goal";
  static final String TARGET_GROUP = "TargetGroup";
  static final String BOUND = "Bound";
  static final String BETTER = "Better";
  static final String DIRECTION = "Direction";
  static final String COMPARISON = "Comparison";
  static final String PERIOD_TYPE = "PeriodType";
  static final String UNIT = "Unit";
  static final String BENCHMARK = "Benchmark";
  static final String PERIOD = "ReportingPeriod";

  /** The code lists the description names once and refers to. */
  private static final Map<Class<?>, String> CODE_SCHEMAS = Map.of(Bound.class, BOUND, Ranking.Better.class, BETTER,
      DirectionOnly.Direction.class, DIRECTION, RelativeToBenchmark.Comparison.class, COMPARISON,
      ReportingPeriod.Type.class, PERIOD_TYPE, TargetGroup.class, TARGET_GROUP);

  /** A field of a goal: its schema, and whether the API refuses a goal of the kind without it. */
  record Field(String name, Schema<?> schema, boolean required) {}

  private PlanContentSchemas() {}

  /** The fields every goal has, whatever its kind; a baseline is read for every kind that gives one. */
  static List<Field> common(GoalKind kind) {
    boolean baselineNeeded = kind.baseline().needed();
    return List.of(
        new Field("kind", new StringSchema()._enum(List.of(kind.code())).description(kind.danishName()), true),
        new Field("text", new StringSchema().maxLength(1000).description("Målsætningen, som planen skriver den"), true),
        new Field("indicatorCode", new StringSchema().description("En indikator fra indikatorkataloget"), true),
        new Field("unit", ref(UNIT).readOnly(true).description("Indikatorens enhed; sættes af Årshjul"), false),
        new Field("targetGroup", ref(TARGET_GROUP), true),
        new Field("baselineValue", number("Udgangspunkt; udfyldes fra de officielle tal, hvis det mangler og indikatoren har en kilde"), false),
        new Field("baselinePeriod", ref(PERIOD).description(
            "Udgangspunktets periode; skal angives for et udgangspunkt, også hvor måltypen ikke kræver et"), baselineNeeded),
        new Field("deadline", new DateSchema().description("Frist, inden for planperioden"), true),
        new Field("nationalGoals", new ArraySchema().items(new IntegerSchema().minimum(java.math.BigDecimal.ONE))
            .description("Numrene på de nationale mål, målet tjener"), false),
        new Field("benchmarks", new ArraySchema().items(ref(BENCHMARK)).description("Hvad målet sammenlignes med i rapporterne"), false));
  }

  /** What each kind needs besides the common fields, from the kind's own fields. */
  static Map<GoalKind, List<Field>> kindFields() {
    Map<GoalKind, List<Field>> fields = new LinkedHashMap<>();
    GoalKinds.ALL.forEach(kind -> fields.put(kind, kind.fields().stream()
        .map(field -> new Field(field.name(), schema(field), field.required())).toList()));
    return fields;
  }

  private static Schema<?> schema(GoalField field) {
    String description = field.hint() == null ? field.label() : field.hint();
    return switch (field.type()) {
      case NUMBER -> number(description);
      case WHOLE_NUMBER -> new IntegerSchema().minimum(java.math.BigDecimal.ONE).description(description);
      case TEXT -> field.pattern() == null ? new StringSchema().maxLength(field.maxLength()).description(description)
          : new StringSchema().pattern(field.pattern()).description(description);
      case CODE -> CODE_SCHEMAS.containsKey(field.codes()) ? ref(CODE_SCHEMAS.get(field.codes()))
          : codes((Enum<?>[]) field.codes().getEnumConstants(), description);
      case PERIOD -> ref(PERIOD).description(description);
      case BENCHMARK -> ref(BENCHMARK);
    };
  }

  /** "absolute-level" → "AbsoluteLevelGoal". */
  static String schemaName(GoalKind kind) {
    StringBuilder name = new StringBuilder();
    for (String part : kind.code().split("-")) {
      name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return name.append("Goal").toString();
  }

  /** Adds the schemas to the description's components. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  static void addTo(OpenAPI api) {
    var components = api.getComponents();
    components.addSchemas(TARGET_GROUP, new StringSchema().pattern("^[a-z0-9]+(-[a-z0-9]+)*$").example("sickness-benefit")
        .description("Målgruppe: en kode fra /api/reference/target-groups, der gælder i planens periode"));
    components.addSchemas(BOUND, codes(Bound.values(), "Mindst (at-least) eller højst (at-most)"));
    components.addSchemas(BETTER, codes(Ranking.Better.values(), "Om lavere eller højere er bedst"));
    components.addSchemas(DIRECTION, codes(DirectionOnly.Direction.values(), "Retning"));
    components.addSchemas(COMPARISON, codes(RelativeToBenchmark.Comparison.values(), "Under, over eller på niveau med"));
    components.addSchemas(PERIOD_TYPE, codes(ReportingPeriod.Type.values(), "Pr. år, kvartal eller måned"));
    components.addSchemas(UNIT, codes(Unit.values(), "Enhed"));
    components.addSchemas(BENCHMARK, new StringSchema()
        .pattern("^(country|region:08[1-5]|municipality:[1-9]\\d{2})$").example("region:084")
        .description("Hele landet (country), en region (region:084) eller en kommune (municipality:153), med Danmarks Statistiks koder"));
    components.addSchemas(PERIOD, new StringSchema()
        .pattern("^" + ReportingPeriod.REGEX + "$").example("2025Q3").description("Et år (2025), et kvartal (2025Q3) eller en måned (2025M07)"));

    Discriminator discriminator = new Discriminator().propertyName("kind");
    List<Schema> oneOf = new ArrayList<>();
    kindFields().forEach((kind, own) -> {
      ObjectSchema goal = new ObjectSchema();
      goal.description(kind.danishName());
      List<String> required = new ArrayList<>();
      Stream.concat(common(kind).stream(), own.stream()).forEach(field -> {
        goal.addProperty(field.name(), field.schema());
        if (field.required()) {
          required.add(field.name());
        }
      });
      goal.required(required);
      components.addSchemas(schemaName(kind), goal);
      discriminator.mapping(kind.code(), "#/components/schemas/" + schemaName(kind));
      oneOf.add(ref(schemaName(kind)));
    });
    components.addSchemas(GOAL, new ComposedSchema().oneOf(oneOf).discriminator(discriminator)
        .description("Et mål; felterne afhænger af måltypen (kind)"));

    Map<String, Schema> area = new LinkedHashMap<>();
    area.put("title", new StringSchema().maxLength(200).description("Fokusområdets titel"));
    area.put("description", new StringSchema().maxLength(4000));
    area.put("targetGroups", new ArraySchema().items(ref(TARGET_GROUP)).minItems(1));
    area.put("pejlemaerker", new ArraySchema().items(new StringSchema().maxLength(1000)).maxItems(50)
        .description("Pejlemærker; en tekst med ét pr. linje læses også"));
    area.put("goals", new ArraySchema().items(ref(GOAL)).minItems(1).maxItems(50));
    components.addSchemas(FOCUS_AREA, new ObjectSchema().properties(area).required(List.of("title", "targetGroups", "goals"))
        .description("Et fokusområde med sine mål"));
  }

  private static Schema<?> ref(String name) {
    return new Schema<>().$ref("#/components/schemas/" + name);
  }

  private static Schema<?> number(String description) {
    return new NumberSchema().description(description + "; et tal, også som tekst med decimalkomma (\"11,4\")");
  }

  private static Schema<?> codes(Enum<?>[] values, String description) {
    return new StringSchema()._enum(Arrays.stream(values).map(Codes::of).toList()).description(description);
  }
}
