package dk.aarshjul.shared;

/**
 * Something the caller asked for does not exist, or is not one the caller may see: the two are deliberately
 * indistinguishable (404). The message is what the user reads, in Danish. Each feature names its own.
 */
public abstract class NotFoundException extends RuntimeException {

  protected NotFoundException(String message) {
    super(message);
  }
}
