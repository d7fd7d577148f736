package org.learnpath.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.learnpath.deploy.jvm.JavaProbe;
import org.learnpath.deploy.jvm.RunJava;
import org.learnpath.local.LauncherJvmOptions;

/**
 * The JVM each service container will start: its options composed from the container's environment the way the
 * image's launcher composes them ({@link RunJava}), then given to a real JVM of the images' Java version.
 */
class JvmOptionsTest {

    static Stream<Arguments> containers() {
        return Stream.of(Overlay.values()).flatMap(o -> Repo.APPLICATIONS.stream().map(s -> Arguments.of(o, s)));
    }

    @Test
    void theImagesAreBuiltOnTheBaseImageWhoseLauncherIsModelled() {
        Matcher base = Pattern.compile("<learnpath.image.base>([^<]+)</learnpath.image.base>")
                .matcher(Repo.read(Repo.ROOT.resolve("pom.xml")));
        assertThat(base.find()).as("learnpath.image.base in the parent pom's images profile").isTrue();
        assertThat(base.group(1)).startsWith(RunJava.BASE_IMAGE + ":");
        for (String service : Repo.APPLICATIONS) {
            assertThat(ServiceConfig.of(service).get("quarkus.jib.base-jvm-image")).as("%s base image", service)
                    .isEmpty();
        }
    }

    @Test
    void theProbeJvmIsTheImagesJavaVersion() {
        assertThat(JavaProbe.javaFeatureVersion()).as("the images run Java 17 (openjdk-17-runtime): build and test"
                + " with a JDK 17 so that the JVM options are tried on the same JVM").isEqualTo(17);
    }

    @ParameterizedTest
    @MethodSource("containers")
    void theJvmStartsWithTheComposedOptions(Overlay overlay, String service) {
        ServiceJvm jvm = ServiceJvm.of(overlay, service);
        JavaProbe.Result result = JavaProbe.version(jvm.options(), jvm.jvmReadEnv());
        assertThat(result.exitCode()).as("%s: java %s -version\n%s", jvm, String.join(" ", jvm.options()),
                result.output()).isZero();
    }

    @ParameterizedTest
    @MethodSource("containers")
    void oneGarbageCollectorIsChosen(Overlay overlay, String service) {
        ServiceJvm jvm = ServiceJvm.of(overlay, service);
        List<String> collectors = jvm.options().stream()
                .filter(o -> o.matches("-XX:\\+Use\\w*GC")).toList();
        assertThat(collectors).as("%s collectors in %s", jvm, jvm.options()).containsExactly("-XX:+UseSerialGC");
    }

    /** The options the local launcher measured, except its heap sizes: the container sizes those from its limit. */
    @ParameterizedTest
    @MethodSource("containers")
    void optionsAreTheLocalLaunchersMeasuredOnes(Overlay overlay, String service) {
        ServiceJvm jvm = ServiceJvm.of(overlay, service);
        List<String> launcher = LauncherJvmOptions.withoutMemorySizing().get(service);
        assertThat(launcher).as("the launcher's options for %s", service).isNotEmpty();
        List<String> different = new ArrayList<>();
        for (String option : launcher) {
            String expected = ServiceJvm.value(option);
            String actual = jvm.effective(ServiceJvm.key(option)).orElse(null);
            if (!expected.equals(actual)) {
                different.add(option + " (container: " + (actual == null ? "not set" : ServiceJvm.key(option)
                        + " " + actual) + ")");
            }
        }
        assertThat(different).as("%s: the local launcher's options the container does not start with; options: %s",
                jvm, jvm.options()).isEmpty();
    }

    /** A container's JAVA_OPTS_APPEND replaces the image's, which carries the JVM arguments Jib was given. */
    @ParameterizedTest
    @MethodSource("containers")
    void theImagesOwnJvmArgumentsAreKept(Overlay overlay, String service) {
        ServiceJvm jvm = ServiceJvm.of(overlay, service);
        String image = ServiceJvm.imageEnv(service).get("JAVA_OPTS_APPEND");
        for (String option : image.split("\\s+")) {
            assertThat(jvm.effective(ServiceJvm.key(option))).as("%s: %s (from the image's JAVA_OPTS_APPEND)", jvm,
                    option).contains(ServiceJvm.value(option));
        }
    }

    /**
     * The form the Deployments had before the overlays: the launcher's default -XX:+UseParallelGC next to the
     * manifests' -XX:+UseSerialGC. The check must refuse it as the JVM does.
     */
    @Test
    void theFormerOptionsFailAsTheyWouldInTheContainer() {
        List<String> options = RunJava.options(Map.of(
                "JAVA_OPTS_APPEND", "-XX:+UseSerialGC -XX:MaxRAMPercentage=40 -XX:+ExitOnOutOfMemoryError"));
        assertThat(options).contains("-XX:+UseParallelGC", "-XX:+UseSerialGC");
        JavaProbe.Result result = JavaProbe.version(options, Map.of());
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("Multiple garbage collectors selected");
    }

    @Test
    void theLauncherModelFollowsTheScripts() {
        assertThat(RunJava.options(Map.of())).containsExactly("-XX:MaxRAMPercentage=80.0", "-XX:+UseParallelGC",
                "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=20", "-XX:GCTimeRatio=4",
                "-XX:AdaptiveSizePolicyWeight=90", "-XX:+ExitOnOutOfMemoryError");
        assertThat(RunJava.options(Map.of("JAVA_MAX_MEM_RATIO", "0", "GC_CONTAINER_OPTIONS", "-XX:+UseSerialGC",
                "JAVA_OPTS_APPEND", "-Xmx64m"))).containsExactly("-XX:+UseSerialGC", "-XX:MinHeapFreeRatio=10",
                "-XX:MaxHeapFreeRatio=20", "-XX:GCTimeRatio=4", "-XX:AdaptiveSizePolicyWeight=90",
                "-XX:+ExitOnOutOfMemoryError", "-Xmx64m");
        assertThat(RunJava.options(Map.of("JAVA_MAX_MEM_RATIO", "50.6"))).contains("-XX:MaxRAMPercentage=51.0");
        assertThat(RunJava.options(Map.of("JAVA_OPTS", "-Xmx1g", "GC_CONTAINER_OPTIONS", "-XX:+UseG1GC")))
                .containsExactly("-Xmx1g");
    }
}
