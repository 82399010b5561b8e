package dk.aarshjul.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Our API reads numbers exactly as sent, so the input rules see them: {@code 1e-400} stays 1e-400 (and is
 * refused) instead of becoming 0.0, and {@code 2027.5} is no year. Only for Spring MVC's JSON: the
 * Camunda webapps share the application's ObjectMapper, and Tasklist breaks when it reads numbers so strictly.
 */
@Configuration
class ApiJsonConfiguration implements WebMvcConfigurer {

  @Override
  public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
    for (HttpMessageConverter<?> converter : converters) {
      if (converter instanceof MappingJackson2HttpMessageConverter json) {
        json.setObjectMapper(json.getObjectMapper().copy()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT));
      }
    }
  }
}
