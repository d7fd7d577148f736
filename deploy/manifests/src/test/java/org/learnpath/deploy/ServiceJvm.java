package org.learnpath.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.learnpath.deploy.Workloads.EnvSource;
import org.learnpath.deploy.jvm.JavaProbe;
import org.learnpath.deploy.jvm.RunJava;

/** A service container's JVM: the environment its launcher sees and the options it composes from it. */
record ServiceJvm(Overlay overlay, String service, Map<String, String> env, List<String> options) {

    /** Variables that change the java command line (RunJava) or that the JVM reads itself (JavaProbe). */
    static final List<String> JVM_VARIABLES = List.of("JAVA_OPTS", "JAVA_OPTS_APPEND", "JAVA_MAX_MEM_RATIO",
            "GC_CONTAINER_OPTIONS", "GC_MIN_HEAP_FREE_RATIO", "GC_MAX_HEAP_FREE_RATIO", "GC_TIME_RATIO",
            "GC_ADAPTIVE_SIZE_POLICY_WEIGHT", "GC_METASPACE_SIZE", "GC_MAX_METASPACE_SIZE", "JAVA_DEBUG",
            "JAVA_DEBUG_PORT", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");

    /** Quarkus's default for quarkus.jib.jvm-arguments, which Jib puts in the image's JAVA_OPTS_APPEND. */
    static final String JIB_DEFAULT_JVM_ARGUMENTS = "-Djava.util.logging.manager=org.jboss.logmanager.LogManager";

    private static final Pattern JIB_ENV = Pattern.compile("quarkus\\.jib\\.environment-variables\\.\"?([^\"]+)\"?");

    static ServiceJvm of(Overlay overlay, String service) {
        KustomizeOutput output = overlay.output();
        JsonNode container = Workloads.container(output, service);
        Map<String, String> env = new LinkedHashMap<>(imageEnv(service));
        for (EnvSource source : Workloads.env(output, container).values()) {
            Optional<String> value = Workloads.value(output, container, source.name());
            if (value.isPresent()) {
                env.put(source.name(), value.get());
            } else if (JVM_VARIABLES.contains(source.name())) {
                throw new AssertionError(overlay + ": " + service + " takes " + source.name() + " from a Secret or"
                        + " a missing ConfigMap key: its JVM options cannot be checked");
            }
        }
        return new ServiceJvm(overlay, service, env, RunJava.options(env));
    }

    /**
     * The environment Jib writes into the image: JAVA_OPTS_APPEND from quarkus.jib.jvm-arguments (default the JBoss
     * log manager) and jvm-additional-arguments, and quarkus.jib.environment-variables.
     */
    static Map<String, String> imageEnv(String service) {
        ServiceConfig config = ServiceConfig.of(service);
        Map<String, String> env = new LinkedHashMap<>();
        List<String> arguments = new ArrayList<>(List.of(config.get("quarkus.jib.jvm-arguments")
                .orElse(JIB_DEFAULT_JVM_ARGUMENTS).split("\\s*,\\s*")));
        config.get("quarkus.jib.jvm-additional-arguments").ifPresent(a -> arguments.addAll(List.of(a.split("\\s*,\\s*"))));
        arguments.removeIf(String::isBlank);
        env.put("JAVA_OPTS_APPEND", String.join(" ", arguments));
        config.prod().forEach((key, value) -> {
            Matcher m = JIB_ENV.matcher(key);
            if (m.matches()) {
                env.put(m.group(1), value);
            }
        });
        return env;
    }

    /** The container's values of the variables the JVM reads itself. */
    Map<String, String> jvmReadEnv() {
        Map<String, String> read = new LinkedHashMap<>();
        JavaProbe.JVM_ENV.forEach(name -> {
            if (env.containsKey(name)) {
                read.put(name, env.get(name));
            }
        });
        return read;
    }

    /**
     * The value an option has in effect: the last occurrence wins, for -Xmx256m (key -Xmx), -Xss, -XX:Name=value
     * (key -XX:Name), -XX:+Name / -XX:-Name (key -XX:Name, value + or -) and -Dname=value (key -Dname).
     */
    Optional<String> effective(String key) {
        String value = null;
        for (String option : options) {
            String k = key(option);
            if (k.equals(key)) {
                value = value(option);
            }
        }
        return Optional.ofNullable(value);
    }

    static String key(String option) {
        if (option.startsWith("-XX:+") || option.startsWith("-XX:-")) {
            return "-XX:" + option.substring(5);
        }
        if (option.startsWith("-XX:") || option.startsWith("-D")) {
            int eq = option.indexOf('=');
            return eq < 0 ? option : option.substring(0, eq);
        }
        for (String prefix : List.of("-Xmx", "-Xms", "-Xmn", "-Xss")) {
            if (option.startsWith(prefix)) {
                return prefix;
            }
        }
        return option;
    }

    static String value(String option) {
        if (option.startsWith("-XX:+") || option.startsWith("-XX:-")) {
            return option.substring(4, 5);
        }
        String key = key(option);
        if (key.equals(option)) {
            return "";
        }
        return option.startsWith(key + "=") ? option.substring(key.length() + 1) : option.substring(key.length());
    }

    @Override
    public String toString() {
        return overlay + "/" + service;
    }
}
