package org.learnpath.learner;

/**
 * The parameters of {@link MemoryModel}: how long a learnt skill stays recalled and how reviews change that. All
 * stabilities are e-folding times in days: recall {@code t} days after the last answer is {@code exp(-t / S)}, so
 * recall falls to 0.9 after {@code 0.105 S} and to one half after {@code 0.69 S}.
 *
 * @param learntStabilityDays stability of a skill when its memory starts after at least one wrong answer: learnt
 *                            here, by practice
 * @param knownStabilityDays  stability of a skill mastered without a single wrong answer: most likely known before
 *                            (tested out), consolidated long ago, so it is forgotten more slowly than one just learnt.
 *                            The split is FSRS's initial stability by the first answer's grade, with the two grades a
 *                            graded-exercise product has
 * @param growth              a right answer at retrievability {@code rho} (the trace's own recall since the last
 *                            answer) multiplies stability by {@code 1 + growth (1 - rho)}: a review when recall has
 *                            dropped (spaced) consolidates, one minutes after the last (massed) hardly does
 * @param lapseFactor         within (0, 1]: a wrong answer multiplies stability by {@code 1 - q (1 - lapseFactor)}, q
 *                            the probability that it was a lapse rather than a slip; a certain lapse by
 *                            {@code lapseFactor}
 */
public record MemoryParameters(double learntStabilityDays, double knownStabilityDays, double growth,
        double lapseFactor) {

    /**
     * What a deployment schedules with before its first fit ({@link MemoryFitter}), and the centre of the fitter's weak
     * priors. Deliberately modest, not fitted to any data set: the trace of a skill just learnt by practice stays above
     * 0.9 for about five hours and above one half for about a day and a half (the order of the classic forgetting curve
     * of newly learnt material), one known before ten times longer; a review at retrievability 0.5 doubles stability,
     * one at 0.9 adds a fifth (the direction of the spacing effect, more cautious than fits on flashcard data); a
     * certain lapse halves it. On simulated learners these defaults review far too early (see
     * {@code MemoryEvaluationTest}): fit before relying on the schedule.
     */
    public static final MemoryParameters DEFAULT = new MemoryParameters(2, 20, 2, 0.5);

    public MemoryParameters {
        requirePositive("learntStabilityDays", learntStabilityDays);
        requirePositive("knownStabilityDays", knownStabilityDays);
        if (!(growth >= 0) || Double.isInfinite(growth)) {
            throw new IllegalArgumentException("growth must be a finite number >= 0, was " + growth);
        }
        if (!(lapseFactor > 0 && lapseFactor <= 1)) {
            throw new IllegalArgumentException("lapseFactor must be within (0, 1], was " + lapseFactor);
        }
    }

    /** The stability a memory starts with: {@code knownStabilityDays} if mastered without a wrong answer. */
    public double initialStabilityDays(boolean withoutError) {
        return withoutError ? knownStabilityDays : learntStabilityDays;
    }

    private static void requirePositive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number > 0, was " + value);
        }
    }
}
