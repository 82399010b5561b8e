package dk.aarshjul.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API description at /api-docs (JSON) and /api-docs/ui.html. */
@Configuration
class OpenApiConfiguration {

  @Bean
  OpenAPI aarshjulApi() {
    return new OpenAPI()
        .info(new Info().title("Årshjul API").version("1")
            .description("Beskæftigelsesplaner, nationale mål og kommuner. Fejl er RFC 9457-problemer på dansk."))
        .components(new Components().addSecuritySchemes("basic",
            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
        .addSecurityItem(new SecurityRequirement().addList("basic"));
  }
}
