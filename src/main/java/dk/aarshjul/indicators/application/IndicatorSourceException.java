package dk.aarshjul.indicators.application;

/**
 * A source did not deliver usable figures (down, refused the key, answered in the wrong format). A
 * technical failure: in a process it becomes an incident after the retries; nothing is stored.
 */
public class IndicatorSourceException extends RuntimeException {

  public IndicatorSourceException(String message) {
    super(message);
  }

  public IndicatorSourceException(String message, Throwable cause) {
    super(message, cause);
  }
}
