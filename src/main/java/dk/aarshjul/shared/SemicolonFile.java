package dk.aarshjul.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The data files shipped with the platform: semicolon-separated, a header line, {@code #} comments.
 * Every row must have exactly the header's number of fields.
 */
public final class SemicolonFile {

  private SemicolonFile() {}

  public static List<String[]> rows(Reader reader, int fields) {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(reader)) {
      String line;
      boolean header = true;
      while ((line = lines.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] row = line.split(";", -1);
        if (row.length != fields) {
          throw new IllegalArgumentException("Expected " + fields + " fields: " + line);
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
