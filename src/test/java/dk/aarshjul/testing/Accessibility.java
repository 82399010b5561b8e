package dk.aarshjul.testing;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * Deque's axe-core (bundled in its jar, no network) on the page the browser shows: WCAG 2.0 and 2.1, levels A
 * and AA, the level the Danish web accessibility act asks of what staff use. See docs/accessibility.md.
 */
public final class Accessibility {

  static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  /**
   * The rules of {@link #WCAG_21_AA}, and only the violations described in full: the elements that pass a rule, or
   * that axe could not decide, are reduced to one per rule. Together with axe's own {@code axe.run} in the page
   * (legacy mode: no second, blank window to put the frames' results together, which our pages do not have from
   * other origins), a check of a Tasklist form took 0.6-1.5 s instead of 1.2-2.9 s (2026-12-05, CycleFormsBrowserIT).
   * {@code setLegacyMode} is deprecated, to be removed in axe-core-selenium 5: check this when upgrading.
   */
  static AxeRunOptions wcag21AaViolations() {
    AxeRunOnlyOptions only = new AxeRunOnlyOptions();
    only.setType("tag");
    only.setValues(WCAG_21_AA);
    AxeRunOptions options = new AxeRunOptions();
    options.setRunOnly(only);
    options.setResultTypes(List.of("violations"));
    return options;
  }

  private Accessibility() {}

  /** Fails with every violation (rule, element, what is wrong) found on the current page; {@code page} names it. */
  public static void assertNoViolations(WebDriver browser, String page) {
    Results results = new AxeBuilder().withOptions(wcag21AaViolations()).setLegacyMode().analyze(browser);
    if (results.isErrored()) {
      throw new AssertionError("axe-core could not check " + page + ": " + results.getErrorMessage());
    }
    List<Rule> violations = results.getViolations();
    if (!violations.isEmpty()) {
      throw new AssertionError(violations.size() + " WCAG 2.1 AA rule(s) violated on " + page + " (" + browser.getCurrentUrl()
          + "):\n" + violations.stream().map(Accessibility::describe).collect(Collectors.joining("\n")));
    }
  }

  private static String describe(Rule rule) {
    return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n" + rule.getNodes().stream()
        .map(Accessibility::describe).collect(Collectors.joining("\n"));
  }

  private static String describe(CheckedNode node) {
    return "    at " + node.getTarget() + "\n      " + String.valueOf(node.getFailureSummary()).replace("\n", "\n      ");
  }
}
