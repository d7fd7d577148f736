package org.learnpath.learner;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The hidden knowledge of one simulated learner: which skills they know and, when the truth forgets
 * ({@link SimulatorRealism#forgets()}), how long each memory lasts.
 *
 * <p>Memory: a skill learnt or successfully reviewed at {@code t0} with stability {@code S} days is kept until
 * {@code t0 + S * E}, with {@code E} drawn from Exp(1) at that moment, so that P(still known after t days) =
 * {@code exp(-t / S)}. Drawing the lapse time when the memory is (re)formed, rather than when knowledge is looked at,
 * keeps {@link #knows} free of randomness: asking does not change what the learner later answers. The exponential
 * has no memory, so drawing afresh at every review with the new stability is exact.
 *
 * <p>Skills known before the run count from the learner's first answer ({@code anchor}); they have no timestamp of
 * their own. Without forgetting there are no memories and this is a plain set of skills.
 */
final class TrueKnowledge {

    private static final double SECONDS_PER_DAY = 86_400;

    /** Stability in days, when it was last formed ({@code null}: the anchor) and when it lapses (days after). */
    private static final class Memory {
        double stabilityDays;
        Instant formedAt;
        double lapseAfterDays;

        Memory(double stabilityDays, Instant formedAt, double lapseAfterDays) {
            this.stabilityDays = stabilityDays;
            this.formedAt = formedAt;
            this.lapseAfterDays = lapseAfterDays;
        }
    }

    private final Set<String> known;
    private final Set<String> initiallyKnown;
    private final Set<String> forgotten = new HashSet<>();
    private final Map<String, Memory> memories = new HashMap<>();
    private Instant anchor;
    private Instant clock;

    /** {@code priorStabilityDays} 0: no forgetting; otherwise each initial skill draws its lapse from {@code random}. */
    TrueKnowledge(Collection<String> known, double priorStabilityDays, Random random) {
        this.known = new HashSet<>(known);
        this.initiallyKnown = Set.copyOf(known);
        if (priorStabilityDays > 0) {
            // Sorted: the draws must not depend on a hash set's iteration order.
            this.known.stream().sorted().forEach(skill ->
                    memories.put(skill, new Memory(priorStabilityDays, null, priorStabilityDays * exponential(random))));
        }
    }

    Set<String> initiallyKnown() {
        return initiallyKnown;
    }

    /** The time of the learner's latest answer, {@code null} before the first. */
    Instant clock() {
        return clock;
    }

    /** Whether the skill is known at {@code at} ({@code null}: as of the latest answer). */
    boolean knows(String skill, Instant at) {
        if (!known.contains(skill)) {
            return false;
        }
        Memory memory = memories.get(skill);
        Instant from = memory == null ? null : memory.formedAt != null ? memory.formedAt : anchor;
        if (from == null || at == null) {
            return true;
        }
        return days(from, at) < memory.lapseAfterDays;
    }

    /** Whether the skill was known at some time: known now, or known before and forgotten (then maybe relearnt). */
    boolean everKnown(String skill) {
        return known.contains(skill) || forgotten.contains(skill);
    }

    Set<String> knownAt(Instant at) {
        Set<String> result = new HashSet<>();
        for (String skill : known) {
            if (knows(skill, at)) {
                result.add(skill);
            }
        }
        return result;
    }

    /** Starts an answer at {@code at}: fixes the anchor and drops the skills of {@code skills} forgotten by then. */
    void startAnswer(Collection<String> skills, Instant at) {
        if (anchor == null) {
            anchor = at;
        }
        for (String skill : skills) {
            if (known.contains(skill) && !knows(skill, at)) {
                known.remove(skill);
                memories.remove(skill);
                forgotten.add(skill);
            }
        }
        clock = at;
    }

    /** The skill becomes known at {@code at}; with {@code stabilityDays > 0} it will be forgotten again. */
    void learn(String skill, Instant at, double stabilityDays, Random random) {
        known.add(skill);
        if (stabilityDays > 0) {
            memories.put(skill, new Memory(stabilityDays, at, stabilityDays * exponential(random)));
        }
    }

    /**
     * A correct answer on a known skill at {@code at}: stability grows by {@code 1 + gain * (1 - recall)}, recall
     * being what the memory's curve gave at that moment, so spaced reviews (low recall) consolidate and massed ones
     * (recall near 1) barely do; the lapse is drawn afresh from the new stability.
     */
    void review(String skill, Instant at, double gain, Random random) {
        Memory memory = memories.get(skill);
        if (memory == null) {
            return;
        }
        Instant from = memory.formedAt != null ? memory.formedAt : anchor;
        double recall = Math.exp(-days(from, at) / memory.stabilityDays);
        memory.stabilityDays *= 1 + gain * (1 - recall);
        memory.formedAt = at;
        memory.lapseAfterDays = memory.stabilityDays * exponential(random);
    }

    /** The skill's current stability in days (0 if unknown or not forgetting): for tests and diagnostics. */
    double stabilityDays(String skill) {
        Memory memory = memories.get(skill);
        return memory == null ? 0 : memory.stabilityDays;
    }

    private static double days(Instant from, Instant to) {
        Duration elapsed = Duration.between(from, to);
        return Math.max(0, (elapsed.getSeconds() + elapsed.getNano() / 1e9) / SECONDS_PER_DAY);
    }

    private static double exponential(Random random) {
        return -Math.log(1 - random.nextDouble());
    }
}
