package org.learnpath.recommender.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * When a due date is over. An assignment's learners may be anywhere, and the date carries no time zone: it is over
 * once that day has ended everywhere (at the end of the day in the latest time zone, UTC-12), so no learner is
 * called overdue while it is still the due date where they are.
 */
final class DueDates {

    private static final ZoneOffset LAST_TO_END = ZoneOffset.ofHours(-12);

    private DueDates() {
    }

    /** The instant the due date is over; {@code null} for none. */
    static Instant endOf(LocalDate dueDate) {
        return dueDate == null ? null : dueDate.plusDays(1).atStartOfDay(LAST_TO_END).toInstant();
    }
}
