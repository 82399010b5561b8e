package dk.aarshjul.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Enum values as the forms and the API write them: {@code AT_LEAST} is {@code at-least}. */
public final class Codes {

  private Codes() {}

  public static String of(Enum<?> value) {
    return value == null ? null : value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String code) {
    if (code == null) {
      return Optional.empty();
    }
    return Arrays.stream(type.getEnumConstants()).filter(e -> of(e).equals(code.strip())).findFirst();
  }
}
