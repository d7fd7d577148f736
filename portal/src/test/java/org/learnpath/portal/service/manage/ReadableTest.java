package org.learnpath.portal.service.manage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReadableTest {

    @Test
    void durationsAreWrittenToTheMinute() {
        assertThat(Readable.duration(0)).isEqualTo("0 min");
        assertThat(Readable.duration(-5)).isEqualTo("0 min");
        assertThat(Readable.duration(45)).isEqualTo("45 s");
        assertThat(Readable.duration(60)).isEqualTo("1 min");
        assertThat(Readable.duration(1234)).isEqualTo("20 min");
        assertThat(Readable.duration(3600)).isEqualTo("1 h 00 min");
        assertThat(Readable.duration(7300)).isEqualTo("2 h 01 min");
        assertThat(Readable.duration(100 * 3600 + 59)).isEqualTo("100 h 00 min");
    }

    @Test
    void datesAndSharesAreReadable() {
        assertThat(Readable.day(LocalDate.of(2027, 1, 31))).isEqualTo("31 Jan 2027");
        assertThat(Readable.day(Instant.parse("2026-05-04T23:30:00Z"))).isEqualTo("4 May 2026");
        assertThat(Readable.dayAndTime(Instant.parse("2026-05-04T09:30:00Z"))).isEqualTo("4 May 2026, 09:30 UTC");
        assertThat(Readable.day((LocalDate) null)).isEmpty();
        assertThat(Readable.percent(0.424)).isEqualTo("42 %");
        assertThat(Readable.percent(null)).isEmpty();
        assertThat(Readable.limit(0.4)).isEqualTo("40 %");
        assertThat(Readable.limit(0.955)).isEqualTo("95.5 %");
        assertThat(Readable.count(1, "learner", "learners")).isEqualTo("1 learner");
        assertThat(Readable.count(0, "learner", "learners")).isEqualTo("0 learners");
    }
}
