package dk.aarshjul.indicators.application;

import dk.aarshjul.shared.NotFoundException;

import dk.aarshjul.shared.InputRules;

/** An indicator code the catalogue does not hold. */
public class UnknownIndicatorException extends NotFoundException {

  public UnknownIndicatorException(String code) {
    super("Ukendt indikator: " + InputRules.shown(code));
  }
}
