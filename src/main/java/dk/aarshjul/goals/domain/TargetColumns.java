package dk.aarshjul.goals.domain;

import dk.aarshjul.indicators.domain.Unit;
import dk.aarshjul.shared.Validation;
import dk.aarshjul.shared.ValidationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A goal's target as columns of the goal table: each field of its kind in the field's column, typed as
 * the column is (numbers as decimals, whole numbers as integers, everything else as text). Stored targets
 * are read through the kind's reader, so what was stored reads as it was written.
 */
public final class TargetColumns {

  private TargetColumns() {}

  /** The columns of every field of the kinds, each once. */
  public static List<String> names(GoalKinds kinds) {
    List<String> names = new ArrayList<>();
    kinds.all().forEach(kind -> kind.fields().stream().map(GoalField::column).filter(c -> !names.contains(c)).forEach(names::add));
    return names;
  }

  /** The target's columns and their values; the columns of other kinds are not among them. */
  public static Map<String, Object> of(GoalTarget target) {
    Map<String, Object> written = target.fields();
    Map<String, Object> row = new LinkedHashMap<>();
    for (GoalField field : target.kind().fields()) {
      Object value = written.get(field.name());
      row.put(field.column(), switch (field.type()) {
        case NUMBER -> FieldValues.number(value);
        case WHOLE_NUMBER -> value;
        default -> value == null ? null : value.toString();
      });
    }
    return row;
  }

  /**
   * The target stored in the columns, read by its kind's reader.
   *
   * @param unit the goal's unit, which the values are in
   * @throws IllegalStateException when they do not read as a target of the kind: the table was changed by hand
   */
  public static GoalTarget read(GoalKind kind, Map<String, Object> columns, Unit unit) {
    Map<String, Object> input = new HashMap<>();
    kind.fields().forEach(field -> input.put(field.name(), columns.get(field.column())));
    Validation validation = new Validation();
    TargetReader reader = new TargetReader(input, kind.code(), "Gemt mål", validation, municipality -> true);
    reader.useUnit(unit);
    GoalTarget target = kind.read(reader);
    try {
      validation.throwIfInvalid();
    } catch (ValidationException e) {
      throw new IllegalStateException("A stored goal of kind " + kind.code() + " does not read: " + e.getMessage(), e);
    }
    return target;
  }
}
