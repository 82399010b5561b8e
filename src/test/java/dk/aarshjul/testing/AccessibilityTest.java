package dk.aarshjul.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The accessibility check every browser test relies on finds what it should: a page with known WCAG 2.1 AA
 * violations fails with each rule and every element named (two fields without a label: both), and the same page
 * mended passes. Without this, a check that finds nothing (a wrong option, an empty tag list) would pass every form.
 */
@BrowserTest
class AccessibilityTest {

  @RegisterExtension
  static final PagesInBrowser pages = new PagesInBrowser("accessibility");

  @Test
  void aPageWithViolationsFailsNamingEachRuleAndElement() {
    pages.open("violations.html", """
        <!doctype html>
        <html><head><meta charset="utf-8"><title>Fejl</title></head>
        <body><main>
          <h1>Statusrapport</h1>
          <img id="chart" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
          <input id="comment" type="text">
          <input id="status" type="text">
          <p id="faint" style="color:#bbb;background:#fff">Næsten usynlig tekst</p>
        </main></body></html>
        """);
    assertThatThrownBy(() -> Accessibility.assertNoViolations(pages.browser(), "a page with violations"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("on a page with violations")
        .hasMessageContaining("- html-has-lang (serious)")
        .hasMessageContaining("- image-alt (critical)").hasMessageContaining("#chart")
        .hasMessageContaining("- label (critical)").hasMessageContaining("#comment").hasMessageContaining("#status")
        .hasMessageContaining("- color-contrast (serious)").hasMessageContaining("#faint");
  }

  @Test
  void theSamePageMendedPasses() {
    pages.open("mended.html", """
        <!doctype html>
        <html lang="da"><head><meta charset="utf-8"><title>Statusrapport</title></head>
        <body><main>
          <h1>Statusrapport</h1>
          <img id="chart" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Ledighed pr. kvartal">
          <label for="comment">Kommentar</label> <input id="comment" type="text">
          <label for="status">Status</label> <input id="status" type="text">
          <p id="faint" style="color:#333;background:#fff">Tydelig tekst</p>
        </main></body></html>
        """);
    assertThatCode(() -> Accessibility.assertNoViolations(pages.browser(), "the mended page")).doesNotThrowAnyException();
  }
}
