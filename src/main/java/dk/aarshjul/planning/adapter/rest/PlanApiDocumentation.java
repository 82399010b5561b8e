package dk.aarshjul.planning.adapter.rest;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plan API's typed content in /api-docs (see {@link PlanContentSchemas}). */
@Configuration
class PlanApiDocumentation {

  @Bean
  OpenApiCustomizer planContentSchemas() {
    return PlanContentSchemas::addTo;
  }
}
