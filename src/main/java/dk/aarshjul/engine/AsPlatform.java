package dk.aarshjul.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs an engine read as the platform, without the caller's engine authorizations, and gives the caller's
 * authentication back afterwards. For use cases that have decided themselves which municipalities the
 * caller may see (and filter by them): the engine's task authorizations would otherwise hide from a
 * committee member the steps other roles take, and the publisher belongs to no municipality.
 */
public final class AsPlatform {

  private AsPlatform() {}

  public static <T> T read(IdentityService identity, Supplier<T> read) {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return read.get();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }
}
