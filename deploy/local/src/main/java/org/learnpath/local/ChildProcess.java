package org.learnpath.local;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An external process whose output goes to a log file and whose pid (with its start time, so a recycled pid is
 * never mistaken for ours) is written to the run folder. If the launcher is SIGKILLed its children keep running;
 * the next launcher finds them through those files and stops them before taking their ports.
 */
final class ChildProcess {

    private static final Duration GRACE = Duration.ofSeconds(10);

    private final Process process;
    private final Path log;
    private final Path pidFile;
    private volatile boolean stopping;
    private volatile boolean watching;

    private ChildProcess(Process process, Path log, Path pidFile) {
        this.process = process;
        this.log = log;
        this.pidFile = pidFile;
    }

    static ChildProcess start(String name, List<String> command, Path workDir, Map<String, String> env, Path log,
                              Path runDir) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        Process process = builder.start();
        // Nobody types into these children; an immediate EOF keeps one from ever waiting on the console.
        process.getOutputStream().close();
        ChildProcess child = new ChildProcess(process, log, runDir.resolve(name + ".pid"));
        child.writePidFile();
        process.onExit().thenAccept(p -> {
            // A terminal Ctrl-C reaches the children at the same moment as us; give our hook time to say so.
            sleepQuietly(Duration.ofMillis(800));
            if (child.watching && !child.stopping) {
                Console.warn(name + " exited unexpectedly (exit code " + p.exitValue() + "); see " + log);
            }
        });
        return child;
    }

    /**
     * Called once the child is ready: from then on an exit nobody asked for deserves a warning. Before that, the
     * readiness wait reports it, with the log excerpt.
     */
    void ready() {
        writePidFile(); // now including whatever it forked, e.g. Keycloak's JVM under kc.sh
        watching = true;
    }

    Path log() {
        return log;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /**
     * The lines of the log most likely to explain a failed start: the innermost "Caused by:" lines of a Java stack
     * trace when there are any (the real cause sits there, below framework wrappers), else the last lines.
     */
    String failureExcerpt() {
        List<String> all = logText().lines().toList();
        List<String> causes = all.stream().filter(l -> l.startsWith("Caused by:")).distinct().toList();
        List<String> shown = !causes.isEmpty()
                ? causes.subList(Math.max(0, causes.size() - 3), causes.size())
                : all.subList(Math.max(0, all.size() - 12), all.size());
        return "    " + String.join("\n    ", shown);
    }

    String logText() {
        try {
            // Decoded leniently: a child's output is not guaranteed to be valid UTF-8.
            return new String(Files.readAllBytes(log), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(cannot read " + log + ")";
        }
    }

    int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    private void writePidFile() {
        List<ProcessHandle> handles = new ArrayList<>();
        handles.add(process.toHandle());
        process.toHandle().descendants().forEach(handles::add);
        // Without a start time an entry could never be told apart from a recycled pid, so it is not recorded.
        String lines = handles.stream()
                .flatMap(h -> h.info().startInstant().map(start -> h.pid() + " " + start.toEpochMilli()).stream())
                .collect(Collectors.joining("\n", "", "\n"));
        try {
            Files.writeString(pidFile, lines);
        } catch (IOException e) {
            Console.warn("cannot write " + pidFile + ": " + e.getMessage());
        }
    }

    long pid() {
        return process.pid();
    }

    /** SIGTERM to the child and its descendants, SIGKILL to whatever is left after the grace period. */
    void stop() {
        stopping = true;
        terminate(tree(process.toHandle()), GRACE);
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // Harmless: the next start checks the start time before killing anything.
        }
    }

    /** SIGKILL to the child and its descendants, at once; waits until they are gone. */
    void kill() {
        stopping = true;
        List<ProcessHandle> handles = tree(process.toHandle());
        handles.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : handles) {
            try {
                handle.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // Nothing more we can do from here.
            }
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // Harmless: the next start checks the start time before killing anything.
        }
    }

    /** Stops processes recorded by an earlier launcher that did not get to clean up. Returns how many were alive. */
    static int stopStale(Path runDir) throws IOException {
        if (!Files.isDirectory(runDir)) {
            return 0;
        }
        List<ProcessHandle> stale = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(runDir, "*.pid")) {
            for (Path file : files) {
                for (String line : Files.readAllLines(file)) {
                    parse(line).ifPresent(h -> stale.addAll(tree(h)));
                }
                Files.delete(file);
            }
        }
        List<ProcessHandle> distinct = stale.stream().distinct().toList();
        terminate(distinct, GRACE);
        return distinct.size();
    }

    private static Optional<ProcessHandle> parse(String line) {
        String[] parts = line.trim().split("\\s+");
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(parts[0]);
            long startMillis = Long.parseLong(parts[1]);
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(h -> h.info().startInstant()
                            .map(start -> Math.abs(start.toEpochMilli() - startMillis) < 2000)
                            .orElse(false));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The process and its descendants, captured before signalling: once a parent dies its children are re-parented. */
    static List<ProcessHandle> tree(ProcessHandle root) {
        return Stream.concat(Stream.of(root), root.descendants()).toList();
    }

    static void terminate(List<ProcessHandle> handles, Duration grace) {
        handles.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle handle : handles) {
            long left = deadline - System.nanoTime();
            try {
                handle.onExit().get(Math.max(left, 1), TimeUnit.NANOSECONDS);
            } catch (Exception timeoutOrInterrupt) {
                // Falls through to the forcible kill below.
            }
        }
        for (ProcessHandle handle : handles) {
            if (handle.isAlive()) {
                Console.warn("pid " + handle.pid() + " ignored SIGTERM for " + grace.toSeconds() + " s; killing it");
                handle.destroyForcibly();
                try {
                    handle.onExit().get(5, TimeUnit.SECONDS);
                } catch (Exception ignored) {
                    // Nothing more we can do from here.
                }
            }
        }
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
