package dk.aarshjul.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;

/**
 * What a test needs from the machine (PostgreSQL, a browser). Outside CI a missing service skips the
 * test with the reason; with {@code CI=true} it fails the build, so CI can never go green by skipping.
 */
final class RequiredService {

  private RequiredService() {}

  static boolean inCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  static ConditionEvaluationResult require(boolean available, String what) {
    if (available) {
      return ConditionEvaluationResult.enabled(what + " is available");
    }
    if (inCi()) {
      throw new IllegalStateException(what + " is not available, and CI=true requires it (see .ci/run)");
    }
    return ConditionEvaluationResult.disabled(what + " is not available; skipped outside CI");
  }
}
