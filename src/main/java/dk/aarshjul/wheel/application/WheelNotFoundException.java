package dk.aarshjul.wheel.application;

import dk.aarshjul.shared.NotFoundException;

/** A municipality the caller asked for that does not exist or is not theirs to see: the two answer alike. */
public class WheelNotFoundException extends NotFoundException {

  public WheelNotFoundException(String tenant) {
    super("Der findes intet årshjul for " + tenant);
  }
}
