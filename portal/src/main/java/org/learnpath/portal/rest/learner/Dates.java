package org.learnpath.portal.rest.learner;

import java.time.Instant;
import java.time.LocalDate;
import org.learnpath.portal.service.manage.Readable;

/** Times on the learner's pages, written as on every page of the portal ({@link Readable}). */
final class Dates {

    private Dates() {
    }

    static String readable(Instant at) {
        return Readable.dayAndTime(at);
    }

    /** A calendar day, such as a due date: "31 Jan 2027". */
    static String day(LocalDate date) {
        return Readable.day(date);
    }

    static String iso(Instant at) {
        return Readable.iso(at);
    }
}
