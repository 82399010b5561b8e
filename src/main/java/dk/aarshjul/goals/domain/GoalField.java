package dk.aarshjul.goals.domain;

import dk.aarshjul.shared.Codes;
import dk.aarshjul.shared.Decimals;
import dk.aarshjul.shared.InputRules;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A field of a goal as forms, the API and the goal table know it: its name in forms and the API, its
 * Danish label (error messages, change lists), its column in the goal table and its type.
 *
 * @param codes the enum a {@link Type#CODE} field holds, else null
 * @param maxLength the longest text the field accepts
 * @param pattern what a {@link Type#TEXT} value looks like (for the API description), or null
 * @param required whether the API refuses a goal of the kind without it
 * @param hint how the API description explains the field, or null for its label
 */
public record GoalField(String name, String label, String column, Type type, Class<?> codes,
    int maxLength, String pattern, boolean required, String hint) {

  public enum Type {
    NUMBER,
    WHOLE_NUMBER,
    TEXT,
    CODE,
    PERIOD,
    BENCHMARK
  }

  public static GoalField number(String name, String label, String column) {
    return new GoalField(name, label, column, Type.NUMBER, null, InputRules.MAX_CODE, null, true, null);
  }

  public static GoalField wholeNumber(String name, String label, String column) {
    return new GoalField(name, label, column, Type.WHOLE_NUMBER, null, InputRules.MAX_CODE, null, true, null);
  }

  public static GoalField text(String name, String label, String column, int maxLength) {
    return new GoalField(name, label, column, Type.TEXT, null, maxLength, null, true, null);
  }

  public static GoalField code(String name, String label, String column, Class<?> codes) {
    return new GoalField(name, label, column, Type.CODE, codes, InputRules.MAX_CODE, null, true, null);
  }

  public static GoalField period(String name, String label, String column) {
    return new GoalField(name, label, column, Type.PERIOD, null, InputRules.MAX_CODE, null, true, null);
  }

  public static GoalField benchmark(String name, String label, String column) {
    return new GoalField(name, label, column, Type.BENCHMARK, null, InputRules.MAX_CODE, null, true, null);
  }

  public GoalField optional() {
    return new GoalField(name, label, column, type, codes, maxLength, pattern, false, hint);
  }

  public GoalField hint(String text) {
    return new GoalField(name, label, column, type, codes, maxLength, pattern, required, text);
  }

  public GoalField pattern(String regex) {
    return new GoalField(name, label, column, type, codes, maxLength, regex, required, hint);
  }

  /** A value of the field as the API writes it: numbers plain, codes as codes, periods and benchmarks as text. */
  public Object written(Object value) {
    if (value instanceof BigDecimal number) {
      return Decimals.plain(number);
    }
    if (value instanceof Enum<?> code) {
      return Codes.of(code);
    }
    return value == null || value instanceof Integer || value instanceof String ? value : value.toString();
  }

  /** A kind's own fields and their values, in the API's shape. */
  public static Map<String, Object> written(GoalField field, Object value, Object... more) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put(field.name(), field.written(value));
    for (int i = 0; i < more.length; i += 2) {
      GoalField next = (GoalField) more[i];
      map.put(next.name(), next.written(more[i + 1]));
    }
    return map;
  }
}
