package dk.aarshjul.tenancy.application;

import dk.aarshjul.shared.NotFoundException;

import dk.aarshjul.shared.InputRules;

public class UnknownMunicipalityException extends NotFoundException {

  public UnknownMunicipalityException(String tenantId) {
    super("Ukendt kommune: " + InputRules.shown(tenantId));
  }
}
