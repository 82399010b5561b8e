package dk.aarshjul.engine;

import dk.aarshjul.shared.DanishTime;
import dk.aarshjul.shared.TenantId;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;

/** Conversions between process variables and Java values, in one place (a form's JSON values: {@link FormJson}). */
public final class ProcessValues {

  private static final LocalTime END_OF_WORKING_DAY = LocalTime.of(23, 59);
  private static final LocalTime START_OF_WORKING_DAY = LocalTime.of(6, 0);

  private ProcessValues() {}

  /** A deadline day as the engine's due date: the end of that Danish calendar day. */
  public static Date endOf(LocalDate day) {
    return Date.from(day.atTime(END_OF_WORKING_DAY).atZone(DanishTime.ZONE).toInstant());
  }

  /** The Danish calendar day of an engine date (a due date, a task's creation); null for null. */
  public static LocalDate dayOf(Date date) {
    return date == null ? null : date.toInstant().atZone(DanishTime.ZONE).toLocalDate();
  }

  /** When a day's work begins: timers that open a round fire then, not at midnight. */
  public static Date morningOf(LocalDate day) {
    return Date.from(day.atTime(START_OF_WORKING_DAY).atZone(DanishTime.ZONE).toInstant());
  }

  public static int integer(Object value, String name) {
    if (value instanceof Number number) {
      return number.intValue();
    }
    if (value instanceof String text && text.trim().matches("-?\\d+")) {
      return Integer.parseInt(text.trim());
    }
    throw new IllegalArgumentException("Variable " + name + " is not a whole number: " + value);
  }

  /** The task's tenant; every instance of Årshjul's processes has one ({@link MunicipalityTenantIdProvider}). */
  public static TenantId tenant(DelegateTask task) {
    return TenantId.of(task.getTenantId());
  }

  /** The execution's tenant; every instance of Årshjul's processes has one ({@link MunicipalityTenantIdProvider}). */
  public static TenantId tenant(DelegateExecution execution) {
    return TenantId.of(execution.getTenantId());
  }

  public static String string(Object value) {
    return value == null ? null : value.toString();
  }

  /** A list the engine can iterate (multi-instance), stored as JSON, never Java-serialized. */
  public static ObjectValue jsonList(List<String> values) {
    return Variables.objectValue(new ArrayList<>(values))
        .serializationDataFormat(Variables.SerializationDataFormats.JSON)
        .create();
  }
}
