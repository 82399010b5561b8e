package dk.aarshjul.indicators.domain;

import dk.aarshjul.shared.Area;
import dk.aarshjul.shared.InputRules;
import dk.aarshjul.shared.Decimals;
import dk.aarshjul.shared.ReportingPeriod;
import dk.aarshjul.shared.Validation;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Figures a planner or operator imports for indicators no source has (and for counted activities):
 * {@code indikator;område;periode;værdi}, semicolons, decimal comma, areas by Statistics Denmark's codes,
 * quoting as spreadsheets write it. Every error names its line and field; a file with an error is
 * refused whole, so nothing of it is stored.
 */
public final class IndicatorCsv {

  public static final String HEADER = "indikator;område;periode;værdi";
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(,\\d+)?");
  private static final int MAX_ERRORS = 100;
  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
      .setDelimiter(';').setQuote('"').setIgnoreEmptyLines(false).setRecordSeparator("\n").get();

  private IndicatorCsv() {}

  /**
   * @param indicators the catalogue's indicator of a code, which says whether its values may be negative
   * @param allowedArea whether the importing user may give figures for an area (their own municipality)
   * @param today no figure exists yet for a period that has not begun
   * @throws dk.aarshjul.shared.ValidationException naming each wrong line and field
   */
  public static List<IndicatorValue> parse(String csv, Function<String, Optional<Indicator>> indicators,
      Predicate<Area> allowedArea, LocalDate today) {
    Validation validation = new Validation();
    List<IndicatorValue> values = new ArrayList<>();
    Map<List<String>, Line> seen = new HashMap<>();
    String text = csv == null ? "" : csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    long line = 1;
    try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
      Iterator<CSVRecord> records = parser.iterator();
      if (!records.hasNext() || !header(records.next(), validation)) {
        validation.throwIfInvalid();
      }
      while (validation.errorCount() < MAX_ERRORS) {
        line = parser.getCurrentLineNumber() + 1;
        if (!records.hasNext()) {
          break;
        }
        CSVRecord record = records.next();
        if (record.size() == 1 && record.get(0).isBlank()) {
          continue;
        }
        long at = line;
        new LineReader(at, record, validation).read(indicators, allowedArea, today)
            .filter(value -> unique(value, at, seen, validation))
            .ifPresent(values::add);
      }
      if (validation.errorCount() >= MAX_ERRORS && records.hasNext()) {
        validation.reject("fil", "Filen", "har flere fejl; kun de første " + MAX_ERRORS + " er vist");
      }
    } catch (UncheckedIOException | IllegalStateException | IOException e) {
      validation.reject("linje " + line, "Linje " + line,
          "kunne ikke læses som semikolonsepareret tekst (fx et citationstegn, der ikke lukkes)");
    }
    if (values.isEmpty() && validation.isValid()) {
      validation.reject("linje 2", "Linje 2", "filen har ingen tal");
    }
    validation.throwIfInvalid();
    return values;
  }

  private static boolean header(CSVRecord record, Validation validation) {
    String header = String.join(";", record.toList()).trim().toLowerCase(Locale.ROOT);
    if (header.equals(HEADER)) {
      return true;
    }
    validation.reject("linje 1", "Linje 1", header.contains(",") && !header.contains(";")
        ? "filen skal være semikolonsepareret, ikke kommasepareret"
        : "første linje skal være overskriften " + HEADER);
    return false;
  }

  /** Two lines for the same figure must agree; a line repeated exactly is read once. */
  private static boolean unique(IndicatorValue value, long line, Map<List<String>, Line> seen, Validation validation) {
    List<String> key = List.of(value.indicatorCode(), value.area().code(), value.period().toString());
    Line earlier = seen.putIfAbsent(key, new Line(line, value.value()));
    if (earlier == null) {
      return true;
    }
    if (earlier.value().compareTo(value.value()) != 0) {
      validation.reject("linje " + line + ": værdi", "Linje " + line + ", værdi", "giver en anden værdi for samme indikator, "
          + "område og periode end linje " + earlier.number() + "; hver værdi må kun stå én gang");
    }
    return false;
  }

  private record Line(long number, BigDecimal value) {}

  /** One line's four fields, each checked and named. */
  private record LineReader(long line, CSVRecord record, Validation validation) {

    Optional<IndicatorValue> read(Function<String, Optional<Indicator>> indicators, Predicate<Area> allowedArea,
        LocalDate today) {
      int before = validation.errorCount();
      if (record.size() != 4) {
        validation.reject("linje " + line, "Linje " + line, "skal have 4 felter adskilt af semikolon, har " + record.size());
        return Optional.empty();
      }
      String code = cell(0, "indikator", 64);
      String areaCode = cell(1, "område", 3);
      String periodText = cell(2, "periode", 7);
      String valueText = cell(3, "værdi", 40);
      if (validation.errorCount() > before) {
        return Optional.empty();
      }
      Indicator indicator = indicators.apply(code).orElse(null);
      if (indicator == null) {
        reject("indikator", "ukendt indikator '" + code + "'");
      }
      Area area = areaCode.equals(Area.COUNTRY.code()) ? Area.COUNTRY : Area.municipality(areaCode);
      if (!areaCode.matches("\\d{3}") || !allowedArea.test(area)) {
        reject("område", "du kan ikke indberette tal for området '" + areaCode + "'");
      }
      Optional<ReportingPeriod> period = ReportingPeriod.parse(periodText);
      if (period.isEmpty()) {
        reject("periode", "perioden '" + periodText + "' skal skrives som 2026, 2026Q1 eller 2026M07");
      } else if (period.get().isAfter(today)) {
        reject("periode", "perioden " + periodText + " er ikke begyndt endnu; der kan ikke være tal for den");
      }
      BigDecimal value = value(valueText, indicator);
      return validation.errorCount() > before ? Optional.empty()
          : Optional.of(new IndicatorValue(code, area, period.orElseThrow(), value));
    }

    private BigDecimal value(String text, Indicator indicator) {
      if (text.matches("-?\\d+\\.\\d+")) {
        reject("værdi", "værdien '" + text + "' skal skrives med decimalkomma (" + text.replace('.', ',') + ")");
        return null;
      }
      if (!NUMBER.matcher(text).matches()) {
        reject("værdi", "værdien '" + text + "' er ikke et tal");
        return null;
      }
      BigDecimal value = Decimals.parse(text);
      Optional<String> problem = InputRules.numberProblem(value, InputRules.FIGURE);
      if (problem.isPresent()) {
        reject("værdi", "værdien " + problem.get());
      } else if (indicator != null && indicator.unit().isShare()
          && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
        reject("værdi", "værdien skal være mellem 0 og 100 for en andel (procent)");
      } else if (indicator != null && !indicator.unit().isShare() && value.signum() < 0) {
        reject("værdi", "værdien kan ikke være negativ for " + indicator.unit().danishName());
      }
      return value;
    }

    /** Spaces around a value are the spreadsheet's; control characters anywhere are refused. */
    private String cell(int index, String name, int max) {
      String raw = record.get(index);
      InputRules.textProblem(raw, Integer.MAX_VALUE, false)
          .or(() -> InputRules.textProblem(raw.trim(), max, false))
          .ifPresent(problem -> reject(name, problem));
      return raw.trim();
    }

    private void reject(String name, String message) {
      validation.reject("linje " + line + ": " + name, "Linje " + line + ", " + name, message);
    }
  }
}
