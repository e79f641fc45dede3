package eu.dsrportal.testing;

import eu.dsrportal.shared.domain.DataSubjectRight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven like a person would: fields found by their label, buttons by their text.
 * Never downloads a browser; fails with the install command when Chromium is missing.
 */
public final class Browser implements AutoCloseable {
  public static final String INSTALL_HINT =
      "Browser tests need Debian's Chromium and ChromeDriver: run `sudo apt-get install -y chromium chromium-driver`"
          + " (the CI script .ci/run installs them when run as root).";

  static final String CHROMIUM_DEFAULT = "/usr/bin/chromium";
  static final String CHROMEDRIVER_DEFAULT = "/usr/bin/chromedriver";

  /**
   * Browsers closed by their tests, by preferred language, cleared and ready for the next test:
   * starting Chromium and its driver costs a second or more, some sixty times a run.
   */
  private static final Map<String, Deque<ChromeDriver>> IDLE = new ConcurrentHashMap<>();

  static {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> IDLE.values().forEach(idle -> idle.forEach(ChromeDriver::quit)),
                "quit idle browsers"));
  }

  private static final Duration POLL = Duration.ofMillis(50);

  private final ChromeDriver driver;
  private final WebDriverWait wait;
  private final String baseUrl;
  private final String language;

  private Browser(ChromeDriver driver, String baseUrl, String language) {
    this.driver = driver;
    // Selenium looks again every 500 ms by default: most waits here end a moment after they
    // begin (the next page, an ajax update), so each would lose up to half a second
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(20), POLL);
    // pages are replaced under the wait's feet (submits, ajax updates): look again; Chromium may
    // also report a node of the page being left ("does not belong to the document")
    this.wait.ignoring(StaleElementReferenceException.class);
    this.wait.ignoring(NoSuchElementException.class);
    this.wait.ignoring(
        WebDriverException.class); // the wait still fails, with the last error, after its timeout
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.language = language;
  }

  /**
   * A browser without cookies, history or console messages, whose preferred language is {@code
   * language}: one a test closed before (cleared), or a new one.
   */
  public static Browser open(String baseUrl, String language) {
    ChromeDriver idle = IDLE.getOrDefault(language, new ArrayDeque<>()).pollFirst();
    return new Browser(idle != null ? idle : start(language), baseUrl, language);
  }

  private static ChromeDriver start(String language) {
    Path chromium = Path.of(System.getenv().getOrDefault("CHROME_BIN", CHROMIUM_DEFAULT));
    Path chromedriver = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", CHROMEDRIVER_DEFAULT));
    if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
      throw new IllegalStateException(INSTALL_HINT);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--window-size=1280,1000",
        "--lang=" + language);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
    // the console, where Chromium reports what the Content-Security-Policy refused
    LoggingPreferences logging = new LoggingPreferences();
    logging.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver.toFile())
            .usingAnyFreePort()
            .build();
    return new ChromeDriver(service, options);
  }

  public Browser go(String path) {
    driver.get(path.startsWith("http") ? path : baseUrl + path);
    pageLoaded();
    return this;
  }

  public WebElement field(String label) {
    WebElement labelElement;
    try {
      labelElement =
          wait.until(
              ExpectedConditions.visibilityOfElementLocated(
                  By.xpath("//label[normalize-space()=" + xpathLiteral(label) + "]")));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(
          "no field labelled '"
              + label
              + "' on "
              + driver.getCurrentUrl()
              + " ("
              + driver.getTitle()
              + "): "
              + driver.findElement(By.tagName("body")).getText(),
          e);
    }
    return driver.findElement(By.id(labelElement.getDomAttribute("for")));
  }

  public Browser fill(String label, String value) {
    WebElement input = field(label);
    input.clear();
    input.sendKeys(value);
    return this;
  }

  public Browser select(String label, String optionText) {
    new Select(field(label)).selectByVisibleText(optionText);
    return this;
  }

  /**
   * Ticks (or unticks) the checkbox, or picks the radio button, with this label, and waits until it
   * shows the change. Where the label is for a box, the box is ticked with the space bar.
   */
  public Browser choose(String label) {
    WebElement text =
        wait.until(
            ExpectedConditions.elementToBeClickable(
                By.xpath("//label[normalize-space()=" + xpathLiteral(label) + "]")));
    String target = text.getDomAttribute("for");
    List<WebElement> boxes = target == null ? List.of() : driver.findElements(By.id(target));
    if (boxes.isEmpty() || !boxes.get(0).isDisplayed()) {
      text.click();
      return this;
    }
    WebElement box = wait.until(ExpectedConditions.elementToBeClickable(boxes.get(0)));
    boolean before = box.isSelected();
    // by the keyboard, as a person tabbing through the form: with ChromeDriver 150 a click gave a
    // box in a long list the focus without the tick
    inView(box).sendKeys(Keys.SPACE);
    if ("checkbox".equals(box.getDomAttribute("type"))) {
      wait.until(d -> box.isSelected() != before);
    } else {
      wait.until(d -> box.isSelected());
    }
    return this;
  }

  public Browser press(String buttonText) {
    By button =
        By.xpath(
            "//input[(@type='submit' or @type='button') and @value="
                + xpathLiteral(buttonText)
                + "] | //button[normalize-space()="
                + xpathLiteral(buttonText)
                + "]");
    WebElement pressed = wait.until(ExpectedConditions.elementToBeClickable(button));
    boolean submits = !"button".equals(pressed.getDomAttribute("type"));
    inView(pressed).click();
    if (submits) {
      awaitNextPage(pressed);
    }
    return this;
  }

  /**
   * A form post leaves the page: wait until the pressed button is gone, so that the next look is at
   * the answer, not at the page still being left. A press that stays (the browser's own validation
   * refused the form) goes on after a short while.
   */
  private void awaitNextPage(WebElement pressed) {
    try {
      new WebDriverWait(driver, Duration.ofSeconds(5), POLL)
          .until(ExpectedConditions.stalenessOf(pressed));
    } catch (TimeoutException stayed) {
      // no navigation: the caller looks at the same page
    } catch (WebDriverException gone) {
      // Chromium may also report a button of the page left as not in the document
    }
    pageLoaded();
  }

  /**
   * Until the page being loaded is complete: the old page is gone as soon as the next one starts
   * loading, and with ChromeDriver 150 a look right then found an empty page.
   */
  private void pageLoaded() {
    wait.until(
        d ->
            "complete"
                .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  /** Presses the button with this title (several buttons may share a text, e.g. one per row). */
  public Browser pressTitled(String title) {
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.xpath("//input[@type='submit' and @title=" + xpathLiteral(title) + "]")))
        .click();
    return this;
  }

  /** Presses a button whose form is re-rendered by ajax, and waits until it has been. */
  public Browser pressAjax(String buttonText) {
    By button =
        By.xpath(
            "//input[(@type='submit' or @type='button') and @value="
                + xpathLiteral(buttonText)
                + "]");
    WebElement element = wait.until(ExpectedConditions.elementToBeClickable(button));
    element.click();
    wait.until(ExpectedConditions.stalenessOf(element));
    return this;
  }

  /**
   * Follows a link and, when it leads to another page in this window, waits for that page: a look
   * right after the click was still at the page being left (AccountsIT found no row there).
   */
  public Browser follow(String linkText) {
    WebElement link =
        inView(wait.until(ExpectedConditions.elementToBeClickable(By.linkText(linkText))));
    String href = link.getDomAttribute("href");
    boolean leaves =
        href != null
            && !href.startsWith("#")
            && link.getDomAttribute("target") == null
            && link.getDomAttribute("download") == null;
    link.click();
    if (leaves) {
      awaitNextPage(link);
    }
    return this;
  }

  /**
   * The element scrolled into the middle of the window, for a click: ChromeDriver 150 clicked an
   * element just below the window's edge without scrolling to it (a box got the focus but not the
   * tick, a button was not pressed).
   */
  private WebElement inView(WebElement element) {
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    return element;
  }

  public Browser waitForText(String text) {
    wait.until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    return this;
  }

  /** Reloads the page until it shows the text, as a person waiting for something would. */
  public Browser reloadUntilText(String text) {
    // each look reloads the page: at Selenium's own pace (every 500 ms), not the other waits'
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .ignoring(StaleElementReferenceException.class)
        .ignoring(NoSuchElementException.class)
        .ignoring(WebDriverException.class)
        .until(
            d -> {
              if (d.findElement(By.tagName("body")).getText().contains(text)) {
                return true;
              }
              d.navigate().refresh();
              return false;
            });
    return this;
  }

  /** The page's text; read again if Chromium is just replacing the page. */
  public String text() {
    return wait.until(d -> d.findElement(By.tagName("body")).getText());
  }

  public String text(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by)).getText();
  }

  /** The page's title, as a screen reader announces it first. */
  public String title() {
    return driver.getTitle();
  }

  public String heading() {
    return text(By.tagName("h1"));
  }

  public String pageLanguage() {
    return driver.findElement(By.tagName("html")).getDomAttribute("lang");
  }

  public String currentUrl() {
    return driver.getCurrentUrl();
  }

  public List<WebElement> all(By by) {
    return driver.findElements(by);
  }

  /**
   * Sets a field's value by script: for fields a person cannot see or reach (the honeypot, as a
   * form-filling robot does) and for date inputs, whose typing order depends on the browser's
   * locale.
   */
  public Browser setValue(String id, String value) {
    ((JavascriptExecutor) driver)
        .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    return this;
  }

  /**
   * Runs axe-core (from npm, fetched by the build; see it.axe) on the current page against WCAG 2.1
   * A and AA, and returns the serious and critical violations as "rule: help (elements)".
   */
  @SuppressWarnings("unchecked")
  public List<String> accessibilityViolations() throws java.io.IOException {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined';"))) {
      js.executeScript(Files.readString(Path.of(System.getProperty("it.axe"))));
    }
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    Object result =
        js.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag',"
                + " values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(r => done(r.violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ': ' + v.help + ' ('"
                + " + v.nodes.map(n => n.target.join(' ')).join(', ') + ')')))"
                + ".catch(e => done(['axe failed: ' + e]));");
    return (List<String>) result;
  }

  /**
   * A whole-page screenshot (up to 4000 pixels high, at the window's width; see {@link
   * #windowWidth}) in target/screenshots/{name}.png, for people to look at: taken only when the
   * build is asked for them ({@code mvn verify -Dit.screenshots=true}), as they cost a run time and
   * assert nothing.
   */
  public Path screenshot(String name) throws java.io.IOException {
    Path target = Path.of("target", "screenshots", name + ".png");
    if (!Boolean.getBoolean("it.screenshots")) {
      return target;
    }
    Files.createDirectories(target.getParent());
    org.openqa.selenium.Dimension window = driver.manage().window().getSize();
    long height =
        (Long)
            ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollHeight;");
    driver
        .manage()
        .window()
        .setSize(
            new org.openqa.selenium.Dimension(
                window.getWidth(),
                (int) Math.min(4000, Math.max(window.getHeight(), height + 140))));
    byte[] png =
        ((org.openqa.selenium.TakesScreenshot) driver)
            .getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
    driver.manage().window().setSize(window);
    Files.write(target, png);
    return target;
  }

  /**
   * As {@link #screenshot}, at a phone's width (390) and a laptop's (1280), named {name}-390 and
   * {name}-1280; the window is left at 1280. Nothing, not even the resizing, without screenshots.
   */
  public void screenshotsAtBothWidths(String name) throws java.io.IOException {
    if (!Boolean.getBoolean("it.screenshots")) {
      return;
    }
    windowWidth(390);
    screenshot(name + "-390");
    windowWidth(1280);
    screenshot(name + "-1280");
  }

  /** The id of the element that has the keyboard focus. */
  public String focusedId() {
    return driver.switchTo().activeElement().getDomAttribute("id");
  }

  /** Narrows or widens the window, e.g. to a phone's 320 CSS pixels. */
  public Browser windowWidth(int width) {
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
    return this;
  }

  /**
   * What sticks out to the right when the page is wider than the window (a phone would scroll
   * sideways); empty when it is not.
   */
  @SuppressWarnings("unchecked")
  public List<String> sidewaysOverflow() {
    return (List<String>)
        ((JavascriptExecutor) driver)
            .executeScript(
                "const root = document.documentElement, w = root.clientWidth;"
                    + "if (root.scrollWidth <= w + 1) return [];"
                    + "return [...document.querySelectorAll('body *')]"
                    + ".filter(e => e.getBoundingClientRect().right > w + 1).slice(0, 5)"
                    + ".map(e => e.tagName + (e.id ? '#' + e.id : '') + ' '"
                    + " + (e.textContent || '').trim().slice(0, 40));");
  }

  /** How many rows the top bar's parts take: brand, languages and logout; and the menu. */
  public record TopBar(int barRows, int menuRows) {}

  /** The top bar as laid out now (1 and 1 on a desktop: the menu has a row of its own). */
  public TopBar topBar() {
    return new TopBar(
        rowsOf("header.top > a, header.top nav.languages a, header.top .user *"),
        rowsOf("header.top nav.menu a"));
  }

  /**
   * The rows that the visible elements matching this CSS selector take (their vertical middles,
   * grouped within 8 pixels): 1 when they sit on one line.
   */
  private int rowsOf(String cssSelector) {
    return ((Number)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "const rows = [];"
                        + "for (const e of document.querySelectorAll(arguments[0])) {"
                        + "  const r = e.getBoundingClientRect();"
                        + "  if (r.width === 0 || r.height === 0) continue;"
                        + "  const middle = r.top + r.height / 2;"
                        + "  if (!rows.some(m => Math.abs(m - middle) <= 8)) rows.push(middle);"
                        + "}"
                        + "return rows.length;",
                    cssSelector))
        .intValue();
  }

  /**
   * Presses Tab until the element with this id has the keyboard focus (at most 40 times), as a
   * keyboard user moves through the page; fails if it is never reached.
   */
  public Browser tabTo(String id) {
    for (int i = 0; i < 40; i++) {
      if (id.equals(driver.switchTo().activeElement().getDomAttribute("id"))) {
        return this;
      }
      new org.openqa.selenium.interactions.Actions(driver)
          .sendKeys(org.openqa.selenium.Keys.TAB)
          .perform();
    }
    throw new AssertionError("the keyboard never reaches #" + id);
  }

  /** Types into whatever has the keyboard focus (Enter and arrows included). */
  public Browser type(CharSequence... keys) {
    new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
    return this;
  }

  /** Takes elements out of the page, as a robot that ignores them would. */
  public Browser removeElements(String cssSelector) {
    ((JavascriptExecutor) driver)
        .executeScript(
            "document.querySelectorAll(arguments[0]).forEach(e => e.remove());", cssSelector);
    return this;
  }

  /** Whether a script set {@code window.xss} on this page: stored payloads must never run. */
  public boolean injectedScriptRan() {
    return Boolean.TRUE.equals(
        ((JavascriptExecutor) driver).executeScript("return window.xss === true;"));
  }

  /**
   * Adds an inline script to the page the way an injected payload would: as an element without the
   * page's nonce.
   */
  public void insertInlineScript(String javascript) {
    ((JavascriptExecutor) driver)
        .executeScript(
            "const s = document.createElement('script');"
                + " s.textContent = arguments[0]; document.body.appendChild(s);",
            javascript);
  }

  /**
   * What the Content-Security-Policy refused since the last call, as Chromium reported it on the
   * console (on every page visited since, ajax updates included).
   */
  public List<String> contentSecurityPolicyViolations() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::getMessage)
        .filter(message -> message.contains("Content Security Policy"))
        .toList();
  }

  /** Fetches a link's target with this browser's session, as a download. */
  public java.net.http.HttpResponse<String> download(String href) throws Exception {
    String url = href.startsWith("http") ? href : baseUrl + href;
    return java.net.http.HttpClient.newHttpClient()
        .send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                .header("Cookie", "JSESSIONID=" + cookie("JSESSIONID").getValue())
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
  }

  public Cookie cookie(String name) {
    return driver.manage().getCookieNamed(name);
  }

  /** Replaces a cookie of the current site by one with the same path and another value. */
  public Browser setCookie(String name, String value) {
    Cookie current = driver.manage().getCookieNamed(name);
    driver.manage().deleteCookieNamed(name);
    driver
        .manage()
        .addCookie(
            new Cookie.Builder(name, value)
                .path(current == null ? "/" : current.getPath())
                .isHttpOnly(true)
                .build());
    return this;
  }

  public String pageSource() {
    return driver.getPageSource();
  }

  /** The data subject fills in and sends the public form (the current page must be the form). */
  public Browser submitRequest(
      Bundle bundle,
      String name,
      String email,
      String organisation,
      DataSubjectRight right,
      String description) {
    return fill(bundle.get("intake.name"), name)
        .fill(bundle.get("intake.email"), email)
        .fill(bundle.get("intake.organisation"), organisation)
        .select(
            bundle.get("intake.right"),
            bundle.get("right." + right.name())
                + (right.hasArticle()
                    ? " (" + bundle.get("right.article") + " " + right.article() + ")"
                    : ""))
        .fill(bundle.get("intake.description"), description)
        .press(bundle.get("intake.submit"));
  }

  /**
   * Support staff, on a request's page, search the customer, choose it among the results, see where
   * the data will go and confirm the forward.
   */
  public Browser forwardTo(Bundle bundle, String search, String customerName) {
    fill(bundle.get("forward.search"), search).press(bundle.get("forward.searchButton"));
    chooseCustomer(bundle, customerName);
    confirmForward();
    return waitForText(bundle.get("forward.done", customerName));
  }

  /** In the forward form, chooses a suggested or found customer (nothing is sent yet). */
  public Browser chooseCustomer(Bundle bundle, String customerName) {
    WebElement pressed =
        wait.until(
            ExpectedConditions.elementToBeClickable(
                By.xpath(
                    "//input[@type='submit' and @title="
                        + xpathLiteral(bundle.get("forward.choose") + " " + customerName)
                        + "]")));
    pressed.click();
    awaitNextPage(pressed);
    return this;
  }

  /** In the forward form, the one confirmation of the customer chosen. */
  public Browser confirmForward() {
    WebElement pressed =
        wait.until(ExpectedConditions.elementToBeClickable(By.id("forwardForm:forward")));
    pressed.click();
    awaitNextPage(pressed);
    return this;
  }

  /**
   * From now on the browser's requests say they were forwarded for {@code clientAddress}: as a
   * client behind the tests' trusted proxy (127.0.0.1, see Deployments) at another address.
   */
  public Browser forwardedFor(String clientAddress) {
    driver.executeCdpCommand("Network.enable", Map.of());
    driver.executeCdpCommand(
        "Network.setExtraHTTPHeaders", Map.of("headers", Map.of("X-Forwarded-For", clientAddress)));
    return this;
  }

  public void logInAs(String username, String password, Bundle bundle) {
    go("/login.xhtml");
    fill(bundle.get("login.username"), username);
    fill(bundle.get("login.password"), password);
    press(bundle.get("login.submit"));
    wait.until(d -> !d.getCurrentUrl().contains("/login.xhtml"));
    if (driver.getCurrentUrl().contains("/login-code.xhtml") && AuthenticatorApp.knows(username)) {
      fill(bundle.get("login.code"), AuthenticatorApp.nextCode(username));
      press(bundle.get("login.code.submit"));
      wait.until(d -> !d.getCurrentUrl().contains("/login-code.xhtml"));
    }
    pageLoaded(); // the address changes when the next page starts loading
  }

  public void logOut(Bundle bundle) {
    press(bundle.get("nav.logout"));
    wait.until(d -> d.getCurrentUrl().contains("/login.xhtml"));
  }

  /**
   * Clears the browser for the next test (cookies of every site, storage, console, window size) and
   * keeps it; one that cannot be cleared, or has more than one window, is quit.
   */
  @Override
  public void close() {
    try {
      if (driver.getWindowHandles().size() != 1) {
        driver.quit();
        return;
      }
      driver.get("about:blank");
      driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
      driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of()));
      for (PortalConfig config : PortalConfig.values()) {
        driver.executeCdpCommand(
            "Storage.clearDataForOrigin",
            Map.of("origin", config.baseUrl(), "storageTypes", "all"));
      }
      driver.manage().window().setSize(new Dimension(1280, 1000));
      driver.manage().logs().get(LogType.BROWSER); // read, so the next test sees only its own
      IDLE.computeIfAbsent(language, l -> new ConcurrentLinkedDeque<>()).push(driver);
    } catch (WebDriverException e) {
      driver.quit();
    }
  }

  private static String xpathLiteral(String text) {
    if (!text.contains("'")) {
      return "'" + text + "'";
    }
    return "concat('" + text.replace("'", "', \"'\", '") + "')";
  }
}
