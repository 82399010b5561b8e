package dk.aarshjul.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Outside the demo profile the platform refuses to start with a configured account password that is short
 * or a known demo password, before anything is created: the first accounts come only from configuration
 * (Camunda's setup page is closed, see {@link EngineApiGuard}), so they must be real.
 */
public final class ProductionPasswordPolicy implements EnvironmentPostProcessor {

  public static final int MIN_LENGTH = 12;

  static final Set<String> KNOWN = Set.of("demo", "admin", "password", "changeme", "camunda", "secret", "aarshjul",
      "årshjul", "hemmelig", "adgangskode", "kodeord", "123456789012", "password1234");

  /** The settings that create accounts at start, with the user id each belongs to. */
  static final List<String[]> ACCOUNTS = List.of(
      new String[] {"aarshjul.bootstrap.operator-password", "aarshjul.bootstrap.operator-id"},
      new String[] {"aarshjul.bootstrap.publisher-password", "aarshjul.bootstrap.publisher-id"},
      new String[] {"camunda.bpm.admin-user.password", "camunda.bpm.admin-user.id"});

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (environment.acceptsProfiles(Profiles.of("demo"))) {
      return;
    }
    List<String> weak = new ArrayList<>();
    for (String[] account : ACCOUNTS) {
      String password = environment.getProperty(account[0]);
      if (password != null && isWeak(password, environment.getProperty(account[1]))) {
        weak.add(account[0]);
      }
    }
    if (!weak.isEmpty()) {
      throw new IllegalStateException("Årshjul starter ikke: adgangskoden i " + String.join(", ", weak)
          + " er for svag (mindst " + MIN_LENGTH + " tegn, ikke en kendt demo-adgangskode, ikke brugernavnet). "
          + "The platform refuses to start outside the demo profile with a short or known password.");
    }
  }

  static boolean isWeak(String password, String userId) {
    String lower = password.toLowerCase(Locale.ROOT);
    return password.length() < MIN_LENGTH || KNOWN.contains(lower)
        || (userId != null && !userId.isBlank() && lower.contains(userId.toLowerCase(Locale.ROOT)))
        || password.chars().distinct().count() < 4;
  }
}
