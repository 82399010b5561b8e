package dk.aarshjul.reference.application;

import dk.aarshjul.shared.ConflictException;

/** Reference data that contradicts itself, or is missing for a year a plan needs. */
public class ReferenceConflictException extends ConflictException {

  public ReferenceConflictException(String message) {
    super(message);
  }
}
