package dk.aarshjul.shared;

import java.util.List;
import java.util.stream.Collectors;

/** Input that cannot be accepted; nothing has been stored. */
public class ValidationException extends RuntimeException {

  private final List<FieldError> errors;

  public ValidationException(List<FieldError> errors) {
    super(errors.stream().map(FieldError::danish).collect(Collectors.joining("; ")));
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("A validation failure needs at least one error");
    }
    this.errors = List.copyOf(errors);
  }

  public ValidationException(FieldError error) {
    this(List.of(error));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
