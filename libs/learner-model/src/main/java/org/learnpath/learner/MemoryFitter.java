package org.learnpath.learner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Fits {@link MemoryParameters} to stored answers by maximum a posteriori: the likelihood of the correctness of the
 * answers given after each skill was learnt, given the recall {@link MemoryModel} predicts for them, times weak priors.
 *
 * <p><b>Data.</b> The answers are replayed through a {@link LearnerModel} with the given {@link ModelConfig}
 * ({@link AnswerObservation#REPLAY_ORDER}, duplicates by event id dropped) to get each skill's mastery after each
 * answer, which fixes where each (learner, skill) memory starts ({@link MemoryModel}); that does not depend on the
 * memory parameters, so it is done once. The config should be the one the product traces with, forgetting off
 * ({@link Forgetting#NONE}): mastery is what the answers showed, recall is this model's business.
 *
 * <p><b>Likelihood.</b> Each later answer to a learnt skill alone is a retrieval. With {@code R} its predicted recall
 * and {@code g}, {@code s} the skill's guess and slip on that item as tracing uses them
 * ({@link BktParameters#forItem(double, double)}: shifted by the author's difficulty, with the format's guessing
 * floor):
 * <pre>  P(correct) = R (1 - s) + (1 - R) g</pre>
 * The memory then moves on with the answer, as in {@link MemoryModel#next}. Answers to several skills move the memory
 * but are left out of the likelihood (their outcome depends on the other skills too).
 *
 * <p><b>Weak priors.</b> Normal on {@code ln learntStabilityDays}, {@code ln knownStabilityDays}, {@code ln growth}
 * and {@code logit lapseFactor}, centred on {@link Options#prior()} ({@link MemoryParameters#DEFAULT}) with standard
 * deviation {@link Options#priorSd()} (default 1: a factor of e either way is one standard deviation). Why: a
 * direction the answers barely inform (few skills mastered without a wrong answer, so little on
 * {@code knownStabilityDays}; few lapses, so little on {@code lapseFactor}) stays near what the product assumes without
 * data instead of running off to a bound, while a few hundred retrievals outweigh it. Below
 * {@link Options#minRetrievals()} nothing is fitted and the prior's centre is returned ({@link MemoryFit#fitted()}
 * false).
 *
 * <p><b>Search.</b> Nelder-Mead on the four transformed parameters from the prior's centre, restarted once from
 * where it stopped. Deterministic: sequences in (learner, skill) order, no randomness.
 *
 * <p><b>The tracer's fit.</b> Guess and slip should be fitted on learning answers (before memories start): a slip
 * fitted on all answers would already contain the forgetting this fit is for.
 *
 * <p><b>What it cannot see.</b> Learners differ in how they answer (ability, careless slips), and guess and slip are
 * the population's: the wrong answers of a careless learner who remembers count as forgetting, so where such learners
 * are many the fitted recall errs low and reviews come early. Measured in {@code MemoryEvaluationTest}: with careless
 * slips of up to 10% per learner, the share truly known at reviews due at 0.9 is 0.914; without them, 0.897.
 */
public final class MemoryFitter {

    /**
     * Settings.
     *
     * @param prior            centre of the priors, and the result when there is too little to fit
     * @param priorSd          standard deviation of each prior on its transformed scale
     * @param masteryThreshold where memories start (the planner's mastery threshold)
     * @param minRetrievals    fewer retrievals than this are not fitted, nor fewer than this that came at least
     *                         {@link #SPACED_DAYS} after the answer before them: answers minutes apart say nothing
     *                         of forgetting over days (a fresh deployment's first sessions would fit stabilities of
     *                         minutes)
     * @param maxEvaluations   likelihood evaluations per Nelder-Mead run (two runs)
     */
    public record Options(MemoryParameters prior, double priorSd, double masteryThreshold, int minRetrievals,
            int maxEvaluations) {

        /** The default prior, prior SD 1, the planner's default threshold, 200 retrievals, 600 evaluations. */
        public static final Options DEFAULT = new Options(MemoryParameters.DEFAULT, 1,
                PlannerConfig.DEFAULT.masteryThreshold(), 200, 600);

        public Options {
            Objects.requireNonNull(prior, "prior");
            if (!(priorSd > 0) || Double.isInfinite(priorSd)) {
                throw new IllegalArgumentException("priorSd must be a finite number > 0");
            }
            if (!(masteryThreshold > 0 && masteryThreshold < 1)) {
                throw new IllegalArgumentException("masteryThreshold must be within (0, 1)");
            }
            if (minRetrievals < 1 || maxEvaluations < 20) {
                throw new IllegalArgumentException("need minRetrievals >= 1 and maxEvaluations >= 20");
            }
        }

        public Options withPrior(MemoryParameters value) {
            return new Options(value, priorSd, masteryThreshold, minRetrievals, maxEvaluations);
        }

        public Options withMasteryThreshold(double value) {
            return new Options(prior, priorSd, value, minRetrievals, maxEvaluations);
        }
    }

    /** One learner's answers to one skill, in replay order. */
    public record Sequence(String learnerId, String skillCode, List<MemoryModel.Answer> answers) {
        public Sequence {
            answers = List.copyOf(answers);
        }
    }

    private static final double MIN_PROBABILITY = 1e-12;
    private static final int PARAMETERS = 4;

    private final Options options;

    public MemoryFitter(Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Fits to stored answers, traced with {@code config} (see the class comment). */
    public MemoryFit fit(Collection<AnswerObservation> answers, ModelConfig config) {
        return fit(sequences(answers, config));
    }

    /**
     * The (learner, skill) sequences of {@code answers}, in (learner, skill) order, each skill's mastery after each
     * answer as {@code config} traces it.
     */
    public static List<Sequence> sequences(Collection<AnswerObservation> answers, ModelConfig config) {
        List<AnswerObservation> sorted = new ArrayList<>(answers);
        sorted.sort(AnswerObservation.REPLAY_ORDER);
        Set<String> seen = new HashSet<>();
        LearnerModel model = new LearnerModel(config.withDedupeWindow(0));
        Map<String, Map<String, List<MemoryModel.Answer>>> byLearner = new TreeMap<>();
        for (AnswerObservation answer : sorted) {
            if (!seen.add(answer.eventId())) {
                continue;
            }
            ApplyResult result = model.apply(answer);
            List<String> skills = answer.skillCodes();
            for (int i = 0; i < skills.size(); i++) {
                String skill = skills.get(i);
                BktParameters emission = config.parameters(skill).forItem(answer.itemPriorDifficulty(),
                        answer.guessFloor());
                byLearner.computeIfAbsent(answer.learnerId(), l -> new TreeMap<>())
                        .computeIfAbsent(skill, s -> new ArrayList<>())
                        .add(new MemoryModel.Answer(answer.answeredAt(), answer.correct(), skills.size() > 1,
                                result.skills().get(i).mastery(), emission));
            }
        }
        List<Sequence> sequences = new ArrayList<>();
        byLearner.forEach((learner, skills) -> skills.forEach((skill, list) ->
                sequences.add(new Sequence(learner, skill, list))));
        return sequences;
    }

    /** A retrieval this long (an hour) or longer after the answer before it counts as spaced. */
    static final double SPACED_DAYS = 1.0 / 24;

    /** Fits to prepared sequences (each in replay order). */
    public MemoryFit fit(List<Sequence> sequences) {
        Emissions emissions = new Emissions();
        List<Compiled> compiled = compile(sequences, emissions);
        int retrievals = 0;
        int spaced = 0;
        int withoutError = 0;
        for (Compiled c : compiled) {
            retrievals += c.retrievals;
            spaced += c.spacedRetrievals;
            withoutError += c.withoutError ? 1 : 0;
        }
        MemoryParameters prior = options.prior();
        double priorLikelihood = compiledLogLikelihood(compiled, emissions, prior);
        if (retrievals < options.minRetrievals() || spaced < options.minRetrievals()) {
            return new MemoryFit(prior, false, priorLikelihood, priorLikelihood, compiled.size(), withoutError,
                    retrievals, 0);
        }
        double[] centre = transform(prior);
        Objective objective = new Objective(compiled, emissions, centre);
        double[] best = objective.minimise(centre.clone(), options.maxEvaluations());
        best = objective.minimise(best, options.maxEvaluations());
        MemoryParameters fitted = parameters(best);
        return new MemoryFit(fitted, true, compiledLogLikelihood(compiled, emissions, fitted), priorLikelihood,
                compiled.size(), withoutError, retrievals, objective.evaluations);
    }

    /** The log-likelihood of the retrievals of {@code sequences} under {@code parameters} (no prior). */
    public double logLikelihood(List<Sequence> sequences, MemoryParameters parameters) {
        Emissions emissions = new Emissions();
        return compiledLogLikelihood(compile(sequences, emissions), emissions, parameters);
    }

    /**
     * A sequence from the answer that starts its memory on: the recall it starts with, and for each later answer its
     * time (days after the start), outcome and emission.
     */
    private static final class Compiled {
        boolean withoutError;
        double startRecall;
        double[] atDays;
        boolean[] correct;
        boolean[] shared;
        int[] emission;
        int retrievals;
        int spacedRetrievals;
    }

    /** The distinct emissions of the compiled sequences (a few per item), which answers refer to by index. */
    private static final class Emissions {
        final Map<BktParameters, Integer> index = new HashMap<>();
        final List<BktParameters> list = new ArrayList<>();

        int of(BktParameters emission) {
            return index.computeIfAbsent(emission, e -> {
                list.add(e);
                return list.size() - 1;
            });
        }
    }

    private List<Compiled> compile(List<Sequence> sequences, Emissions emissions) {
        List<Compiled> compiled = new ArrayList<>();
        for (Sequence sequence : sequences) {
            List<MemoryModel.Answer> answers = sequence.answers();
            int start = -1;
            boolean wrong = false;
            for (int i = 0; i < answers.size() && start < 0; i++) {
                if (answers.get(i).masteryAfter() >= options.masteryThreshold()) {
                    start = i;
                } else {
                    wrong |= !answers.get(i).correct();
                }
            }
            if (start < 0) {
                continue;
            }
            MemoryModel.Answer first = answers.get(start);
            int n = answers.size() - start - 1;
            Compiled c = new Compiled();
            c.withoutError = !wrong && first.correct();
            c.startRecall = first.masteryAfter();
            c.atDays = new double[n];
            c.correct = new boolean[n];
            c.shared = new boolean[n];
            c.emission = new int[n];
            for (int k = 0; k < n; k++) {
                MemoryModel.Answer answer = answers.get(start + 1 + k);
                c.atDays[k] = MemoryModel.days(first.answeredAt(), answer.answeredAt());
                c.correct[k] = answer.correct();
                c.shared[k] = answer.shared();
                c.emission[k] = emissions.of(answer.emission());
                c.retrievals += c.shared[k] ? 0 : 1;
                double gap = c.atDays[k] - (k == 0 ? 0 : c.atDays[k - 1]);
                c.spacedRetrievals += !c.shared[k] && gap >= SPACED_DAYS ? 1 : 0;
            }
            compiled.add(c);
        }
        return compiled;
    }

    /**
     * The likelihood replay: {@link MemoryModel#afterAnswer} on primitives, times in days after the memory started (a
     * late answer counts as no time elapsed and does not move the clock back; a wrong answer to several skills leaves
     * the memory as it is).
     */
    private static double compiledLogLikelihood(List<Compiled> compiled, Emissions emissions,
            MemoryParameters parameters) {
        int e = emissions.list.size();
        double[] guess = new double[e];
        double[] slip = new double[e];
        double[] learn = new double[e];
        for (int i = 0; i < e; i++) {
            BktParameters emission = emissions.list.get(i);
            guess[i] = emission.guess();
            slip[i] = emission.slip();
            learn[i] = emission.learn();
        }
        double growth = parameters.growth();
        double lapseFactor = parameters.lapseFactor();
        double total = 0;
        for (Compiled c : compiled) {
            double stability = parameters.initialStabilityDays(c.withoutError);
            double recallThen = c.startRecall;
            double reviewedAt = 0;
            for (int k = 0; k < c.correct.length; k++) {
                boolean correct = c.correct[k];
                if (c.shared[k] && !correct) {
                    continue;
                }
                int x = c.emission[k];
                double rho = MemoryModel.retrievability(stability, c.atDays[k] - reviewedAt);
                double recall = recallThen * rho;
                if (!c.shared[k]) {
                    double p = MemoryModel.pCorrect(recall, guess[x], slip[x]);
                    total += Math.log(Math.max(MIN_PROBABILITY, correct ? p : 1 - p));
                }
                stability = correct ? MemoryModel.afterSuccess(stability, rho, growth)
                        : MemoryModel.afterWrong(stability, recall, guess[x], slip[x], lapseFactor);
                recallThen = MemoryModel.recallAfter(recall, correct, guess[x], slip[x], learn[x]);
                reviewedAt = Math.max(reviewedAt, c.atDays[k]);
            }
        }
        return total;
    }

    /** ln S_learnt, ln S_known, ln growth, logit lapse. */
    private static double[] transform(MemoryParameters p) {
        double lapse = Math.min(p.lapseFactor(), 1 - 1e-6);
        return new double[] {Math.log(p.learntStabilityDays()), Math.log(p.knownStabilityDays()),
                Math.log(Math.max(p.growth(), 1e-6)), Logit.logit(lapse)};
    }

    private static MemoryParameters parameters(double[] x) {
        double learnt = clamp(Math.exp(x[0]), MemoryModel.MIN_STABILITY_DAYS, MemoryModel.MAX_STABILITY_DAYS);
        double known = clamp(Math.exp(x[1]), MemoryModel.MIN_STABILITY_DAYS, MemoryModel.MAX_STABILITY_DAYS);
        double growth = Math.min(Math.exp(x[2]), 1e6);
        double lapse = clamp(Logit.sigmoid(x[3]), 1e-6, 1);
        return new MemoryParameters(learnt, known, growth, lapse);
    }

    private static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }

    /** Negative log posterior on the transformed scale, minimised by Nelder-Mead. */
    private final class Objective {
        final List<Compiled> compiled;
        final Emissions emissions;
        final double[] centre;
        int evaluations;

        Objective(List<Compiled> compiled, Emissions emissions, double[] centre) {
            this.compiled = compiled;
            this.emissions = emissions;
            this.centre = centre;
        }

        double value(double[] x) {
            evaluations++;
            double prior = 0;
            for (int i = 0; i < PARAMETERS; i++) {
                double z = (x[i] - centre[i]) / options.priorSd();
                prior += 0.5 * z * z;
            }
            return prior - compiledLogLikelihood(compiled, emissions, parameters(x));
        }

        /** Nelder-Mead (reflection 1, expansion 2, contraction 0.5, shrink 0.5) from {@code start}, steps of 0.5. */
        double[] minimise(double[] start, int maxEvaluations) {
            int n = PARAMETERS;
            double[][] simplex = new double[n + 1][];
            double[] values = new double[n + 1];
            simplex[0] = start.clone();
            for (int i = 0; i < n; i++) {
                simplex[i + 1] = start.clone();
                simplex[i + 1][i] += 0.5;
            }
            for (int i = 0; i <= n; i++) {
                values[i] = value(simplex[i]);
            }
            int used = n + 1;
            Integer[] order = new Integer[n + 1];
            while (used < maxEvaluations) {
                for (int i = 0; i <= n; i++) {
                    order[i] = i;
                }
                final double[] v = values;
                Arrays.sort(order, Comparator.comparingDouble((Integer i) -> v[i]).thenComparingInt(i -> i));
                double[][] sortedSimplex = new double[n + 1][];
                double[] sortedValues = new double[n + 1];
                for (int i = 0; i <= n; i++) {
                    sortedSimplex[i] = simplex[order[i]];
                    sortedValues[i] = values[order[i]];
                }
                simplex = sortedSimplex;
                values = sortedValues;
                // Converged when the simplex spans less than a thousandth of a log-likelihood unit (or relative 1e-9).
                if (values[n] - values[0] < Math.max(1e-3, 1e-9 * Math.abs(values[0]))) {
                    break;
                }
                double[] centroid = new double[n];
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        centroid[j] += simplex[i][j] / n;
                    }
                }
                double[] reflected = step(centroid, simplex[n], 1);
                double fr = value(reflected);
                used++;
                if (fr < values[0]) {
                    double[] expanded = step(centroid, simplex[n], 2);
                    double fe = value(expanded);
                    used++;
                    if (fe < fr) {
                        simplex[n] = expanded;
                        values[n] = fe;
                    } else {
                        simplex[n] = reflected;
                        values[n] = fr;
                    }
                } else if (fr < values[n - 1]) {
                    simplex[n] = reflected;
                    values[n] = fr;
                } else {
                    boolean outside = fr < values[n];
                    double[] contracted = step(centroid, simplex[n], outside ? 0.5 : -0.5);
                    double fc = value(contracted);
                    used++;
                    if (fc < Math.min(fr, values[n])) {
                        simplex[n] = contracted;
                        values[n] = fc;
                    } else {
                        for (int i = 1; i <= n; i++) {
                            for (int j = 0; j < n; j++) {
                                simplex[i][j] = simplex[0][j] + 0.5 * (simplex[i][j] - simplex[0][j]);
                            }
                            values[i] = value(simplex[i]);
                            used++;
                        }
                    }
                }
            }
            int best = 0;
            for (int i = 1; i <= n; i++) {
                if (values[i] < values[best]) {
                    best = i;
                }
            }
            return simplex[best].clone();
        }

        /** {@code centroid + coefficient (centroid - worst)}. */
        private double[] step(double[] centroid, double[] worst, double coefficient) {
            double[] x = new double[centroid.length];
            for (int j = 0; j < x.length; j++) {
                x[j] = centroid[j] + coefficient * (centroid[j] - worst[j]);
            }
            return x;
        }
    }
}
