package dk.aarshjul;

import dk.aarshjul.shared.DanishTime;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
public class AarshjulApplication {

  /** Municipal deadlines are Danish calendar days. */
  @Bean
  Clock clock() {
    return Clock.system(DanishTime.ZONE);
  }

  public static void main(String[] args) {
    SpringApplication.run(AarshjulApplication.class, args);
  }
}
