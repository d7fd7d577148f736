package org.learnpath.portal.service.manage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Numbers, dates and durations as the managers' pages write them: in English, times in UTC (the portal does not know
 * the reader's zone, and says so), with a machine-readable twin for {@code <time datetime>}.
 */
public final class Readable {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private Readable() {
    }

    /** "31 Jan 2027"; "" for none. */
    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** The UTC day of an instant, "4 May 2026"; "" for none. */
    public static String day(Instant at) {
        return at == null ? "" : DAY.format(at.atOffset(ZoneOffset.UTC).toLocalDate());
    }

    /** "4 May 2026, 09:30 UTC"; "" for none. */
    public static String dayAndTime(Instant at) {
        return at == null ? "" : DAY_AND_TIME.format(at);
    }

    public static String iso(Instant at) {
        return at == null ? "" : DateTimeFormatter.ISO_INSTANT.format(at);
    }

    public static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /**
     * Time spent, to the minute once it is a minute or more: "45 s", "20 min", "2 h 05 min". Negative or no time is
     * "0 min".
     */
    public static String duration(long seconds) {
        if (seconds <= 0) {
            return "0 min";
        }
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return minutes + " min";
        }
        return String.format(Locale.ROOT, "%d h %02d min", minutes / 60, minutes % 60);
    }

    /** A share (0 to 1) as a whole percentage, "42 %"; "" for none. */
    public static String percent(Double share) {
        if (share == null || share.isNaN()) {
            return "";
        }
        return Math.round(share * 100) + " %";
    }

    /** A limit between 0 and 1 as a percentage with only the decimals it needs: 0.4 "40 %", 0.955 "95.5 %". */
    public static String limit(double share) {
        return BigDecimal.valueOf(share).multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString() + " %";
    }

    /** "1 learner", "3 learners". */
    public static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
