package dk.aarshjul.shared;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The data files shipped with the platform: semicolon-separated, a header line, {@code #} comments,
 * quoting as spreadsheets write it ({@code "Region Hovedstaden; nord"}). Every row must have exactly the
 * header's number of fields.
 */
public final class SemicolonFile {

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setQuote('"')
      .setCommentMarker('#').setIgnoreEmptyLines(true).setHeader().setSkipHeaderRecord(true).get();

  private SemicolonFile() {}

  /** The rows after the header, each with exactly {@code fields} fields. */
  public static List<String[]> rows(Reader reader, int fields) {
    List<String[]> rows = new ArrayList<>();
    for (CSVRecord record : records(reader)) {
      if (record.size() != fields) {
        throw new IllegalArgumentException("Expected " + fields + " fields: " + String.join(";", record.values()));
      }
      rows.add(record.values());
    }
    return rows;
  }

  /** The rows after the header, each with the header's number of fields, readable by the header's names. */
  public static List<CSVRecord> records(Reader reader) {
    try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
      int fields = parser.getHeaderNames().size();
      List<CSVRecord> records = new ArrayList<>();
      for (CSVRecord record : parser) {
        if (record.size() == 1 && record.get(0).isBlank()) {
          continue;
        }
        if (record.size() != fields) {
          throw new IllegalArgumentException("Expected " + fields + " fields: " + String.join(";", record.values()));
        }
        records.add(record);
      }
      return records;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (UncheckedIOException | IllegalStateException e) {
      throw new IllegalArgumentException("Not a semicolon-separated file (e.g. a quote that is not closed): " + e.getMessage(), e);
    }
  }
}
