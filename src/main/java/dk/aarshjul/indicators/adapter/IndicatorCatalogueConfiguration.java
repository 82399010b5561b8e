package dk.aarshjul.indicators.adapter;

import dk.aarshjul.indicators.domain.IndicatorCatalogue;
import dk.aarshjul.indicators.domain.SourceCatalogue;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

@Configuration
class IndicatorCatalogueConfiguration {

  @Bean
  SourceCatalogue sourceCatalogue() throws IOException {
    try (var reader = new InputStreamReader(new ClassPathResource("indicators/sources.csv").getInputStream(),
        StandardCharsets.UTF_8)) {
      return SourceCatalogue.fromCsv(reader);
    }
  }

  @Bean
  IndicatorCatalogue indicatorCatalogue() throws IOException {
    try (var reader = new InputStreamReader(new ClassPathResource("indicators/catalogue.csv").getInputStream(),
        StandardCharsets.UTF_8)) {
      return IndicatorCatalogue.fromCsv(reader);
    }
  }
}
