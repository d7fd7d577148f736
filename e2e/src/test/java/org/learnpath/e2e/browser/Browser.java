package org.learnpath.e2e.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.learnpath.e2e.E2e;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SessionNotCreatedException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * One headless Chromium, driven through its ChromeDriver, for one scenario: a fresh profile (no cookies from
 * another scenario), two viewports (desktop 1280x900 and phone 390x844, emulated through the DevTools protocol so
 * that the page sees exactly that size), sign-in through Keycloak's own login page, screenshots under
 * {@code target/screenshots/<Scenario>/}, and axe-core on every page a scenario checks.
 */
public final class Browser implements AutoCloseable {

    public static final Viewport DESKTOP = new Viewport("desktop", 1280, 900, false);
    public static final Viewport PHONE = new Viewport("phone", 390, 844, true);

    /** Waits for the page are generous: two cores build, run Keycloak, Kafka and four JVMs at once. */
    public static final Duration WAIT = Duration.ofSeconds(20);

    /** What axe reports and a scenario does not accept. */
    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

    /**
     * {@code -Dlearnpath.e2e.axe=report}: print serious and critical violations instead of failing on them, to see
     * how far the scenarios get while a page is being fixed. Never in CI.
     */
    private static final boolean AXE_REPORT_ONLY = "report".equals(System.getProperty("learnpath.e2e.axe"));

    /** Selenium warns at every start that it has no DevTools bindings for this Chromium: none are used. */
    private static final Logger CDP_VERSION_LOGGER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_VERSION_LOGGER.setLevel(Level.SEVERE);
    }

    /** A viewport the page is shown in. */
    public record Viewport(String name, int width, int height, boolean mobile) {
    }

    private final String scenario;
    private final Path shotsDir;
    private final Path profile;
    private final ChromeDriver driver;
    private Viewport viewport;
    private int shots;
    private final List<String> axeChecked = new ArrayList<>();
    private final List<String> consoleSeen = new ArrayList<>();

    private Browser(String scenario, Path shotsDir, Path profile, ChromeDriver driver) {
        this.scenario = scenario;
        this.shotsDir = shotsDir;
        this.profile = profile;
        this.driver = driver;
    }

    /** Starts Chromium for {@code scenario} (the screenshot folder's name), in the desktop viewport. */
    public static Browser open(String scenario) {
        Chromium chromium = Chromium.locate();
        Path target = Path.of(System.getProperty("learnpath.e2e.target-dir", "target")).toAbsolutePath().normalize();
        Path shotsDir = target.resolve("screenshots").resolve(scenario);
        Path profile;
        try {
            deleteTree(shotsDir);
            Files.createDirectories(target.resolve("browser-logs"));
            profile = Files.createTempDirectory("learnpath-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The driver executable and the browser binary are both given: Selenium Manager has nothing to look up.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromium.driver().toFile())
                .usingAnyFreePort()
                .withLogFile(target.resolve("browser-logs").resolve(scenario + "-chromedriver.log").toFile())
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.browser().toFile());
        options.addArguments(
                "--headless=new",
                // Root in CI and containers: Chromium's sandbox needs user namespaces it may not get there.
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                // The machine's network is closed: no calls home, no updates, no sync, no QUIC probes.
                "--disable-quic",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--password-store=basic",
                "--lang=en-US",
                "--user-data-dir=" + profile,
                "--window-size=" + DESKTOP.width() + "," + DESKTOP.height());
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (SessionNotCreatedException e) {
            deleteTree(profile);
            throw new AssertionError("Chromium did not start through ChromeDriver (" + chromium.versions() + "): "
                    + e.getMessage().lines().findFirst().orElse("") + ". Both must be installed and of the same major"
                    + " version. " + Chromium.INSTALL_HINT, e);
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
        Browser browser = new Browser(scenario, shotsDir, profile, driver);
        browser.use(DESKTOP);
        return browser;
    }

    public ChromeDriver driver() {
        return driver;
    }

    public String scenario() {
        return scenario;
    }

    // --- Viewports

    /** Shows the page as {@code viewport} from now on (also after navigation), and lets it lay out again. */
    public void use(Viewport viewport) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", viewport.width(), "height", viewport.height(), "deviceScaleFactor", 1,
                "mobile", viewport.mobile()));
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", viewport.mobile()));
        this.viewport = viewport;
        settle();
    }

    public Viewport viewport() {
        return viewport;
    }

    // --- Navigation and waiting

    public void go(String url) {
        driver.get(url);
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public void back() {
        driver.navigate().back();
    }

    public void reload() {
        driver.navigate().refresh();
    }

    /** The first element matching {@code css} once there is one (not necessarily visible). */
    public WebElement waitFor(String css) {
        return await("an element " + css + " on " + describePage(), () -> first(css), e -> e != null);
    }

    /** The first element matching {@code css} once it is displayed. */
    public WebElement waitForVisible(String css) {
        return await("a visible element " + css + " on " + describePage(), () -> first(css),
                e -> e != null && e.isDisplayed());
    }

    /** Waits until nothing matches {@code css}. */
    public void waitForNone(String css) {
        await("no element " + css + " on " + describePage(), () -> all(css).size(), n -> n == 0);
    }

    /** The first match or null, without waiting. */
    public WebElement first(String css) {
        List<WebElement> found = driver.findElements(By.cssSelector(css));
        return found.isEmpty() ? null : found.get(0);
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public boolean present(String css) {
        return !all(css).isEmpty();
    }

    public void click(String css) {
        WebElement element = waitForVisible(css);
        scrollIntoView(element);
        element.click();
    }

    /** Clicks {@code css} (a submit button, a link) and waits until another page has replaced this one. */
    public void submit(String css) {
        WebElement page = driver.findElement(By.tagName("html"));
        click(css);
        await("a new page after clicking " + css, () -> {
            try {
                page.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return true;
            }
        }, replaced -> replaced);
        waitFor("body");
    }

    /** Ticks a radio button or checkbox: on itself if shown, else on its label (custom-styled inputs hide it). */
    public void check(String css) {
        WebElement input = waitFor(css);
        scrollIntoView(input);
        if (input.isDisplayed()) {
            input.click();
        } else {
            driver.executeScript("(arguments[0].closest('label') || arguments[0]).click()", input);
        }
        await("the input " + css + " to be ticked", input::isSelected, ticked -> ticked);
    }

    /** Replaces the field's value with {@code text} as typed keys (the page sees input events). */
    public void type(String css, String text) {
        WebElement field = waitForVisible(css);
        scrollIntoView(field);
        field.clear();
        field.sendKeys(text);
    }

    public void scrollIntoView(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})", element);
    }

    /** Polls {@code poll} every 100 ms until {@code done}; fails naming {@code what} and the last value seen. */
    public <T> T await(String what, Supplier<T> poll, Predicate<T> done) {
        return await(what, WAIT, poll, done);
    }

    public <T> T await(String what, Duration timeout, Supplier<T> poll, Predicate<T> done) {
        // A WebDriverException while polling (an element replaced by a redraw) counts as "not yet", as E2e's does.
        return E2e.await(timeout, what + " (on " + url() + ")", poll, done);
    }

    /** Two animation frames: layout, custom elements' redraws and CSS media queries have caught up. */
    public void settle() {
        try {
            driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "requestAnimationFrame(() => requestAnimationFrame(() => done(true)));");
        } catch (WebDriverException e) {
            sleep(200); // a page being replaced has no frame to wait for
        }
    }

    // --- Signing in and out

    /**
     * Signs {@code user} in through Keycloak's own login page, from wherever the browser is now: the caller has
     * opened the landing page and clicked {@code a#sign-in}, or opened a protected page. Waits until the portal
     * shows the user's name.
     */
    public void completeKeycloakLogin(String user, String password) {
        waitForVisible("#username");
        type("#username", user);
        type("#password", password);
        click("#kc-login");
        await("the portal to show " + user + " as signed in", () -> first("#user-name"),
                e -> e != null && e.getText().trim().equals(user));
    }

    // --- Screenshots

    /** A full-page screenshot in the current viewport: {@code <nn>-<name>.png}. */
    public Path shot(String name) {
        settle();
        Path file = shotsDir.resolve(String.format(Locale.ROOT, "%02d-%s.png", ++shots, name));
        try {
            Files.createDirectories(shotsDir);
            Files.write(file, fullPage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private byte[] fullPage() {
        try {
            Number height = (Number) driver.executeScript(
                    "return Math.max(document.documentElement.scrollHeight, document.body ? document.body.scrollHeight : 0)");
            int h = Math.min(Math.max(height.intValue(), viewport.height()), 6000);
            Map<String, Object> result = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                    "format", "png", "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", viewport.width(), "height", h, "scale", 1)));
            return Base64.getDecoder().decode((String) result.get("data"));
        } catch (WebDriverException | ClassCastException e) {
            return driver.getScreenshotAs(OutputType.BYTES);
        }
    }

    // --- Accessibility

    /**
     * axe-core (the WCAG 2.x and best-practice rules it runs by default) on the current page, shadow roots included;
     * fails on every violation of impact serious or critical, listing rule, impact, elements and help. Violations of
     * lesser impact are printed, not failed.
     */
    public Results axe() {
        return axe(List.of(), !AXE_REPORT_ONLY);
    }

    /** As {@link #axe()}, leaving out the elements matching {@code excluded} (CSS selectors). */
    public Results axe(List<String> excluded) {
        return axe(excluded, !AXE_REPORT_ONLY);
    }

    /** As {@link #axe()}; {@code enforce} false only prints serious and critical violations. */
    Results axe(List<String> excluded, boolean enforce) {
        settle();
        AxeBuilder builder = new AxeBuilder();
        if (!excluded.isEmpty()) {
            builder.exclude(excluded);
        }
        Results results = builder.analyze(driver);
        String page = describePage();
        if (results.isErrored()) {
            throw new AssertionError("axe-core failed on " + page + ": " + results.getErrorMessage());
        }
        List<Rule> failing = new ArrayList<>();
        List<String> lesser = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if (rule.getImpact() != null && FAILING_IMPACTS.contains(rule.getImpact())) {
                failing.add(rule);
            } else {
                lesser.add(rule.getId() + " (" + rule.getImpact() + ", " + rule.getNodes().size() + " element(s))");
            }
        }
        axeChecked.add(page + " [" + viewport.name() + "]");
        if (!lesser.isEmpty()) {
            System.out.printf("[browser] %s: axe on %s [%s], not failing: %s%n", scenario, page, viewport.name(),
                    String.join(", ", lesser));
        }
        if (!failing.isEmpty() && !enforce) {
            System.out.printf("[browser] %s: axe on %s [%s] (report only), serious or critical:%n%s", scenario, page,
                    viewport.name(), describe(failing));
        } else if (!failing.isEmpty()) {
            shot("axe-violations");
            throw new AssertionError("axe-core found " + failing.size() + " serious or critical violation(s) on "
                    + page + " [" + viewport.name() + "]:\n" + describe(failing));
        }
        return results;
    }

    /** The pages (title and address) axe checked so far. */
    public List<String> axeChecked() {
        return List.copyOf(axeChecked);
    }

    static String describe(List<Rule> rules) {
        StringBuilder s = new StringBuilder();
        for (Rule rule : rules) {
            s.append("- ").append(rule.getId()).append(" [").append(rule.getImpact()).append("] ")
                    .append(rule.getHelp()).append(" (").append(rule.getHelpUrl()).append(")\n");
            for (CheckedNode node : rule.getNodes()) {
                String html = node.getHtml() == null ? "" : node.getHtml().replaceAll("\\s+", " ");
                s.append("    at ").append(node.getTarget()).append(": ")
                        .append(html.length() > 160 ? html.substring(0, 160) + "..." : html).append('\n');
                if (node.getFailureSummary() != null) {
                    s.append("       ").append(node.getFailureSummary().replaceAll("\\s+", " ")).append('\n');
                }
            }
        }
        return s.toString();
    }

    /**
     * The end of a scenario step: axe on the page in both viewports, no uncaught script error so far, and
     * screenshots of both.
     */
    public void checkpoint(String name) {
        Viewport before = viewport;
        for (Viewport v : List.of(DESKTOP, PHONE)) {
            use(v);
            axe();
            shot(name + "-" + v.name());
        }
        use(before);
        assertNoScriptErrors();
    }

    // --- The page's console

    /** The browser console's entries since the last call (Chromium hands each entry out once). */
    public List<LogEntry> console() {
        return driver.manage().logs().get(LogType.BROWSER).getAll();
    }

    /** Fails on an uncaught exception or a rejected promise nobody handled, in any page seen since the last check. */
    public void assertNoScriptErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : console()) {
            String line = entry.getLevel() + " " + entry.getMessage();
            consoleSeen.add(line);
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue() && entry.getMessage().contains("Uncaught")) {
                errors.add(entry.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            throw new AssertionError("script errors in the page (" + url() + "):\n" + String.join("\n", errors));
        }
    }

    /** Everything the console said, for a failure report. */
    public List<String> consoleSoFar() {
        try {
            console().forEach(e -> consoleSeen.add(e.getLevel() + " " + e.getMessage()));
        } catch (WebDriverException e) {
            consoleSeen.add("(console not readable: " + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        return List.copyOf(consoleSeen);
    }

    /** Saves the page's screenshot and HTML as {@code <nn>-<name>.png/.html}, for a failed step. */
    public void saveForDiagnosis(String name) {
        try {
            Path png = shot(name);
            Files.writeString(Path.of(png.toString().replaceAll("\\.png$", ".html")),
                    "<!-- " + url() + " -->\n" + driver.getPageSource(), StandardCharsets.UTF_8);
            Files.write(Path.of(png.toString().replaceAll("\\.png$", ".console.txt")), consoleSoFar(),
                    StandardCharsets.UTF_8);
        } catch (IOException | WebDriverException e) {
            System.out.printf("[browser] %s: could not save the page for diagnosis: %s%n", scenario, e);
        }
    }

    public String describePage() {
        try {
            return "\"" + driver.getTitle() + "\" (" + url() + ")";
        } catch (WebDriverException e) {
            return "(no page)";
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteTree(profile);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary profile is harmless.
        }
    }
}
