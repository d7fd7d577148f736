package org.learnpath.learner;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Fits one skill's BKT parameters to answer histories with Baum-Welch EM (forward-backward on the two-state
 * hidden Markov model "not known" / "known", where "known" is absorbing).
 *
 * <p>Each sequence is one learner's answers to the skill in time order ({@code true} = correct). Opportunity t
 * emits the answer from the state at t, then the learner may learn: exactly the update of {@link BktParameters}.
 * E-step: scaled forward-backward gives, per opportunity, P(state | whole sequence) and P(learnt between t and
 * t+1 | whole sequence). M-step (closed form, expected counts):
 *
 * <pre>
 *   prior = E[known at the first opportunity] / sequences
 *   learn = E[unknown -> known transitions] / E[unknown at an opportunity that has a successor]
 *   guess = E[unknown and correct] / E[unknown]
 *   slip  = E[known and incorrect] / E[known]
 * </pre>
 *
 * Guess and slip are clipped to {@code [0.001, maxGuess]} / {@code [0.001, maxSlip]}; each expected
 * log-likelihood term is concave in its single parameter, so the clipped value is the constrained maximum and EM
 * still never decreases the likelihood. Several starting points (one fixed, the rest drawn from a seeded
 * {@link Random}) guard against local optima; the best likelihood wins. Deterministic for a given seed.
 *
 * <p>Simplifications to know about: items of every difficulty are pooled (the fit is for an average item, which
 * is what {@link ResponseModel} shifts by difficulty), a multi-skill answer counts fully in each of its skills'
 * sequences, and there is no forgetting within a sequence.
 */
public final class BktFitter {

    static final double FLOOR = 0.001;
    private static final double MIN = FLOOR;
    private static final double MAX = 0.999;

    private final FitOptions options;

    public BktFitter(FitOptions options) {
        this.options = options;
    }

    /** Fits every skill; each skill gets its own deterministic stream of starting points. */
    public Map<String, BktFit> fitAll(Map<String, List<boolean[]>> sequencesBySkill) {
        Map<String, BktFit> fits = new TreeMap<>();
        new TreeMap<>(sequencesBySkill).forEach((skill, sequences) ->
                fits.put(skill, fit(sequences, options.seed() * 31 + skill.hashCode())));
        return fits;
    }

    public BktFit fit(List<boolean[]> sequences) {
        return fit(sequences, options.seed());
    }

    private BktFit fit(List<boolean[]> sequences, long seed) {
        int observations = 0;
        int longest = 0;
        for (boolean[] sequence : sequences) {
            observations += sequence.length;
            longest = Math.max(longest, sequence.length);
        }
        if (observations == 0) {
            throw new IllegalArgumentException("No answers to fit");
        }
        Random random = new Random(seed);
        Workspace workspace = new Workspace(longest);
        BktFit best = null;
        for (int start = 0; start < options.starts(); start++) {
            BktParameters initial = start == 0
                    ? new BktParameters(0.4, 0.15, Math.min(0.15, options.maxGuess()), Math.min(0.1, options.maxSlip()))
                    : new BktParameters(uniform(random, 0.05, 0.95), uniform(random, 0.02, 0.5),
                            uniform(random, 0.02, options.maxGuess()), uniform(random, 0.02, options.maxSlip()));
            BktFit fit = runEm(sequences, initial, observations, workspace);
            if (best == null || fit.logLikelihood() > best.logLikelihood()) {
                best = fit;
            }
        }
        return best;
    }

    private BktFit runEm(List<boolean[]> sequences, BktParameters initial, int observations, Workspace w) {
        BktParameters current = initial;
        double previous = Double.NEGATIVE_INFINITY;
        int iteration = 0;
        while (true) {
            Counts counts = new Counts();
            for (boolean[] sequence : sequences) {
                if (sequence.length > 0) {
                    expect(sequence, current, counts, w);
                }
            }
            iteration++;
            BktParameters next = maximize(counts);
            boolean converged = counts.logLikelihood - previous < options.tolerance() * observations;
            if (converged || iteration >= options.maxIterations()) {
                // The likelihood was computed for `current`; report that pair, consistent with each other.
                return new BktFit(current, counts.logLikelihood, iteration, sequences.size(), observations);
            }
            previous = counts.logLikelihood;
            current = next;
        }
    }

    private BktParameters maximize(Counts c) {
        double prior = clip(c.knownAtStart / Math.max(1, c.sequences), MIN, MAX);
        double learn = clip(c.learnt / c.unknownWithSuccessor, MIN, MAX);
        double guess = clip(c.unknownCorrect / c.unknown, MIN, options.maxGuess());
        double slip = clip(c.knownIncorrect / c.known, MIN, options.maxSlip());
        return new BktParameters(prior, learn, guess, slip);
    }

    /** E-step for one sequence: adds its expected counts and log-likelihood to {@code c}. */
    private static void expect(boolean[] o, BktParameters p, Counts c, Workspace w) {
        int n = o.length;
        double[] fu = w.forwardUnknown;
        double[] fk = w.forwardKnown;
        double[] scale = w.scale;
        // Forward pass, normalised at each step: fu[t] + fk[t] = 1, scale[t] = P(o_t | o_0..o_{t-1}).
        double u = (1 - p.prior()) * emitUnknown(p, o[0]);
        double k = p.prior() * emitKnown(p, o[0]);
        for (int t = 0; ; t++) {
            scale[t] = u + k;
            fu[t] = u / scale[t];
            fk[t] = k / scale[t];
            c.logLikelihood += Math.log(scale[t]);
            if (t == n - 1) {
                break;
            }
            double toUnknown = fu[t] * (1 - p.learn());
            double toKnown = fk[t] + fu[t] * p.learn();
            u = toUnknown * emitUnknown(p, o[t + 1]);
            k = toKnown * emitKnown(p, o[t + 1]);
        }
        // Backward pass with the same scaling; posterior of state s at t is forward(s, t) * backward(s, t).
        double bu = 1;
        double bk = 1;
        for (int t = n - 1; t >= 0; t--) {
            double gu = fu[t] * bu;
            double gk = fk[t] * bk;
            if (o[t]) {
                c.unknownCorrect += gu;
            } else {
                c.knownIncorrect += gk;
            }
            c.unknown += gu;
            c.known += gk;
            if (t == 0) {
                c.knownAtStart += gk;
                break;
            }
            // Quantities linking t-1 and t.
            double eu = emitUnknown(p, o[t]) * bu / scale[t];
            double ek = emitKnown(p, o[t]) * bk / scale[t];
            double stayUnknown = fu[t - 1] * (1 - p.learn()) * eu;
            double learnt = fu[t - 1] * p.learn() * ek;
            c.learnt += learnt;
            c.unknownWithSuccessor += stayUnknown + learnt;
            double nextBu = (1 - p.learn()) * eu + p.learn() * ek;
            double nextBk = ek;
            bu = nextBu;
            bk = nextBk;
        }
        c.sequences++;
    }

    private static double emitKnown(BktParameters p, boolean correct) {
        return correct ? 1 - p.slip() : p.slip();
    }

    private static double emitUnknown(BktParameters p, boolean correct) {
        return correct ? p.guess() : 1 - p.guess();
    }

    private static double clip(double value, double min, double max) {
        if (Double.isNaN(value)) {
            return min;
        }
        return Math.max(min, Math.min(max, value));
    }

    private static double uniform(Random random, double min, double max) {
        return min + (max - min) * random.nextDouble();
    }

    private static final class Counts {
        double logLikelihood;
        double knownAtStart;
        int sequences;
        double learnt;
        double unknownWithSuccessor;
        double unknownCorrect;
        double unknown;
        double knownIncorrect;
        double known;
    }

    private static final class Workspace {
        final double[] forwardUnknown;
        final double[] forwardKnown;
        final double[] scale;

        Workspace(int length) {
            forwardUnknown = new double[length];
            forwardKnown = new double[length];
            scale = new double[length];
        }
    }
}
