package dk.aarshjul.indicators.domain;

import dk.aarshjul.shared.Validation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Figures a planner or operator imports for indicators no source has (and for counted activities):
 * {@code indikator;område;periode;værdi}, semicolons, decimal comma, areas by Statistics Denmark's codes.
 * Every error names its line; a file with an error is rejected whole.
 */
public final class IndicatorCsv {

  public static final String HEADER = "indikator;område;periode;værdi";
  private static final Pattern PERIOD = Pattern.compile("\\d{4}(Q[1-4]|M(0[1-9]|1[0-2]))?");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(,\\d+)?");
  private static final int MAX_ERRORS = 20;

  private IndicatorCsv() {}

  /**
   * @param knownIndicator whether an indicator code is in the catalogue
   * @param allowedArea whether the importing user may give figures for an area (their own municipality)
   * @throws dk.aarshjul.shared.ValidationException naming each wrong line
   */
  public static List<IndicatorValue> parse(String csv, Predicate<String> knownIndicator, Predicate<Area> allowedArea) {
    Validation validation = new Validation();
    String[] lines = (csv == null ? "" : csv.replace("\uFEFF", "")).split("\\R");
    String header = lines.length == 0 ? "" : lines[0].trim().toLowerCase(Locale.ROOT);
    if (!header.equals(HEADER)) {
      String problem = header.contains(",") && !header.contains(";")
          ? "filen skal være semikolonsepareret, ikke kommasepareret"
          : "første linje skal være overskriften " + HEADER;
      validation.reject("line 1", "Linje 1", problem);
      validation.throwIfInvalid();
    }
    List<IndicatorValue> values = new ArrayList<>();
    for (int i = 1; i < lines.length && validation.errorCount() < MAX_ERRORS; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String line = "Linje " + (i + 1);
      String[] cells = lines[i].split(";", -1);
      if (cells.length != 4) {
        validation.reject("line " + (i + 1), line, "skal have 4 felter adskilt af semikolon, har " + cells.length);
        continue;
      }
      String code = cells[0].trim();
      String areaCode = cells[1].trim();
      String period = cells[2].trim();
      String value = cells[3].trim();
      int before = validation.errorCount();
      if (!knownIndicator.test(code)) {
        validation.reject("line " + (i + 1), line, "ukendt indikator '" + code + "'");
      }
      Area area = areaCode.equals(Area.COUNTRY.code()) ? Area.COUNTRY : Area.municipality(areaCode);
      if (!areaCode.matches("\\d{3}") || !allowedArea.test(area)) {
        validation.reject("line " + (i + 1), line, "du kan ikke indberette tal for området '" + areaCode + "'");
      }
      if (!PERIOD.matcher(period).matches()) {
        validation.reject("line " + (i + 1), line, "perioden '" + period + "' skal skrives som 2026, 2026Q1 eller 2026M07");
      }
      if (value.matches("-?\\d+\\.\\d+")) {
        validation.reject("line " + (i + 1), line, "værdien '" + value + "' skal skrives med decimalkomma ("
            + value.replace('.', ',') + ")");
      } else if (!NUMBER.matcher(value).matches()) {
        validation.reject("line " + (i + 1), line, "værdien '" + value + "' er ikke et tal");
      }
      if (validation.errorCount() == before) {
        values.add(new IndicatorValue(code, area, period, new BigDecimal(value.replace(',', '.'))));
      }
    }
    if (values.isEmpty() && validation.isValid()) {
      validation.reject("line 2", "Linje 2", "filen har ingen tal");
    }
    validation.throwIfInvalid();
    return values;
  }
}
