package dk.aarshjul.indicators.application;

/** An indicator code the catalogue does not hold. */
public class UnknownIndicatorException extends RuntimeException {

  public UnknownIndicatorException(String code) {
    super("Ukendt indikator: " + code);
  }
}
