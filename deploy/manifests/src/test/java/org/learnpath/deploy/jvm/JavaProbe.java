package org.learnpath.deploy.jvm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the build's own JVM (the one running these tests) with a container's options, to learn whether it starts
 * with them and which sizes it derives from them. The images run Java 17: so must this JVM, or its answer would be
 * about another JVM.
 */
public final class JavaProbe {

    /** Variables the java launcher and the JVM read themselves: the probe sees the container's, never the build's. */
    public static final List<String> JVM_ENV = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");

    private static final Pattern FLAG = Pattern.compile("^\\s*\\S+\\s+(\\w+)\\s+:?=\\s+(\\S+)", Pattern.MULTILINE);

    /** The result of one run: exit code and what it printed. */
    public record Result(int exitCode, String output) {
    }

    private JavaProbe() {
    }

    public static int javaFeatureVersion() {
        return Runtime.version().feature();
    }

    /** java OPTIONS -version, with the container's JVM-read variables. */
    public static Result version(List<String> options, Map<String, String> containerEnv) {
        List<String> command = new ArrayList<>(options);
        command.add("-version");
        return run(command, containerEnv);
    }

    /** The JVM's final flag values (-XX:+PrintFlagsFinal) under the options, in bytes or as printed. */
    public static Map<String, String> finalFlags(List<String> options, Map<String, String> containerEnv) {
        List<String> command = new ArrayList<>(options);
        command.add("-XX:+PrintFlagsFinal");
        command.add("-version");
        Result result = run(command, containerEnv);
        if (result.exitCode() != 0) {
            throw new AssertionError("java " + String.join(" ", command) + " failed:\n" + result.output());
        }
        Map<String, String> flags = new LinkedHashMap<>();
        Matcher m = FLAG.matcher(result.output());
        while (m.find()) {
            flags.put(m.group(1), m.group(2));
        }
        return flags;
    }

    private static Result run(List<String> arguments, Map<String, String> containerEnv) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        JVM_ENV.forEach(builder.environment()::remove);
        JVM_ENV.forEach(name -> {
            if (containerEnv.containsKey(name)) {
                builder.environment().put(name, containerEnv.get(name));
            }
        });
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(1, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("java did not finish within a minute: " + command);
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
