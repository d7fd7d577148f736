package org.learnpath.portal.rest.learner;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times on the learner's pages: readable, in UTC (the portal does not know the reader's zone), and machine-readable. */
final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private Dates() {
    }

    static String readable(Instant at) {
        return at == null ? "" : READABLE.format(at);
    }

    /** A calendar day, such as a due date: "31 Jan 2027". */
    static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    static String iso(Instant at) {
        return at == null ? "" : DateTimeFormatter.ISO_INSTANT.format(at);
    }
}
