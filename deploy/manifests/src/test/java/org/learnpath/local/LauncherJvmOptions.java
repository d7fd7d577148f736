package org.learnpath.local;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The local launcher's measured JVM options (ServiceProcess), for the manifests' checks to compare with. Lives in
 * the launcher's package because those options are package-private there: they are the launcher's, and this only
 * reads them.
 */
public final class LauncherJvmOptions {

    private LauncherJvmOptions() {
    }

    /**
     * Per service, the options the launcher starts it with, without its memory list (heap sizes and native-heap
     * trimming, which a container sizes from its own limit). LEARNPATH_SERVICE_JAVA_OPTS, when set, replaces the
     * launcher's options and so these too.
     */
    public static Map<String, List<String>> withoutMemorySizing() {
        Map<String, List<String>> options = new LinkedHashMap<>();
        for (ServiceProcess.Spec spec : ServiceProcess.ALL) {
            options.put(spec.name(), List.copyOf(ServiceProcess.jvmOptions(List.of(), spec.jit())));
        }
        return options;
    }
}
