package org.learnpath.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Picks the JDK for Keycloak. Keycloak 26 documents Java 21 as its baseline; it also starts on 17, so the
 * launcher's own JDK is the last resort rather than an error.
 */
final class JavaHomes {

    private static final Pattern JAVA_VERSION = Pattern.compile("^JAVA_VERSION=\"?(\\d+)", Pattern.MULTILINE);

    record JavaHome(Path path, int major) {
    }

    private JavaHomes() {
    }

    static JavaHome forKeycloak() {
        String explicit = System.getenv("KC_JAVA_HOME");
        if (explicit != null && !explicit.isBlank()) {
            Path path = Path.of(explicit);
            return new JavaHome(path, major(path).orElse(0));
        }
        JavaHome current = new JavaHome(Path.of(System.getProperty("java.home")), Runtime.version().feature());
        if (current.major() >= 21) {
            return current;
        }
        return installed().stream()
                .filter(j -> j.major() >= 21)
                .max(Comparator.comparingInt(JavaHome::major))
                .orElse(current);
    }

    private static List<JavaHome> installed() {
        List<Path> roots = List.of(Path.of("/usr/lib/jvm"), Path.of("/Library/Java/JavaVirtualMachines"));
        List<JavaHome> found = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> dirs = Files.list(root)) {
                for (Path dir : dirs.toList()) {
                    // macOS bundles keep the real home two levels down.
                    Path home = Files.isDirectory(dir.resolve("Contents/Home")) ? dir.resolve("Contents/Home") : dir;
                    if (Files.isExecutable(home.resolve("bin/java"))) {
                        major(home).ifPresent(m -> found.add(new JavaHome(home, m)));
                    }
                }
            } catch (IOException ignored) {
                // An unreadable folder just contributes no candidates.
            }
        }
        return found;
    }

    private static Optional<Integer> major(Path home) {
        try {
            Matcher m = JAVA_VERSION.matcher(Files.readString(home.resolve("release")));
            if (m.find()) {
                int major = Integer.parseInt(m.group(1));
                // Java 8 and older report "1.8"; they are below every threshold here anyway.
                return Optional.of(major);
            }
        } catch (IOException | NumberFormatException ignored) {
            // No release file: unknown version.
        }
        return Optional.empty();
    }
}
