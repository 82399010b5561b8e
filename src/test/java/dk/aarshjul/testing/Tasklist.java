package dk.aarshjul.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The real Camunda Tasklist in a Danish headless Chromium, used as a member of staff uses it. */
public final class Tasklist implements AutoCloseable {

  /** How a date is typed into a Danish form-js date field. */
  public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

  private final int port;
  private final ChromeDriver browser = Browsers.headlessChromium();
  private final WebDriverWait wait = Browsers.waitUpTo(browser, Duration.ofSeconds(20));
  private boolean checkingAccessibility;

  public Tasklist(int port) {
    this.port = port;
  }

  /**
   * From now on every task opened with {@link #openAndClaim} is checked with axe-core (WCAG 2.1 AA) twice: read-only
   * before it is taken, and taken. Off by default: a check costs 0.6-1.5 s, and the tests that visit every form
   * are enough (docs/accessibility.md).
   */
  public Tasklist checkingAccessibility() {
    checkingAccessibility = true;
    return this;
  }

  /** Fails on any WCAG 2.1 AA violation axe-core finds on the page shown now; {@code page} names it in the failure. */
  public void assertAccessible(String page) {
    settle();
    Accessibility.assertNoViolations(browser, page);
  }

  public ChromeDriver browser() {
    return browser;
  }

  public WebDriverWait await() {
    return wait;
  }

  /** Tasklist's login page, logged out. */
  public void openLoginPage() {
    browser.manage().deleteAllCookies();
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model=username]")));
    Browsers.waitUpTo(browser, Duration.ofSeconds(20)).withMessage("Tasklist in Danish")
        .until(ExpectedConditions.textToBe(By.cssSelector("button[type=submit]"), "Log ind"));
    // Tasklist puts the focus in the user name field by a browser timer 300 ms after it started, before the form showed;
    // a password typed before that timer fired went into the user name (seen under load): wait until it has
    // fired, which shows as the focus in the field, or at most two seconds
    try {
      Browsers.waitUpTo(browser, Duration.ofSeconds(2)).until(d -> Boolean.TRUE.equals(browser.executeScript(
          "return document.activeElement && document.activeElement.getAttribute('ng-model') === 'username'")));
    } catch (org.openqa.selenium.TimeoutException focusNeverMoved) {
      // a Tasklist that does not move the focus: nothing to wait for
    }
  }

  /** Logs in on Tasklist's login page, and waits until the login has gone through. */
  public void logIn(String user) {
    openLoginPage();
    WebElement username = browser.findElement(By.cssSelector("input[ng-model=username]"));
    WebElement password = browser.findElement(By.cssSelector("input[type=password]"));
    // Tasklist's focus timer can still fire while the password is typed, and the rest of it then goes into the user
    // name (seen in CI on 2026-12-03: "vallensbaek.plannerdemo", later than openLoginPage's two seconds): the
    // fields are typed again until they hold what was typed, as a person corrects what they see
    for (int typed = 1; ; typed++) {
      username.clear();
      username.sendKeys(user);
      password.clear();
      password.sendKeys(Api.DEMO_PASSWORD);
      if (user.equals(username.getDomProperty("value")) && Api.DEMO_PASSWORD.equals(password.getDomProperty("value"))) {
        break;
      }
      if (typed == 3) {
        throw new AssertionError("The login form does not keep what is typed: user name '" + username.getDomProperty("value") + "'");
      }
    }
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    Browsers.waitUpTo(browser, Duration.ofSeconds(20))
        .withMessage(() -> user + " is not logged in: " + browser.findElement(By.tagName("body")).getText())
        .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model=username]")));
  }

  /** Opens a task from the list, waits for its form to show the given text, and takes (claims) it. */
  public void openAndClaim(String taskId, String taskName, String formText) {
    String shown = clickInList(taskId);
    // the list shows the task's name followed by its plan ("... – Beskæftigelsesplan 2027 for Tårnby Kommune")
    if (taskName != null && !shown.startsWith(taskName + " – ")) {
      throw new AssertionError("The task list shows '" + shown + "', not '" + taskName + " – <plan>'");
    }
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-form"), formText));
    String task = "the task '" + (taskName != null ? taskName : formText) + "'";
    if (checkingAccessibility) {
      assertAccessible(task + " before it is taken");
    }
    // Tasklist opens a candidate task read-only until the user takes (claims) it
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[self::a or self::button][normalize-space(.)='Tag opgaven']"))).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".disabled-form")));
    settle();
    if (checkingAccessibility) {
      assertAccessible(task + ", taken");
    }
  }

  /**
   * Clicks the task in the task list and returns the text the list shows for it. A task that came after the list was
   * loaded (the engine's step after the last task ran meanwhile) shows only at Tasklist's next refresh, up to ten
   * seconds later: as a person presses F5, the page is reloaded when the task is not in the list.
   */
  private String clickInList(String taskId) {
    By link = By.cssSelector(".tasks-list a[href='#/?task=" + taskId + "']");
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    // the list already shown gets two seconds; a reloaded page five, to load Tasklist and its list
    Duration patience = Duration.ofSeconds(2);
    while (true) {
      try {
        // Tasklist draws the list again as its filters' counts come in: a task found in one drawing is looked up
        // again, and clicked, in the next
        return Browsers.waitUpTo(browser, patience).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
            .until(d -> {
              WebElement inList = ExpectedConditions.elementToBeClickable(link).apply(d);
              if (inList == null) {
                return null;
              }
              String text = inList.getText();
              inList.click();
              return text;
            });
      } catch (org.openqa.selenium.TimeoutException notYetListed) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("Task " + taskId + " is not in Tasklist's list: "
              + browser.findElement(By.tagName("body")).getText(), notYetListed);
        }
        browser.navigate().refresh();
        patience = Duration.ofSeconds(5);
      }
    }
  }

  /**
   * Waits until Tasklist has no request in flight and the page has not changed for 0.7 s. After a claim Tasklist loads the task and
   * renders its form again; a person reads the form meanwhile, a test would otherwise fill in (and press
   * Afslut on) the form that is about to be replaced.
   * <p>
   * A change is a change of the page's elements or text, a request begun or ended, a key, input or pointer event (a
   * value typed changes no element, and form-js takes it only after its input debounce of 300 ms), or the window
   * resized. The page keeps the time of its last change from the first settling on, so quiet time that has already
   * passed counts: a settling right after another (a photograph, then Afslut) returns at once instead of waiting
   * another 0.7 s. A page just loaded counts from its first settling.
   */
  public void settle() {
    browser.executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        if (!window.aarshjulQuiet) {
          const quiet = window.aarshjulQuiet = {last: Date.now()};
          const changed = () => quiet.last = Date.now();
          new MutationObserver(changed).observe(document.documentElement, {childList: true, subtree: true, characterData: true});
          // a request that began and ended between two settlings (Tasklist's customisation counts them on <html>)
          new MutationObserver(changed).observe(document.documentElement, {attributeFilter: ['data-aarshjul-requests']});
          for (const event of ['keydown', 'input', 'change', 'mousedown', 'click']) {
            document.addEventListener(event, changed, true);
          }
          window.addEventListener('resize', changed);
        }
        const quiet = window.aarshjulQuiet;
        const started = Date.now();
        const busy = () => (document.documentElement.dataset.aarshjulRequests || '0') !== '0';
        const check = () => {
          if (busy()) {
            quiet.last = Date.now();
          }
          if (Date.now() - quiet.last >= 700 || Date.now() - started > 15000) {
            done();
          } else {
            setTimeout(check, Math.min(100, Math.max(10, 700 - (Date.now() - quiet.last))));
          }
        };
        check();
        """);
  }

  /** A form-js field by its visible label; the first, where a list repeats it. */
  public WebElement field(String label) {
    WebElement labelElement = browser.findElement(By.xpath(
        "//label[contains(@class,'fjs-form-field-label')][normalize-space(translate(., '*', ''))='" + label + "']"));
    return browser.findElement(By.id(labelElement.getAttribute("for")));
  }

  /** The form-js field (its .fjs-form-field wrapper) of the input with the given label; the first, where a list repeats it. */
  public WebElement fieldWrapper(String label) {
    return field(label).findElement(By.xpath("ancestor::div[contains(concat(' ', @class, ' '), ' fjs-form-field ')][1]"));
  }

  /** The error messages shown under a field, as a person reads them. */
  public String errorsAt(String label) {
    return fieldWrapper(label).findElements(By.cssSelector(".fjs-form-field-error")).stream()
        .map(WebElement::getText).collect(java.util.stream.Collectors.joining("\n"));
  }

  /**
   * The errors that describe the field (its aria-describedby) and sit in a live region (aria-live, role alert or
   * status): what a screen reader reads with the field and says when it appears.
   */
  public String liveErrorsOf(String label) {
    return String.valueOf(browser.executeScript("""
        return (arguments[0].getAttribute('aria-describedby') || '').split(' ').map(id => document.getElementById(id))
          .filter(e => e && e.closest('[aria-live], [role=alert], [role=status]')).map(e => e.innerText).join(' | ');
        """, field(label)));
  }

  /** Empties a text field as a person does (select all, delete), then waits until form-js has taken it. */
  public void clear(String label) {
    WebElement input = field(label);
    browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
    input.click();
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    wait.until(d -> field(label).getDomProperty("value").isEmpty());
    browser.executeAsyncScript("setTimeout(arguments[arguments.length - 1], 400)");
  }

  public void type(String label, CharSequence text) {
    WebElement input = field(label);
    browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
    input.click();
    input.sendKeys(text);
    String typed = text.toString();
    if (typed.chars().allMatch(c -> c >= ' ' && c < 0xE000)) {
      wait.until(d -> typed.equals(field(label).getDomProperty("value")));
    }
    // form-js takes a typed value into its data only after its input debounce (300 ms); a field of the same
    // list item changed before then writes the item back without it (the value seen "emptied")
    browser.executeAsyncScript("setTimeout(arguments[arguments.length - 1], 400)");
  }

  /** A form-js select with search: type, then pick the option that contains the text. */
  public void search(String label, String text) {
    type(label, text);
    wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][contains(., '" + text + "')]"))).click();
  }

  /** A form-js checkbox by its label. */
  public void tick(String label) {
    WebElement labelElement = browser.findElement(By.xpath("//label[contains(normalize-space(.), '" + label + "')]"));
    String forId = labelElement.getAttribute("for");
    WebElement box = forId != null && !forId.isEmpty() ? browser.findElement(By.id(forId))
        : labelElement.findElement(By.cssSelector("input[type=checkbox]"));
    browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", box);
    box.click();
    Browsers.waitUpTo(browser, Duration.ofSeconds(20)).withMessage(() -> "'" + label + "' stays unticked: "
        + browser.executeScript("const b = arguments[0]; return JSON.stringify({id: b.id, type: b.type, disabled: b.disabled,"
            + " checked: b.checked, connected: b.isConnected, sameId: document.querySelectorAll('[id=\"' + b.id + '\"]').length,"
            + " forms: document.querySelectorAll('.fjs-container').length, busy: document.documentElement.dataset.aarshjulRequests})", box))
        .until(d -> box.isSelected());
  }

  /** A form-js select: open it, pick the option. */
  public void choose(String label, String option) {
    WebElement select = browser.findElement(By.xpath("//label[contains(@class,'fjs-form-field-label')]"
        + "[normalize-space(translate(., '*', ''))='" + label + "']/following::div[contains(@class,'fjs-input-group')][1]"));
    browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", select);
    select.click();
    wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='" + option + "']"))).click();
  }

  public void complete() {
    // form-js takes a typed value into its data only after its input debounce (300 ms); a person is never
    // that fast, a test is: the settling lasts until 0.7 s after the last key or input event, so the browser's own
    // timer has passed (and what it changed has been drawn) before Afslut reads the form's data
    settle();
    WebElement complete = wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space(.)='Afslut']")));
    browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", complete);
    complete.click();
  }

  /** What Tasklist's Afslut button depends on, for a test's failure message. */
  public String completeButtonState() {
    return String.valueOf(browser.executeScript("""
        const button = [...document.querySelectorAll('button')].find(b => b.textContent.trim() === 'Afslut');
        if (!button || !window.angular) { return 'no Afslut button'; }
        let scope = angular.element(button).scope();
        while (scope && !Object.prototype.hasOwnProperty.call(scope, 'disableCompleteButton')) { scope = scope.$parent; }
        if (!scope) { return 'no scope'; }
        return JSON.stringify({disabled: button.disabled, disable: scope.disableCompleteButton(), inProgress: !!scope.completeInProgress,
          invalid: !!scope.$invalid, removed: !!scope.taskRemoved, options: scope.options, loaded: !!scope.$loaded,
          hash: location.hash, notifications: document.querySelector('.page-notifications') ? document.querySelector('.page-notifications').innerText : ''});
        """));
  }

  /** Writes target/{name}.png; the name may have folders ("screenshots/tasklist/draft"). */
  public void screenshot(String name) {
    try {
      Path file = Path.of("target", name + ".png");
      Files.createDirectories(file.getParent());
      Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    browser.quit();
  }
}
