package dk.aarshjul.followup.adapter.db;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dk.aarshjul.documents.domain.StatusReport;
import dk.aarshjul.shared.Quarter;
import dk.aarshjul.shared.ReportingPeriod;
import java.io.IOException;
import java.util.function.Function;

/**
 * How a status report is kept as JSON: a quarter and a period as they are written everywhere ("2025Q4",
 * "2025M07", "2025"), so the stored text reads as before. Reports stored before the report held them typed
 * still read: their "municipality" is the name, their "quarterLabel" is derived now, and a goal without a
 * figure has "–" (or nothing) as its latest period.
 */
final class StoredReportJson extends SimpleModule {

  /** What a stored report says for "no period": the old reports wrote "–" where a goal had no figure yet. */
  private static final String NONE = "–";

  StoredReportJson() {
    super(StoredReportJson.class.getSimpleName());
    addSerializer(Quarter.class, ToStringSerializer.instance);
    addSerializer(ReportingPeriod.class, ToStringSerializer.instance);
    addDeserializer(Quarter.class, new Read<>(Quarter.class, Quarter::parse));
    addDeserializer(ReportingPeriod.class, new Read<>(ReportingPeriod.class, ReportingPeriod::of));
    setMixInAnnotation(StatusReport.class, StoredReport.class);
  }

  @JsonIgnoreProperties("quarterLabel")
  private abstract static class StoredReport {

    @JsonAlias("municipality")
    abstract String municipalityName();
  }

  /** A quarter or a period from its text; a blank or "–" is none (null), any other text that is none is an error. */
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
