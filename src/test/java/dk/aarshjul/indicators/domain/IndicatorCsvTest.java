package dk.aarshjul.indicators.domain;

import dk.aarshjul.shared.Area;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.aarshjul.shared.FieldError;
import dk.aarshjul.shared.ReportingPeriod;
import dk.aarshjul.shared.ValidationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class IndicatorCsvTest {

  static final Map<String, Indicator> CATALOGUE = Map.of(
      "optalt-aktivitet", new Indicator("optalt-aktivitet", "Optalt aktivitet", Unit.COUNT),
      "samarbejdende-virksomheder", new Indicator("samarbejdende-virksomheder", "Samarbejdende virksomheder", Unit.COUNT),
      "andel-ledige", new Indicator("andel-ledige", "Andel ledige", Unit.PERCENT));
  static final Function<String, Optional<Indicator>> KNOWN = code -> Optional.ofNullable(CATALOGUE.get(code));
  static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
  static final Predicate<Area> TAARNBY = area -> area.equals(Area.municipality("185"));

  @Test
  void readsFiguresWithDecimalComma() {
    List<IndicatorValue> values = IndicatorCsv.parse("indikator;område;periode;værdi\n"
        + "optalt-aktivitet;185;2026;2\nsamarbejdende-virksomheder;185;2026Q3;41,5\n", KNOWN, TAARNBY, TODAY);
    assertThat(values).containsExactly(
        new IndicatorValue("optalt-aktivitet", Area.municipality("185"), ReportingPeriod.of("2026"), new java.math.BigDecimal("2")),
        new IndicatorValue("samarbejdende-virksomheder", Area.municipality("185"), ReportingPeriod.of("2026Q3"), new java.math.BigDecimal("41.5")));
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
        "Linje 3, værdi: værdien '12.5' skal skrives med decimalkomma (12,5)",
        "Linje 4, værdi: værdien 'mange' er ikke et tal",
        "Linje 5, indikator: ukendt indikator 'glade-borgere'",
        "Linje 6, område: du kan ikke indberette tal for området '183'",
        "Linje 7, periode: perioden '2026K3' skal skrives som 2026, 2026Q1 eller 2026M07",
        "Linje 8: skal have 4 felter adskilt af semikolon, har 3");
  }

  @Test
  void countsAreNotNegativeSharesLieBetween0And100AndNumbersFitTheColumn() {
    assertThat(errors("indikator;område;periode;værdi\n"
        + "optalt-aktivitet;185;2026;-1\n"
        + "andel-ledige;185;2026;100,5\n"
        + "andel-ledige;185;2025;-0,1\n"
        + "optalt-aktivitet;185;2025;12345678901234567890123456789012345678\n"
        + "optalt-aktivitet;185;2024;1,00001\n")).containsExactly(
        "Linje 2, værdi: værdien kan ikke være negativ for antal",
        "Linje 3, værdi: værdien skal være mellem 0 og 100 for en andel (procent)",
        "Linje 4, værdi: værdien skal være mellem 0 og 100 for en andel (procent)",
        "Linje 5, værdi: værdien må højst have 14 cifre før kommaet",
        "Linje 6, værdi: værdien må højst have 4 decimaler");
  }

  @Test
  void twoLinesForOneFigureMustAgreeAndARepeatedLineIsReadOnce() {
    assertThat(errors("indikator;område;periode;værdi\n"
        + "optalt-aktivitet;185;2026;2\n"
        + "optalt-aktivitet;185;2025;2\n"
        + "optalt-aktivitet;185;2026;3\n")).containsExactly(
        "Linje 4, værdi: giver en anden værdi for samme indikator, område og periode end linje 2; hver værdi må kun stå én gang");
    assertThat(IndicatorCsv.parse("indikator;område;periode;værdi\noptalt-aktivitet;185;2026;2\noptalt-aktivitet;185;2026;2,0\n",
        KNOWN, TAARNBY, TODAY)).hasSize(1);
  }

  @Test
  void aPeriodThatHasNotBegunHasNoFigures() {
    assertThat(IndicatorCsv.parse("indikator;område;periode;værdi\noptalt-aktivitet;185;2026Q4;2\n", KNOWN, TAARNBY, TODAY))
        .hasSize(1);
    assertThat(errors("indikator;område;periode;værdi\noptalt-aktivitet;185;2026M12;2\noptalt-aktivitet;185;2099M01;2\n"
        + "optalt-aktivitet;185;2027Q5;2\n")).containsExactly(
        "Linje 2, periode: perioden 2026M12 er ikke begyndt endnu; der kan ikke være tal for den",
        "Linje 3, periode: perioden 2099M01 er ikke begyndt endnu; der kan ikke være tal for den",
        "Linje 4, periode: perioden '2027Q5' skal skrives som 2026, 2026Q1 eller 2026M07");
  }

  @Test
  void quotedFieldsAreReadAndControlCharactersRefused() {
    assertThat(IndicatorCsv.parse("indikator;område;periode;værdi\n\"optalt-aktivitet\";\"185\";2026;\"2,5\"\n",
        KNOWN, TAARNBY, TODAY)).singleElement().satisfies(v -> assertThat(v.value()).isEqualByComparingTo("2.5"));
    assertThat(errors("indikator;område;periode;værdi\n\"optalt-\naktivitet\";185;2026;2\noptalt-aktivitet\u0000;185;2025;1\n"))
        .containsExactly("Linje 2, indikator: må ikke indeholde linjeskift",
            "Linje 4, indikator: indeholder et styretegn (U+0000) på plads 17; det er ikke tilladt");
    assertThat(errors("indikator;område;periode;værdi\n\"optalt-aktivitet;185;2026;2\n"))
        .singleElement().asString().startsWith("Linje 2: kunne ikke læses");
  }

  @Test
  void aQuotedSemicolonStaysInsideItsField() {
    assertThat(errors("indikator;område;periode;værdi\n\"optalt;aktivitet\";185;2026;2\n"))
        .containsExactly("Linje 2, indikator: ukendt indikator 'optalt;aktivitet'");
  }

  @Test
  void anEmptyFileIsRejected() {
    assertThat(errors("indikator;område;periode;værdi\n\n")).containsExactly("Linje 2: filen har ingen tal");
  }

  private static List<String> errors(String csv) {
    try {
      IndicatorCsv.parse(csv, KNOWN, TAARNBY, TODAY);
    } catch (ValidationException e) {
      return e.errors().stream().map(FieldError::danish).toList();
    }
    throw new AssertionError("accepted: " + csv);
  }
}
