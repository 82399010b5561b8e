package dk.aarshjul.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * veraPDF, the PDF Association's reference validator, with its own parser and the validation profiles in its
 * jar: PDF/A-2u (ISO 19005-2, level U) and PDF/UA-1 (ISO 14289-1, its machine-checkable part).
 */
public final class VeraPdf {

  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private VeraPdf() {}

  /** Both profiles every PDF of Årshjul is made to: archivable and accessible at once. */
  public static void assertPdfA2uAndPdfUa1(byte[] pdf) throws Exception {
    assertConforms(pdf, PDFAFlavour.PDFA_2_U);
    assertConforms(pdf, PDFAFlavour.PDFUA_1);
  }

  /** Fails with each failed rule: its id (clause and test number), how often it failed, what it requires and where it failed first. */
  public static void assertConforms(byte[] pdf, PDFAFlavour flavour) throws Exception {
    ValidationResult result;
    try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
      result = validator.validate(parser);
    }
    Map<String, String> failed = new TreeMap<>();
    result.getFailedChecks().forEach((rule, count) -> failed.put(rule.getClause() + "-" + rule.getTestNumber(),
        count + " checks: " + result.getValidationProfile().getRuleByRuleId(rule).getDescription() + firstLocation(result, rule)));
    String report = failed.entrySet().stream().map(rule -> rule.getKey() + " (" + rule.getValue() + ")").collect(Collectors.joining("\n"));
    assertThat(failed).withFailMessage("%s: %d rules failed:%n%s", flavour, failed.size(), report).isEmpty();
    assertThat(result.isCompliant()).as(flavour.getId()).isTrue();
  }

  private static String firstLocation(ValidationResult result, RuleId rule) {
    return result.getTestAssertions().stream().filter(assertion -> assertion.getRuleId().equals(rule)).findFirst()
        .map(assertion -> "; first at " + assertion.getLocation().getContext()).orElse("");
  }
}
