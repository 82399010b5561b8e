package dk.aarshjul.engine;

import dk.aarshjul.shared.FieldError;
import java.util.List;
import java.util.Optional;

/**
 * Why the engine refused what an HTTP request asked, in Danish and field by field, kept for the request
 * that caused it. Camunda's REST API wraps our refusals in English messages with ids ("Cannot submit task
 * form &lt;uuid&gt;: …") and answers some of them with 500; the HTTP layer reads the refusal from here
 * instead and answers a Danish problem. Outside a recording request (jobs, tests) nothing is kept.
 */
public final class EngineRejections {

  /** What was refused: the HTTP status it deserves, and the wrong fields. */
  public record Rejection(int status, List<FieldError> errors) {
    public Rejection {
      errors = List.copyOf(errors);
    }
  }

  /** The refusals of one request, from {@link #start()} until closed. */
  public static final class Recording implements AutoCloseable {
    private final Recording outer;
    private Rejection rejection;

    private Recording(Recording outer) {
      this.outer = outer;
    }

    public Optional<Rejection> rejection() {
      return Optional.ofNullable(rejection);
    }

    @Override
    public void close() {
      if (outer == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(outer);
      }
    }
  }

  private static final ThreadLocal<Recording> CURRENT = new ThreadLocal<>();

  private EngineRejections() {}

  public static Recording start() {
    Recording recording = new Recording(CURRENT.get());
    CURRENT.set(recording);
    return recording;
  }

  static void record(int status, List<FieldError> errors) {
    Recording recording = CURRENT.get();
    if (recording != null) {
      recording.rejection = new Rejection(status, errors);
    }
  }
}
