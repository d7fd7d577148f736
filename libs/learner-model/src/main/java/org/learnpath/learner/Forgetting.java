package org.learnpath.learner;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Forgetting between practice sessions: the part of mastery above a floor (the skill's prior, what a learner
 * who never practised is believed to know) halves every {@code halfLife}:
 *
 * <pre>  m(t) = floor + (m0 - floor) * 2^(-(t - t0) / halfLife)   when m0 > floor, else m0</pre>
 *
 * <p>Mastery is stored as of the last practice and decayed only when read or updated, so the state never needs
 * a timer and is a pure function of the answers and their timestamps: a replay gives the same numbers. Mastery
 * below the floor (after wrong answers) is left alone, forgetting never makes a learner look better.
 *
 * @param halfLife time for the part above the floor to halve; {@code null} for no forgetting
 */
public record Forgetting(Duration halfLife) {

    /** No forgetting: mastery stays where the last answer left it. */
    public static final Forgetting NONE = new Forgetting(null);

    public Forgetting {
        if (halfLife != null && (halfLife.isNegative() || halfLife.isZero())) {
            throw new IllegalArgumentException("halfLife must be positive, was " + halfLife);
        }
    }

    public static Forgetting halfLife(Duration halfLife) {
        return new Forgetting(Objects.requireNonNull(halfLife, "halfLife"));
    }

    public boolean forgets() {
        return halfLife != null;
    }

    /** Mastery {@code elapsed} after it was {@code mastery}; negative elapsed times count as none. */
    public double decay(double mastery, double floor, Duration elapsed) {
        if (halfLife == null || mastery <= floor || elapsed.isNegative() || elapsed.isZero()) {
            return mastery;
        }
        return floor + (mastery - floor) * Math.pow(2, -seconds(elapsed) / seconds(halfLife));
    }

    /** Mastery at {@code at} of a skill that was {@code mastery} at {@code since}. */
    public double decay(double mastery, double floor, Instant since, Instant at) {
        return since == null ? mastery : decay(mastery, floor, Duration.between(since, at));
    }

    /**
     * When mastery that was {@code mastery} at {@code since} decays to {@code threshold}: {@code since} itself
     * if it is already below, empty if it never will (no forgetting, or a floor at or above the threshold). The
     * inverse of {@link #decay}: {@code since + halfLife * log2((m0 - floor) / (threshold - floor))}.
     */
    public Optional<Instant> fallsBelow(double mastery, double floor, double threshold, Instant since) {
        if (mastery < threshold) {
            return Optional.of(since);
        }
        if (halfLife == null || floor >= threshold) {
            return Optional.empty();
        }
        double halfLives = Math.log((mastery - floor) / (threshold - floor)) / Math.log(2);
        double secondsAfter = halfLives * seconds(halfLife);
        // Rounded up to the nanosecond: a review is never announced before the mastery has actually decayed.
        long wholeSeconds = (long) Math.floor(secondsAfter);
        long nanos = (long) Math.ceil((secondsAfter - wholeSeconds) * 1e9);
        return Optional.of(since.plusSeconds(wholeSeconds).plusNanos(nanos));
    }

    private static double seconds(Duration duration) {
        return duration.getSeconds() + duration.getNano() / 1e9;
    }
}
