package dk.aarshjul.followup.adapter.db;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dk.aarshjul.shared.ReportingPeriod;
import java.io.IOException;
import java.util.function.Function;

/**
 * How a status report is kept as JSON: a period as it is written everywhere ("2025Q4", "2025M07", "2025"),
 * so the stored text reads as before. In reports stored before the report held periods typed, a goal without
 * a figure has "–" (or nothing) as its latest period.
 */
final class StoredReportJson extends SimpleModule {

  /** What a stored report says for "no period": the old reports wrote "–" where a goal had no figure yet. */
  private static final String NONE = "–";

  StoredReportJson() {
    super(StoredReportJson.class.getSimpleName());
    addSerializer(ReportingPeriod.class, ToStringSerializer.instance);
    addDeserializer(ReportingPeriod.class, new Read<>(ReportingPeriod.class, ReportingPeriod::of));
  }

  /** A value from its text; a blank or "–" is none (null), a text that is no period is an error. */
  private static final class Read<T> extends StdScalarDeserializer<T> {

    private final transient Function<String, T> parse;

    /** @param parse throws {@link IllegalArgumentException} on a text that is no such value */
    Read(Class<T> type, Function<String, T> parse) {
      super(type);
      this.parse = parse;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (!parser.hasToken(JsonToken.VALUE_STRING)) {
        @SuppressWarnings("unchecked")
        T unexpected = (T) context.handleUnexpectedToken(handledType(), parser);
        return unexpected;
      }
      String text = parser.getText().strip();
      if (text.isEmpty() || text.equals(NONE)) {
        return null;
      }
      try {
        return parse.apply(text);
      } catch (IllegalArgumentException e) {
        throw context.weirdStringException(text, handledType(), e.getMessage());
      }
    }
  }
}
