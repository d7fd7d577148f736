package org.learnpath.portal.rest.learner;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times on the learner's pages: readable, in UTC (the portal does not know the reader's zone), and machine-readable. */
final class Dates {

    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private Dates() {
    }

    static String readable(Instant at) {
        return at == null ? "" : READABLE.format(at);
    }

    static String iso(Instant at) {
        return at == null ? "" : DateTimeFormatter.ISO_INSTANT.format(at);
    }
}
