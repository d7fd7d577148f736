package org.learnpath.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rfc3339 must read every text exactly as OffsetDateTime.parse(text).toInstant() does, or refuse it alike. */
class Rfc3339Test {

    @Test
    void readsWhatProducersWriteAsOffsetDateTimeDoes() {
        Random random = new Random(3339);
        for (int i = 0; i < 100_000; i++) {
            // Years 0000-9999, every fraction length the canonical form allows, and what Instant.toString writes.
            Instant instant = Instant.ofEpochSecond(
                    -62_167_219_200L + (long) (random.nextDouble() * 315_569_520_000L), random.nextInt(1_000_000_000));
            String written = switch (i % 3) {
                case 0 -> instant.toString();
                case 1 -> DateTimeFormatter.ISO_INSTANT.format(instant);
                default -> withFractionDigits(instant, random.nextInt(10));
            };
            assertSameAsOffsetDateTime(written);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2026-12-03T15:08:25Z", "2026-12-03T15:08:25.4Z", "2026-12-03T15:08:25.418237598Z", "2024-02-29T23:59:59Z",
        "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "1970-01-01T00:00:00.000Z",
        // Not the canonical form, but RFC 3339 all the same: read by the general parser.
        "2026-12-03t15:08:25z", "2026-12-03T17:08:25+02:00", "2026-12-03T15:08:25.5-00:30", "2026-12-03T15:08Z",
        "+10000-01-01T00:00:00Z", "2026-12-03T15:08:25.Z"})
    void acceptsAlike(String text) {
        assertSameAsOffsetDateTime(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2023-02-29T00:00:00Z", "2026-04-31T00:00:00Z", "2026-13-01T00:00:00Z", "2026-00-10T00:00:00Z",
        "2026-12-00T00:00:00Z", "2026-12-03T24:00:00Z", "2026-12-03T23:60:00Z", "2026-12-03T23:59:60Z",
        "2026-12-03T15:08:25.1234567890Z", "2026-12-03T15:08:25", "2026-12-03 15:08:25Z",
        "2026-12-03T15:08:25.12a4Z", "2026-12-03T15:08:2-Z", "-026-12-03T15:08:25Z", "2026-1a-03T15:08:25Z",
        "٢٠٢٦-12-03T15:08:25Z", "2026-12-03T15:08:25ZZ", "", "yesterday"})
    void refusesAlike(String text) {
        assertThatThrownBy(() -> OffsetDateTime.parse(text)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> Rfc3339.parseInstant(text)).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void everyFractionLengthScalesToNanoseconds() {
        List<Instant> read = new ArrayList<>();
        String digits = "123456789";
        for (int n = 1; n <= 9; n++) {
            read.add(Rfc3339.parseInstant("2026-12-03T15:08:25." + digits.substring(0, n) + "Z"));
        }
        assertThat(read).extracting(Instant::getNano).containsExactly(100_000_000, 120_000_000, 123_000_000,
                123_400_000, 123_450_000, 123_456_000, 123_456_700, 123_456_780, 123_456_789);
        assertThat(read).extracting(Instant::getEpochSecond).containsOnly(1_796_310_505L);
    }

    private static void assertSameAsOffsetDateTime(String text) {
        assertThat(Rfc3339.parseInstant(text)).as(text).isEqualTo(OffsetDateTime.parse(text).toInstant());
    }

    private static String withFractionDigits(Instant instant, int digits) {
        String base = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC).format(instant);
        if (digits == 0) {
            return base + "Z";
        }
        String nanos = String.format("%09d", instant.getNano());
        return base + "." + nanos.substring(0, digits) + "Z";
    }
}
