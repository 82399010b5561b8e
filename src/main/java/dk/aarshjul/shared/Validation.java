package dk.aarshjul.shared;

import java.util.ArrayList;
import java.util.List;

/** Collects field errors while checking input, then fails with all of them at once. */
public final class Validation {

  private final List<FieldError> errors = new ArrayList<>();

  public Validation reject(String field, String label, String message) {
    errors.add(new FieldError(field, label, message));
    return this;
  }

  public int errorCount() {
    return errors.size();
  }

  public boolean isValid() {
    return errors.isEmpty();
  }

  public void throwIfInvalid() {
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }
}
