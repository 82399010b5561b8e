package dk.aarshjul.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.shared.Validation;
import dk.aarshjul.shared.ValidationException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormsTest {

  @Test
  void aYearIsReadFromTextOrANumberAlsoWithADecimalComma() {
    assertThat(year("2027")).isEqualTo(2027);
    assertThat(year(" 2027 ")).isEqualTo(2027);
    assertThat(year(2027L)).isEqualTo(2027);
    assertThat(year(2027.0)).isEqualTo(2027);
    assertThat(year("2027,0")).isEqualTo(2027);
  }

  @Test
  void aYearThatIsNoWholeYearOfThePlansIsRefusedWithTheReason() {
    assertThat(refusal("2027,5")).isEqualTo("skal være et årstal mellem 2000 og 2100");
    assertThat(refusal("1999")).isEqualTo("skal være et årstal mellem 2000 og 2100");
    assertThat(refusal("2101")).isEqualTo("skal være et årstal mellem 2000 og 2100");
    assertThat(refusal("1e400")).isEqualTo("skal være et årstal mellem 2000 og 2100");
    assertThat(refusal("næste år")).isEqualTo("skal være et årstal, fx 2027");
    assertThat(refusal("")).isEqualTo("skal udfyldes");
  }

  private static Integer year(Object value) {
    Validation validation = new Validation();
    Integer year = Forms.year(submission(value), "firstYear", "Første år", true, validation);
    assertThat(validation.errorCount()).isZero();
    return year;
  }

  private static String refusal(Object value) {
    Validation validation = new Validation();
    assertThat(Forms.year(submission(value), "firstYear", "Første år", true, validation)).isNull();
    try {
      validation.throwIfInvalid();
    } catch (ValidationException e) {
      return e.errors().get(0).message();
    }
    throw new AssertionError("not refused: " + value);
  }

  private static FormSubmission submission(Object value) {
    Map<String, Object> submitted = new HashMap<>();
    submitted.put("firstYear", value);
    return new FormJson(new ObjectMapper()).submission(submitted, null);
  }
}
