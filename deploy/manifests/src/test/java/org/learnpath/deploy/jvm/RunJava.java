package org.learnpath.deploy.jvm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The java command line the LearnPath images start with, composed as their launcher composes it.
 *
 * <p>The images are Quarkus JVM images built by Jib on registry.access.redhat.com/ubi9/openjdk-17-runtime (the
 * parent pom's images profile, learnpath.image.base). Jib makes that image's launcher the entrypoint,
 * /opt/jboss/container/java/run/run-java.sh, and sets JAVA_APP_JAR, JAVA_APP_DIR and JAVA_OPTS_APPEND (the
 * quarkus.jib.jvm-arguments, by default the JBoss log manager) in the image. A container's env replaces the
 * image's variable of the same name.
 *
 * <p>Modelled on the scripts of rh-openjdk/redhat-openjdk-containers, branch ubi9, commit
 * 7b635be6a7d85f552c267dd9f56484efdbffed2f (image descriptor ubi9-openjdk-17-runtime.yaml; these scripts last
 * changed in 2024-05, before the 1.24 stream tag the images use):
 * <ul>
 * <li>modules/run/artifacts/opt/jboss/container/java/run/run-java.sh, get_java_options: JAVA_OPTS, when set
 * (even empty), replaces everything; otherwise the options are the debug options, the proxy options, the JVM
 * options below and JAVA_OPTS_APPEND, in that order, whitespace-normalised, then word-split unquoted onto the java
 * command line ({@code exec java $(get_java_options) -cp ... -jar $JAVA_APP_JAR}).
 * <li>modules/jvm/artifacts/opt/jboss/container/java/jvm/java-default-options: max_memory
 * (-XX:MaxRAMPercentage=80.0 unless JAVA_MAX_MEM_RATIO is exactly "0", which drops it; another value is printed
 * with printf "%.0f.0"), gc_config (GC_CONTAINER_OPTIONS, default -XX:+UseParallelGC, then
 * -XX:MinHeapFreeRatio, -XX:MaxHeapFreeRatio, -XX:GCTimeRatio, -XX:AdaptiveSizePolicyWeight from GC_* with
 * defaults 10, 20, 4, 90, and -XX:MaxMetaspaceSize / -XX:MetaspaceSize from GC_MAX_METASPACE_SIZE /
 * GC_METASPACE_SIZE in MB when set), diagnostics (nothing in the runtime image: its jvm_specific_diagnostics is
 * the stub, as JBOSS_CONTAINER_OPENJDK_JDK_MODULE is not set there), error_handling (-XX:+ExitOnOutOfMemoryError).
 * <li>modules/jvm/artifacts/opt/jboss/container/java/jvm/debug-options: with JAVA_DEBUG set,
 * -agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=${JAVA_DEBUG_PORT:-5005}.
 * </ul>
 * The launcher does not read JAVA_INITIAL_MEM_RATIO (older images did). Proxy options (http_proxy, https_proxy,
 * no_proxy) are not modelled: a container that sets them fails here until they are.
 */
public final class RunJava {

    /** The base image this model is for. */
    public static final String BASE_IMAGE = "registry.access.redhat.com/ubi9/openjdk-17-runtime";

    /** Variables the launcher reads but this model does not compose. */
    private static final List<String> UNMODELLED = List.of("http_proxy", "https_proxy", "no_proxy", "HTTP_PROXY",
            "HTTPS_PROXY", "NO_PROXY");

    private RunJava() {
    }

    /**
     * The JVM options, in order, for a container whose environment (the image's, overridden by the container's)
     * is {@code env}.
     */
    public static List<String> options(Map<String, String> env) {
        UNMODELLED.forEach(name -> {
            if (env.containsKey(name)) {
                throw new AssertionError(name + " is set: the launcher then adds proxy options this model does not"
                        + " compose (RunJava)");
            }
        });
        String opts;
        if (env.containsKey("JAVA_OPTS")) {
            opts = env.get("JAVA_OPTS");
        } else {
            opts = String.join(" ", debugOptions(env), "", jvmOptions(env), env.getOrDefault("JAVA_OPTS_APPEND", ""));
        }
        List<String> words = new ArrayList<>(Arrays.asList(opts.trim().split("\\s+")));
        words.removeIf(String::isEmpty);
        for (String word : words) {
            if (word.matches(".*[*?\\[].*")) {
                throw new AssertionError("option " + word + " has a shell pattern character: run-java.sh passes the"
                        + " options unquoted, so the shell may expand it into file names");
            }
        }
        return List.copyOf(words);
    }

    private static String debugOptions(Map<String, String> env) {
        if (env.getOrDefault("JAVA_DEBUG", "").isEmpty()) {
            return "";
        }
        String port = env.getOrDefault("JAVA_DEBUG_PORT", "");
        return "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=" + (port.isEmpty() ? "5005" : port);
    }

    /** java-default-options: "$(max_memory) $(gc_config) $(diagnostics) $(error_handling)". */
    private static String jvmOptions(Map<String, String> env) {
        return String.join(" ", maxMemory(env), gcConfig(env), "", "-XX:+ExitOnOutOfMemoryError");
    }

    private static String maxMemory(Map<String, String> env) {
        String ratio = env.getOrDefault("JAVA_MAX_MEM_RATIO", "");
        if (ratio.equals("0")) {
            return "";
        }
        if (ratio.isEmpty()) {
            return "-XX:MaxRAMPercentage=80.0";
        }
        // printf "%.0f.0": rounded to a whole number (half to even, as C's printf), then ".0".
        return "-XX:MaxRAMPercentage=" + new BigDecimal(ratio.trim()).setScale(0, RoundingMode.HALF_EVEN) + ".0";
    }

    private static String gcConfig(Map<String, String> env) {
        StringBuilder all = new StringBuilder(" ");
        all.append(orDefault(env, "GC_CONTAINER_OPTIONS", "-XX:+UseParallelGC")).append(' ');
        all.append("-XX:MinHeapFreeRatio=").append(orDefault(env, "GC_MIN_HEAP_FREE_RATIO", "10")).append(' ');
        all.append("-XX:MaxHeapFreeRatio=").append(orDefault(env, "GC_MAX_HEAP_FREE_RATIO", "20")).append(' ');
        all.append("-XX:GCTimeRatio=").append(orDefault(env, "GC_TIME_RATIO", "4")).append(' ');
        all.append("-XX:AdaptiveSizePolicyWeight=").append(orDefault(env, "GC_ADAPTIVE_SIZE_POLICY_WEIGHT", "90"))
                .append(' ');
        String max = env.getOrDefault("GC_MAX_METASPACE_SIZE", "");
        String initial = env.getOrDefault("GC_METASPACE_SIZE", "");
        if (!max.isEmpty()) {
            all.append("-XX:MaxMetaspaceSize=").append(max).append("m ");
        }
        if (!initial.isEmpty()) {
            String size = !max.isEmpty() && Long.parseLong(initial) > Long.parseLong(max) ? max : initial;
            all.append("-XX:MetaspaceSize=").append(size).append("m ");
        }
        return all.toString();
    }

    /** The shell's ${NAME:-default}: the default when unset or empty. */
    private static String orDefault(Map<String, String> env, String name, String fallback) {
        String value = env.get(name);
        return value == null || value.isEmpty() ? fallback : value;
    }
}
