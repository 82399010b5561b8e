package dk.aarshjul.tenancy.adapter;

import dk.aarshjul.tenancy.domain.MunicipalityCatalog;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

@Configuration
class MunicipalityCatalogConfiguration {

  static final String CATALOG = "tenancy/municipalities.csv";

  @Bean
  MunicipalityCatalog municipalityCatalog() throws IOException {
    try (var reader =
        new InputStreamReader(
            new ClassPathResource(CATALOG).getInputStream(), StandardCharsets.UTF_8)) {
      return MunicipalityCatalog.fromCsv(reader);
    }
  }
}
