package dk.aarshjul.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.aarshjul.shared.FieldError;
import dk.aarshjul.shared.ValidationException;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class IndicatorCsvTest {

  static final Predicate<String> KNOWN = Set.of("optalt-aktivitet", "samarbejdende-virksomheder")::contains;
  static final Predicate<Area> TAARNBY = area -> area.equals(Area.municipality("185"));

  @Test
  void readsFiguresWithDecimalComma() {
    List<IndicatorValue> values = IndicatorCsv.parse("indikator;område;periode;værdi\n"
        + "optalt-aktivitet;185;2026;2\nsamarbejdende-virksomheder;185;2026Q3;41,5\n", KNOWN, TAARNBY);
    assertThat(values).containsExactly(
        new IndicatorValue("optalt-aktivitet", Area.municipality("185"), "2026", new java.math.BigDecimal("2")),
        new IndicatorValue("samarbejdende-virksomheder", Area.municipality("185"), "2026Q3", new java.math.BigDecimal("41.5")));
  }

  @Test
  void aWrongSeparatorOrAMissingHeaderIsNamedOnLineOne() {
    assertThat(errors("indikator,område,periode,værdi\noptalt-aktivitet,185,2026,2\n"))
        .containsExactly("Linje 1: filen skal være semikolonsepareret, ikke kommasepareret");
    assertThat(errors("optalt-aktivitet;185;2026;2\n"))
        .containsExactly("Linje 1: første linje skal være overskriften indikator;område;periode;værdi");
  }

  @Test
  void everyWrongLineIsNamedAndNothingIsRead() {
    assertThat(errors("indikator;område;periode;værdi\n"
        + "optalt-aktivitet;185;2026;2,5\n"
        + "optalt-aktivitet;185;2026;12.5\n"
        + "optalt-aktivitet;185;2026;mange\n"
        + "glade-borgere;185;2026;1\n"
        + "optalt-aktivitet;183;2026;1\n"
        + "optalt-aktivitet;185;2026K3;1\n"
        + "optalt-aktivitet;185;2026\n")).containsExactly(
        "Linje 3: værdien '12.5' skal skrives med decimalkomma (12,5)",
        "Linje 4: værdien 'mange' er ikke et tal",
        "Linje 5: ukendt indikator 'glade-borgere'",
        "Linje 6: du kan ikke indberette tal for området '183'",
        "Linje 7: perioden '2026K3' skal skrives som 2026, 2026Q1 eller 2026M07",
        "Linje 8: skal have 4 felter adskilt af semikolon, har 3");
  }

  @Test
  void anEmptyFileIsRejected() {
    assertThat(errors("indikator;område;periode;værdi\n\n")).containsExactly("Linje 2: filen har ingen tal");
  }

  private static List<String> errors(String csv) {
    try {
      IndicatorCsv.parse(csv, KNOWN, TAARNBY);
    } catch (ValidationException e) {
      return e.errors().stream().map(FieldError::danish).toList();
    }
    throw new AssertionError("accepted: " + csv);
  }
}
