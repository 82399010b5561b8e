package dk.aarshjul.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API description at /api-docs (JSON) and /api-docs/ui.html, with the problems every error is. */
@Configuration
class OpenApiConfiguration {

  static final String PROBLEM = "Problem";
  static final String FIELD_ERROR = "FieldError";

  @Bean
  OpenAPI aarshjulApi() {
    return new OpenAPI()
        .info(new Info().title("Årshjul API").version("1")
            .description("Beskæftigelsesplaner, nationale mål og kommuner. Fejl er RFC 9457-problemer på dansk."))
        .components(new Components().addSecuritySchemes("basic",
            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
        .addSecurityItem(new SecurityRequirement().addList("basic"));
  }

  /**
   * Every operation of the API names the problems it answers with ({@code application/problem+json}):
   * bad input (400), no login (401), a role without access (403, for changes), something missing or
   * another municipality's (404, where the path names a thing), and a plan not in the state for it (409).
   */
  @Bean
  OpenApiCustomizer problemResponses() {
    return api -> {
      api.getComponents().addSchemas(FIELD_ERROR, fieldError()).addSchemas(PROBLEM, problem());
      api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
          addProblems(path, method, operation)));
    };
  }

  private static void addProblems(String path, PathItem.HttpMethod method, Operation operation) {
    if (operation.getResponses() == null) {
      operation.setResponses(new ApiResponses());
    }
    boolean changes = method != PathItem.HttpMethod.GET;
    Map<String, String> problems = new java.util.LinkedHashMap<>();
    problems.put("400", "Ugyldige oplysninger: hvert forkert felt er nævnt i errors (field, label, message)");
    problems.put("401", Problems.detail(401));
    if (changes) {
      problems.put("403", Problems.detail(403));
    }
    if (path.contains("{")) {
      problems.put("404", "Findes ikke, eller hører til en anden kommune");
    }
    if (changes && path.startsWith("/api/plans/{")) {
      problems.put("409", "Planen er ikke i den tilstand, handlingen kræver");
    }
    problems.forEach((status, description) -> {
      if (!operation.getResponses().containsKey(status)) {
        operation.getResponses().addApiResponse(status, new ApiResponse().description(description)
            .content(new Content().addMediaType(Problems.PROBLEM_JSON.toString(),
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
      }
    });
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static Schema<?> problem() {
    Schema<?> schema = new ObjectSchema()
        .description("Et RFC 9457-problem på dansk")
        .addProperty("type", new StringSchema().format("uri"))
        .addProperty("title", new StringSchema().description("Fx \"Ugyldige oplysninger\""))
        .addProperty("status", new IntegerSchema())
        .addProperty("detail", new StringSchema().description("Hvad der er galt, på dansk"))
        .addProperty("instance", new StringSchema().format("uri"))
        .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/" + FIELD_ERROR))
            .description("Ved 400: hvert forkert felt"));
    ((Schema) schema).required(List.of("title", "status"));
    return schema;
  }

  private static Schema<?> fieldError() {
    return new ObjectSchema()
        .description("Et forkert felt")
        .addProperty("field", new StringSchema().description("Feltets sti i forespørgslen, fx focusAreas[0].goals[1].targetValue"))
        .addProperty("label", new StringSchema().description("Feltet, som brugeren kender det, fx \"Fokusområde 1, mål 2, Målværdi\""))
        .addProperty("message", new StringSchema().description("Hvad der er galt, på dansk"))
        .required(List.of("field", "label", "message"));
  }
}
