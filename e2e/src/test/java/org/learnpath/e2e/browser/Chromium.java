package org.learnpath.e2e.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Where the browser scenarios find Chromium and its ChromeDriver: the system's own packages (Debian: chromium,
 * chromium-driver), or the paths given by {@code -Dlearnpath.chromium=} / {@code LEARNPATH_CHROMIUM} and
 * {@code -Dlearnpath.chromedriver=} / {@code LEARNPATH_CHROMEDRIVER}. Nothing is ever downloaded: a missing browser
 * or driver fails the suite with the command that installs them, instead of skipping the scenarios unseen.
 */
public record Chromium(Path browser, Path driver) {

    static final String INSTALL_HINT = "Install them with: apt-get update && apt-get install -y chromium chromium-driver"
            + " (Debian/Ubuntu, as root). Elsewhere install Chromium and the ChromeDriver of the same major version"
            + " and point the suite at them with -Dlearnpath.chromium=/path/to/chromium"
            + " -Dlearnpath.chromedriver=/path/to/chromedriver (or the environment variables LEARNPATH_CHROMIUM and"
            + " LEARNPATH_CHROMEDRIVER).";

    private static final List<String> BROWSER_NAMES = List.of("chromium", "chromium-browser");
    private static final List<String> DRIVER_NAMES = List.of("chromedriver");

    /** The browser and driver to use; an AssertionError saying how to install whatever is missing. */
    public static Chromium locate() {
        Optional<Path> browser = find("learnpath.chromium", "LEARNPATH_CHROMIUM", BROWSER_NAMES);
        Optional<Path> driver = find("learnpath.chromedriver", "LEARNPATH_CHROMEDRIVER", DRIVER_NAMES);
        List<String> missing = new ArrayList<>();
        if (browser.isEmpty()) {
            missing.add("Chromium (looked for " + describe("learnpath.chromium", "LEARNPATH_CHROMIUM", BROWSER_NAMES) + ")");
        }
        if (driver.isEmpty()) {
            missing.add("ChromeDriver (looked for "
                    + describe("learnpath.chromedriver", "LEARNPATH_CHROMEDRIVER", DRIVER_NAMES) + ")");
        }
        if (!missing.isEmpty()) {
            throw new AssertionError("The browser scenarios need " + String.join(" and ", missing) + ". " + INSTALL_HINT);
        }
        return new Chromium(browser.get(), driver.get());
    }

    /** "Chromium 156.0.1 / ChromeDriver 156.0.1", for a failure message when the two do not work together. */
    public String versions() {
        return version(browser) + " / " + version(driver);
    }

    private static Optional<Path> find(String property, String variable, List<String> names) {
        String configured = System.getProperty(property);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(variable);
        }
        if (configured != null && !configured.isBlank()) {
            // An explicit path that is wrong is an error, not a reason to fall back to another binary.
            Path path = Path.of(configured.trim());
            return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        String pathVariable = Optional.ofNullable(System.getenv("PATH")).orElse("");
        List<String> dirs = new ArrayList<>(List.of(pathVariable.split(java.io.File.pathSeparator)));
        dirs.add("/usr/bin");
        for (String name : names) {
            for (String dir : dirs) {
                if (dir.isBlank()) {
                    continue;
                }
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static String describe(String property, String variable, List<String> names) {
        String configured = System.getProperty(property);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(variable);
        }
        if (configured != null && !configured.isBlank()) {
            return configured.trim() + ", given by " + property + "/" + variable + ", which is not an executable file";
        }
        return String.join(" or ", names) + " on the PATH";
    }

    private static String version(Path binary) {
        try {
            Process process = new ProcessBuilder(binary.toString(), "--version").redirectErrorStream(true).start();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return binary + " (no answer to --version)";
            }
            // Debian's chromium wrapper may print a shell warning before the version line.
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return out.lines().filter(l -> l.matches(".*(Chromium|Chrome|ChromeDriver) \\d+\\..*")).findFirst()
                    .orElse(binary + " (no version: " + out.lines().findFirst().orElse("").trim() + ")").trim();
        } catch (IOException e) {
            return binary + " (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return binary.toString();
        }
    }
}
