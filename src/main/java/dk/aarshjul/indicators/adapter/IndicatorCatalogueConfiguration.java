package dk.aarshjul.indicators.adapter;

import dk.aarshjul.indicators.domain.IndicatorCatalogue;
import dk.aarshjul.indicators.domain.SourceCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/**
 * The indicator catalogue shipped in {@code indicators/}, plus the operator's own additions in
 * {@code aarshjul.indicators.catalogue-dir} ({@code catalogue.csv}, {@code sources.csv}, same format):
 * new indicators without a rebuild, read at start-up.
 */
@Configuration
class IndicatorCatalogueConfiguration {

  private final String operatorDir;

  IndicatorCatalogueConfiguration(@Value("${aarshjul.indicators.catalogue-dir:}") String operatorDir) {
    this.operatorDir = operatorDir;
  }

  @Bean
  SourceCatalogue sourceCatalogue() throws IOException {
    SourceCatalogue shipped = read(new ClassPathResource("indicators/sources.csv").getInputStream(), SourceCatalogue::fromCsv);
    Path extra = operatorFile("sources.csv");
    return extra == null ? shipped : shipped.with(read(Files.newInputStream(extra), SourceCatalogue::fromCsv));
  }

  @Bean
  IndicatorCatalogue indicatorCatalogue() throws IOException {
    IndicatorCatalogue shipped = read(new ClassPathResource("indicators/catalogue.csv").getInputStream(), IndicatorCatalogue::fromCsv);
    Path extra = operatorFile("catalogue.csv");
    return extra == null ? shipped : shipped.with(read(Files.newInputStream(extra), IndicatorCatalogue::fromCsv));
  }

  private Path operatorFile(String name) {
    if (operatorDir == null || operatorDir.isBlank()) {
      return null;
    }
    Path file = Path.of(operatorDir, name);
    return Files.isRegularFile(file) ? file : null;
  }

  private static <T> T read(InputStream in, Function<Reader, T> parse) throws IOException {
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return parse.apply(reader);
    }
  }
}
