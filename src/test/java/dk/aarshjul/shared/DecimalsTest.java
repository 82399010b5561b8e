package dk.aarshjul.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DecimalsTest {

  @Test
  void aDecimalCommaAndADecimalPointReadAlike() {
    assertThat(Decimals.parse("11,4")).isEqualTo(new BigDecimal("11.4"));
    assertThat(Decimals.parse("11.4")).isEqualTo(new BigDecimal("11.4"));
    assertThat(Decimals.parse("-0,25")).isEqualTo(new BigDecimal("-0.25"));
    assertThat(Decimals.parse("1250")).isEqualTo(new BigDecimal("1250"));
  }

  @Test
  void whatIsNoNumberIsRefusedNotGuessed() {
    assertThatThrownBy(() -> Decimals.parse("1.234,5")).isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> Decimals.parse("1 250")).isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> Decimals.parse("")).isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> Decimals.parse("ti")).isInstanceOf(NumberFormatException.class);
  }

  @Test
  void aParsedNumberIsShownAsItWasWritten() {
    assertThat(Decimals.danish(Decimals.parse("1234,5"), "#,##0.0")).isEqualTo("1.234,5");
  }
}
