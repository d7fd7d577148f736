package org.learnpath.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Quantity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.learnpath.deploy.jvm.JavaProbe;

/**
 * Each service container's memory limit against its JVM's largest footprint: heap, metaspace, code cache and direct
 * memory as the JVM derives them from the composed options (-XX:+PrintFlagsFinal), plus 128 MiB for what those do
 * not cover (thread stacks, GC structures, class data, malloc arenas; the measured native-memory figures are in
 * docs/sizing.md). Requests equal limits, so that the scheduler never places a pod on memory it may not get.
 */
class MemoryTest {

    static final long OTHER_NATIVE = 128L * 1024 * 1024;

    static Stream<Arguments> containers() {
        return JvmOptionsTest.containers();
    }

    /** Each of these the manifests set themselves, so that none depends on the node's or the limit's size. */
    @ParameterizedTest
    @MethodSource("containers")
    void theJvmsMemoryAreasAreSetExplicitly(Overlay overlay, String service) {
        ServiceJvm jvm = ServiceJvm.of(overlay, service);
        for (String key : new String[] {"-Xmx", "-Xss", "-XX:MaxMetaspaceSize", "-XX:ReservedCodeCacheSize",
                "-XX:MaxDirectMemorySize"}) {
            assertThat(jvm.effective(key)).as("%s: %s in %s", jvm, key, jvm.options()).isPresent();
        }
        assertThat(jvm.effective("-XX:ExitOnOutOfMemoryError")).as("%s: -XX:+ExitOnOutOfMemoryError", jvm)
                .contains("+");
    }

    @ParameterizedTest
    @MethodSource("containers")
    void theLimitHoldsTheJvmsLargestFootprint(Overlay overlay, String service) {
        ServiceJvm jvm = ServiceJvm.of(overlay, service);
        Map<String, String> flags = JavaProbe.finalFlags(jvm.options(), jvm.jvmReadEnv());
        long heap = Long.parseLong(flags.get("MaxHeapSize"));
        long metaspace = Long.parseLong(flags.get("MaxMetaspaceSize"));
        long codeCache = Long.parseLong(flags.get("ReservedCodeCacheSize"));
        long direct = Long.parseLong(flags.get("MaxDirectMemorySize"));
        // 0 means "as large as the heap" to the JDK.
        long directEffective = direct == 0 ? heap : direct;
        long needed = heap + metaspace + codeCache + directEffective + OTHER_NATIVE;
        long limit = bytes(limits(overlay, service).path("limits").path("memory"), jvm + " limits.memory");
        assertThat(limit).as("%s: memory limit %d MiB >= heap %d + metaspace %d + code cache %d + direct %d + %d MiB"
                        + " = %d MiB", jvm, mib(limit), mib(heap), mib(metaspace), mib(codeCache), mib(directEffective),
                mib(OTHER_NATIVE), mib(needed))
                .isGreaterThanOrEqualTo(needed);
    }

    @ParameterizedTest
    @MethodSource("containers")
    void requestsEqualLimits(Overlay overlay, String service) {
        JsonNode resources = limits(overlay, service);
        long request = bytes(resources.path("requests").path("memory"), overlay + "/" + service + " requests.memory");
        long limit = bytes(resources.path("limits").path("memory"), overlay + "/" + service + " limits.memory");
        assertThat(request).as("%s/%s requests.memory == limits.memory", overlay, service).isEqualTo(limit);
        assertThat(Tree.text(resources.path("requests").path("cpu"))).as("%s/%s requests.cpu", overlay, service)
                .isNotBlank();
    }

    private static JsonNode limits(Overlay overlay, String service) {
        return Workloads.container(overlay.output(), service).path("resources");
    }

    static long bytes(JsonNode quantity, String what) {
        String text = Tree.text(quantity);
        assertThat(text).as(what).isNotBlank();
        BigInteger bytes = Quantity.getAmountInBytes(new Quantity(text)).toBigInteger();
        return bytes.longValueExact();
    }

    private static long mib(long bytes) {
        return bytes / (1024 * 1024);
    }
}
