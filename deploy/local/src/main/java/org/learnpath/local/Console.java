package org.learnpath.local;

/** Launcher messages. Plain stdout so that they interleave sensibly with the broker's WARN lines on stderr. */
final class Console {

    private Console() {
    }

    static void info(String message) {
        System.out.println("[learnpath] " + message);
        System.out.flush();
    }

    static void warn(String message) {
        System.out.println("[learnpath] WARNING: " + message);
        System.out.flush();
    }

    static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f s", nanos / 1_000_000_000.0);
    }
}
