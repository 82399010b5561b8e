package dk.aarshjul.shared;

/**
 * One wrong value, named so a person can find it.
 *
 * @param field the technical path of the field, e.g. {@code focusAreas[0].goals[1].targetValue}
 * @param label where a person sees the field, in Danish, e.g. "Fokusområde 1, mål 2, Målværdi"
 * @param message what is wrong, in Danish, e.g. "skal være et tal"
 */
public record FieldError(String field, String label, String message) {

  public String danish() {
    return label + ": " + message;
  }
}
