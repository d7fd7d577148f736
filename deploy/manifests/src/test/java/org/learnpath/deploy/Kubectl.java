package org.learnpath.deploy;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kubectl on the PATH, which carries kustomize. The manifests are checked as kubectl builds them, never as
 * files: patches, generators, name suffixes and image overrides only exist in its output. Without kubectl the
 * checks cannot run, and a check that cannot run must not pass: every caller fails, saying what to install.
 */
final class Kubectl {

    /** The oldest kubectl whose kustomize (5.5) understands the overlays' kustomization.yaml fields. */
    static final int MIN_MINOR = 32;

    private static final Pattern CLIENT_VERSION = Pattern.compile("\"gitVersion\"\\s*:\\s*\"v1\\.(\\d+)\\.");
    private static Path executable;

    private Kubectl() {
    }

    /** kubectl kustomize DIR: the YAML stream kubectl apply -k DIR would send. */
    static String kustomize(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new AssertionError("no kustomization directory " + dir);
        }
        return run(List.of(executable().toString(), "kustomize", dir.toString()), dir);
    }

    static synchronized Path executable() {
        if (executable == null) {
            Path found = onPath().orElseThrow(() -> new AssertionError(
                    "kubectl not found on the PATH: install kubectl " + "1." + MIN_MINOR
                            + " or later (it carries kustomize); these checks build every overlay with it and cannot"
                            + " be skipped"));
            String version = run(List.of(found.toString(), "version", "--client", "-o", "json"), Path.of("."));
            Matcher m = CLIENT_VERSION.matcher(version);
            if (!m.find()) {
                throw new AssertionError("cannot read the version of " + found + ":\n" + version);
            }
            if (Integer.parseInt(m.group(1)) < MIN_MINOR) {
                throw new AssertionError(found + " is kubectl 1." + m.group(1) + ": install kubectl 1." + MIN_MINOR
                        + " or later (older ones carry a kustomize that misreads the overlays)");
            }
            executable = found;
        }
        return executable;
    }

    private static Optional<Path> onPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            Path candidate = Path.of(dir, "kubectl");
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static String run(List<String> command, Path dir) {
        try {
            Process process = new ProcessBuilder(new ArrayList<>(command)).directory(dir.toFile()).start();
            process.getOutputStream().close();
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            String out = read(process.getInputStream());
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish within 2 minutes");
            }
            if (process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed (exit " + process.exitValue() + "):\n"
                        + err.join());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static String read(java.io.InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
