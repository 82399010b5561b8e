package dk.aarshjul.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class SemicolonFileTest {

  @Test
  void aQuotedFieldKeepsItsSemicolonAndCommentsAndBlankLinesAreSkipped() {
    List<String[]> rows = SemicolonFile.rows(new StringReader(
        "# a comment\ncode;name;unit\n\nx;\"Ledige; over 30 år, i alt\";COUNT\n# another\ny;Enkelt;PERCENT\n"), 3);
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0)).containsExactly("x", "Ledige; over 30 år, i alt", "COUNT");
    assertThat(rows.get(1)).containsExactly("y", "Enkelt", "PERCENT");
  }

  @Test
  void aRowWithTheWrongNumberOfFieldsIsRefusedAsBefore() {
    assertThatThrownBy(() -> SemicolonFile.rows(new StringReader("code;name;unit\nx;Navn\n"), 3))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Expected 3 fields: x;Navn");
  }

  @Test
  void aQuoteThatIsNotClosedIsRefused() {
    assertThatThrownBy(() -> SemicolonFile.rows(new StringReader("code;name;unit\nx;\"Navn;COUNT\n"), 3))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
