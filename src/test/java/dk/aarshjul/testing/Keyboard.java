package dk.aarshjul.testing;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A person without a mouse: keys go to whatever has the focus (never to an element a test picked), and what has the
 * focus is read as a screen reader names it.
 */
public final class Keyboard {

  private final ChromeDriver browser;

  public Keyboard(ChromeDriver browser) {
    this.browser = browser;
  }

  public void press(CharSequence... keys) {
    new Actions(browser).sendKeys(keys).perform();
    // form-js takes a typed value after its input debounce (300 ms); a person is never faster
    browser.executeAsyncScript("setTimeout(arguments[arguments.length - 1], 350)");
  }

  public void tab() {
    press(Keys.TAB);
  }

  public void shiftTab() {
    new Actions(browser).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
    browser.executeAsyncScript("setTimeout(arguments[arguments.length - 1], 350)");
  }

  /** Presses Tab until the focused control is named {@code name}; returns the names passed on the way. */
  public List<String> tabTo(String name, int atMost) {
    List<String> passed = new ArrayList<>();
    for (int i = 0; i < atMost; i++) {
      new Actions(browser).sendKeys(Keys.TAB).perform();
      String focused = focusedName();
      if (focused.equals(name)) {
        return passed;
      }
      passed.add(focused);
    }
    throw new AssertionError("'" + name + "' not reached with " + atMost + " presses of Tab; passed " + passed);
  }

  /**
   * Presses ArrowDown in an open form-js dropdown until the option a screen reader announces (the focused combobox's
   * active descendant in its listbox) contains {@code option}, then Enter.
   */
  public void pick(String option) {
    for (int i = 0; i < 40; i++) {
      press(Keys.ARROW_DOWN);
      Object announced = browser.executeScript("""
          const box = document.activeElement;
          const option = document.getElementById(box.getAttribute('aria-activedescendant') || '');
          const list = document.getElementById(box.getAttribute('aria-controls') || '');
          return box.getAttribute('role') === 'combobox' && box.getAttribute('aria-expanded') === 'true' && option
            && option.getAttribute('role') === 'option' && option.getAttribute('aria-selected') === 'true'
            && list && list.getAttribute('role') === 'listbox' && list.contains(option) ? option.textContent : null;
          """);
      if (announced != null && announced.toString().contains(option)) {
        press(Keys.ENTER);
        return;
      }
    }
    throw new AssertionError("no option '" + option + "' announced in the dropdown at " + focusedName());
  }

  /** The focused control's accessible name as far as these forms need it: aria-label, label, or its own text. */
  public String focusedName() {
    return String.valueOf(browser.executeScript("""
        const e = document.activeElement;
        if (!e || e === document.body) { return '(nothing)'; }
        const label = e.getAttribute('aria-label') || (e.labels && e.labels.length ? e.labels[0].innerText : '')
          || (e.id && document.querySelector('label[for="' + CSS.escape(e.id) + '"]') || {}).innerText || e.innerText || e.value || e.tagName;
        return label.replace('*', '').replace(/\\s+/g, ' ').trim();
        """));
  }

  /**
   * The focus indicator a sighted keyboard user sees: the outline of the focused element or of the box form-js draws
   * around it (an input group, a tag list, the remove button's icon), as "2px solid rgb(…)"; "none" if there is none.
   */
  public String focusRing() {
    return String.valueOf(browser.executeScript("""
        const e = document.activeElement;
        const carriers = [e, e.closest('.fjs-input-group, .fjs-taglist'), e.querySelector('.fjs-repeat-row-remove-icon-container')]
          .filter(Boolean);
        for (const c of carriers) {
          const s = getComputedStyle(c);
          if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) { return s.outlineWidth + ' ' + s.outlineStyle + ' ' + s.outlineColor; }
          if (s.boxShadow && s.boxShadow !== 'none') { return s.boxShadow; }
        }
        return 'none';
        """));
  }
}
