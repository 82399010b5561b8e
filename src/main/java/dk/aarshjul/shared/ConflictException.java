package dk.aarshjul.shared;

/** What was asked is not allowed in the thing's current state (409); the message says why, in Danish. */
public abstract class ConflictException extends RuntimeException {

  protected ConflictException(String message) {
    super(message);
  }

  protected ConflictException(String message, Throwable cause) {
    super(message, cause);
  }
}
