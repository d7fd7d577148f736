package org.learnpath.deploy.schema;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kubernetes-style API versions (v1alpha1 &lt; v1beta1 &lt; v1beta2 &lt; v1 &lt; v2alpha1 ...) and the ranges Strimzi's
 * annotations write: "v1beta2" (that one), "v1beta2+" (that one and later), "v1alpha1-v1beta2" (both ends included),
 * "all".
 */
final class ApiVersions {

    private static final Pattern VERSION = Pattern.compile("v(\\d+)(?:(alpha|beta)(\\d+))?");

    private ApiVersions() {
    }

    static boolean inRange(String version, String range) {
        String r = range.trim();
        if (r.equals("all")) {
            return true;
        }
        if (r.endsWith("+")) {
            return compare(version, r.substring(0, r.length() - 1)) >= 0;
        }
        int dash = r.indexOf('-');
        if (dash > 0) {
            return compare(version, r.substring(0, dash)) >= 0 && compare(version, r.substring(dash + 1)) <= 0;
        }
        return compare(version, r) == 0;
    }

    static int compare(String a, String b) {
        long[] x = key(a);
        long[] y = key(b);
        for (int i = 0; i < x.length; i++) {
            if (x[i] != y[i]) {
                return Long.compare(x[i], y[i]);
            }
        }
        return 0;
    }

    private static long[] key(String version) {
        Matcher m = VERSION.matcher(version.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not an API version: " + version);
        }
        long stage = m.group(2) == null ? 2 : m.group(2).equals("beta") ? 1 : 0;
        long minor = m.group(3) == null ? 0 : Long.parseLong(m.group(3));
        return new long[] {Long.parseLong(m.group(1)), stage, minor};
    }
}
