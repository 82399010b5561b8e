package dk.aarshjul.indicators.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** Catalogue entries by their indicator code, in file order; a code may stand only once. */
final class UniqueIndex {

  private UniqueIndex() {}

  static <T> Map<String, T> of(Iterable<T> entries, Function<T, String> code, String duplicateMessage) {
    Map<String, T> byCode = new LinkedHashMap<>();
    for (T entry : entries) {
      if (byCode.putIfAbsent(code.apply(entry), entry) != null) {
        throw new IllegalArgumentException(duplicateMessage + " " + code.apply(entry));
      }
    }
    return Collections.unmodifiableMap(byCode);
  }
}
