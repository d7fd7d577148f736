package org.learnpath.learner;

/**
 * Settings of {@link BktFitter}.
 *
 * @param starts        EM runs from different starting points; the one with the highest likelihood wins (EM only
 *                      finds a local optimum and BKT's likelihood has several)
 * @param maxIterations per start
 * @param tolerance     stop when the log-likelihood gains less than this per observation in one iteration
 * @param maxGuess      upper bound of guess; with {@code maxSlip} it rules out the degenerate fits where a
 *                      learner "knowing" the skill answers worse than one who does not
 * @param maxSlip       upper bound of slip
 * @param seed          seed of the random starting points: same data, same seed, same fit
 */
public record FitOptions(int starts, int maxIterations, double tolerance, double maxGuess, double maxSlip,
        long seed) {

    public static final FitOptions DEFAULT = new FitOptions(5, 500, 1e-9, 0.3, 0.3, 20_240_917L);

    public FitOptions {
        if (starts < 1 || maxIterations < 1 || !(tolerance >= 0)) {
            throw new IllegalArgumentException("need starts >= 1, maxIterations >= 1, tolerance >= 0");
        }
        if (!(maxGuess > 0 && maxSlip > 0 && maxGuess + maxSlip < 1)) {
            throw new IllegalArgumentException("need 0 < maxGuess, 0 < maxSlip, maxGuess + maxSlip < 1");
        }
    }

    public FitOptions withSeed(long value) {
        return new FitOptions(starts, maxIterations, tolerance, maxGuess, maxSlip, value);
    }

    public FitOptions withStarts(int value) {
        return new FitOptions(value, maxIterations, tolerance, maxGuess, maxSlip, seed);
    }
}
