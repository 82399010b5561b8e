package dk.aarshjul.tenancy.application;

public class UnknownMunicipalityException extends RuntimeException {

  public UnknownMunicipalityException(String tenantId) {
    super("Ukendt kommune: " + tenantId);
  }
}
