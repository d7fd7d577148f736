package org.learnpath.learner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Fits every skill's BKT parameters (prior, learn, guess, slip) under exactly the model that {@link LearnerModel}
 * traces with: the {@link ResponseModel} emission, with guess and slip shifted by the item's difficulty and raised to
 * its format's guessing floor ({@link BktParameters#forItem(double, double)}), every skill required on a several-skill
 * item, and a repeated answer counted with its evidence weight ({@link ModelConfig#evidenceWeight}).
 *
 * <p><b>Objective.</b> The log-likelihood of the answers as the tracer predicts them: learners are replayed in
 * {@link AnswerObservation#REPLAY_ORDER}, each answer contributes {@code w log P(answer)} with {@code P} the tracer's
 * {@link ResponseModel#pCorrect} from the masteries before it and {@code w} its evidence weight (the tempered
 * likelihood the tracer itself uses for repeats), then the masteries move on by {@link ResponseModel#posteriors} and
 * {@link ResponseModel#learn}. For single-skill answers this is the exact forward likelihood of the two-state hidden
 * Markov model; for several-skill answers it is the tracer's own factorised approximation (each skill's marginal, the
 * others' success probabilities as they stand), which is the point: the parameters are fitted to the model that will
 * use them, not to another. So a wrong answer to a two-skill item is blamed on the skill that was likely unknown,
 * not counted as a wrong answer of each skill as {@link BktFitter} counts it.
 *
 * <p><b>Weak priors (maximum a posteriori).</b> Each parameter has a Beta prior {@code Beta(1 + m mu, 1 + m (1 - mu))}
 * with {@code mu} the default parameter ({@link ModelConfig#defaultParameters()}, e.g.
 * {@link ModelConfig#DEFAULT_PARAMETERS}: prior 0.2, learn 0.15, guess 0.2, slip 0.1) and {@code m}
 * {@link TracedFitOptions#priorStrength()} (default 4): the estimate is the maximum-likelihood one with {@code m}
 * extra pseudo-observations at the default rate. Why these: they keep every rate strictly inside (0, 1) when a
 * skill's answers are thin or one-sided (a rate of exactly 0 or 1 lets one answer decide mastery); they settle the
 * weakly identified directions (prior against learn when first answers are few; guess against slip on items
 * nobody unknowing answered) towards what the product assumes without data; and at the sizes worth fitting (at least
 * {@link TracedFitOptions#minLearners()} learners and hundreds of answers) they move a rate by at most about
 * {@code m / n}, i.e. they do not compete with the data.
 *
 * <p><b>Difficulty re-centring.</b> Shifting all of a skill's item difficulties by {@code c} and guess and slip by
 * {@code -c} and {@code +c} on the logit scale gives the same answers: the offset is not identified. Before fitting, the
 * author's difficulties are re-centred per skill ({@link TracedFitOptions.Centring}, by default the mean over the
 * skill's answered single-skill items, each item once) and the parameters are fitted for the re-centred
 * difficulties: guess and slip then describe an average item of the skill, and each item's difficulty
 * ({@link ModelFit#itemDifficulties()}) only how it differs from its skill's other items. A several-skill item has one
 * difficulty for all its skills, so it is re-centred by the mean of its skills' offsets. For single-skill items the
 * shift is exact in both directions, guessing floor included (the floor applies after the shift).
 *
 * <p><b>Search.</b> Skills linked by several-skill items (directly or through others) form a group; groups share no
 * answer and are fitted independently (in parallel when {@link TracedFitOptions#parallel()}). Within a group,
 * block-coordinate ascent: one skill at a time, Nelder-Mead (restarted once where it stopped) on the logit of each
 * parameter scaled to its bounds ({@code [0.001, 0.999]} for prior and learn, {@code [0.001, maxGuess]} and
 * {@code [0.001, maxSlip]} for guess and slip), from the defaults. The objective of a skill's step is the exact
 * log-likelihood of the answers of the learners who answered it, to items of that skill or of a skill it shares an
 * item with, replaying all those skills; masteries of skills further away are held where the last replay of the
 * group left them. When a group is at most a skill and its neighbours (pairs, as in the seeded catalog) that is the
 * exact block objective. After each skill the group is replayed; rounds stop when the group's objective gains less
 * than 0.01 or after {@link TracedFitOptions#maxRounds()}, and a round that lowered it (possible only through the
 * held masteries) is undone.
 *
 * <p><b>Degenerate fits.</b> A skill with too few learners or answers is not fitted; a fitted skill whose prior is at
 * or above the mastery threshold, whose learning rate is near 1, or whose guess or slip is at a cap or at the floor
 * (see {@link FitProblem}) is set aside. Both keep the default parameters and say why; the rest of the group is then
 * refitted with them held, so that its parameters suit what tracing will use. {@link ModelFit#degenerateCount()}
 * counts them for a warning metric.
 *
 * <p><b>Not modelled.</b> Forgetting, as in {@link BktFitter}: answers are replayed without decay (a fitted model of
 * memory is a separate matter). Calibrated (Elo) difficulties: the author's difficulty carried by the answer is what
 * tracing updates with, so it is what is fitted with.
 *
 * <p><b>Determinism.</b> The result is a function of the set of answers (duplicates by event id dropped), the config
 * and the options: skills, learners and items are processed in sorted order, nothing depends on hash iteration or on
 * thread scheduling.
 *
 * <p><b>Cost.</b> One evaluation replays a skill's neighbourhood: O(its answers), with shifted parameters computed
 * once per item and evaluation. About 160 evaluations per skill and round (measured on the seeded catalog: 1,000
 * learners, 263,000 answers, about 9-14 s on two busy cores, see {@code TracedModelFitterTest}). A catalog whose
 * several-skill items give a skill many neighbours makes each evaluation correspondingly longer.
 */
public final class TracedModelFitter {

    static final double FLOOR = 0.001;
    private static final double CEILING = 0.999;
    /** A fitted guess or slip this close to its cap counts as at the cap. */
    private static final double CAP_MARGIN = 0.01;
    /** A group stops when a round gains less than this (natural log-likelihood units). */
    private static final double ROUND_TOLERANCE = 0.01;
    /** Keeps a log finite when a probability rounds to 0 or 1. */
    private static final double MIN_PROBABILITY = 1e-12;

    private static final int PRIOR = 0;
    private static final int LEARN = 1;
    private static final int GUESS = 2;
    private static final int SLIP = 3;

    private final TracedFitOptions options;
    private final double[] lower;
    private final double[] upper;

    public TracedModelFitter(TracedFitOptions options) {
        this.options = options;
        this.lower = new double[] {FLOOR, FLOOR, FLOOR, FLOOR};
        this.upper = new double[] {CEILING, CEILING, options.maxGuess(), options.maxSlip()};
    }

    /**
     * The log-likelihood of an answer and its evidence weight, summed.
     *
     * @param total  sum of {@code w log P(answer)}
     * @param weight sum of the weights {@code w}
     */
    public record Likelihood(double total, double weight) {
        public double perAnswer() {
            return weight > 0 ? total / weight : 0;
        }
    }

    /**
     * Fits every skill that {@code answers} measure. {@code config} supplies the default parameters (the start, the
     * centre of the priors and what a degenerate skill keeps) and the evidence weight of repeated answers; its skill
     * parameters and forgetting are not used.
     */
    public ModelFit fit(Collection<AnswerObservation> answers, ModelConfig config) {
        Data data = new Data(answers, config, options.centring());
        BktParameters defaults = config.defaultParameters();
        Fit fit = new Fit(data, defaults);
        int groups = data.components.length;
        GroupResult[] results = new GroupResult[groups];
        IntStream range = IntStream.range(0, groups);
        (options.parallel() ? range.parallel() : range).forEach(c -> results[c] = fitGroup(fit, c, defaults));

        Map<String, ModelFit.SkillFit> skills = new TreeMap<>();
        double logLikelihood = 0;
        for (int c = 0; c < groups; c++) {
            logLikelihood += results[c].logLikelihood;
            for (int s : data.components[c]) {
                skills.put(data.skillCodes[s], new ModelFit.SkillFit(data.skillCodes[s], fit.parameters[s],
                        results[c].estimates.get(s), results[c].problems.get(s), data.offsets[s],
                        data.learnersPerSkill[s], data.answersPerSkill[s], results[c].rounds));
            }
        }
        return new ModelFit(skills, data.itemDifficulties, logLikelihood, data.totalWeight, data.size,
                data.learnerCount);
    }

    /**
     * The log-likelihood of {@code answers} traced with {@code config}'s parameters and evidence weights, each answer
     * shifted by {@code difficulty} (e.g. {@link AnswerObservation#itemPriorDifficulty}, as {@link LearnerModel}
     * traces today, or {@link ModelFit#recentredDifficulty}), without forgetting: the objective of {@link #fit},
     * for comparing fits on answers they did not see. Duplicates by event id are dropped.
     */
    public static Likelihood logLikelihood(Collection<AnswerObservation> answers, ModelConfig config,
            ToDoubleFunction<AnswerObservation> difficulty) {
        List<AnswerObservation> sorted = new ArrayList<>(answers);
        sorted.sort(AnswerObservation.REPLAY_ORDER);
        Set<String> seen = new HashSet<>();
        Map<String, Map<String, Double>> masteries = new HashMap<>();
        double total = 0;
        double weight = 0;
        for (AnswerObservation answer : sorted) {
            if (!seen.add(answer.eventId())) {
                continue;
            }
            Map<String, Double> learner = masteries.computeIfAbsent(answer.learnerId(), id -> new HashMap<>());
            List<String> codes = answer.skillCodes();
            BktParameters[] parameters = new BktParameters[codes.size()];
            double[] before = new double[codes.size()];
            for (int i = 0; i < before.length; i++) {
                parameters[i] = config.parameters(codes.get(i));
                before[i] = learner.getOrDefault(codes.get(i), parameters[i].prior());
            }
            double d = difficulty.applyAsDouble(answer);
            double w = config.evidenceWeight(answer.attemptNumber());
            double p = ResponseModel.pCorrect(parameters, before, d, answer.guessFloor());
            total += w * Math.log(clampProbability(answer.correct() ? p : 1 - p));
            weight += w;
            double[] proved = ResponseModel.posteriors(parameters, before, d, answer.guessFloor(), answer.correct(), w);
            for (int i = 0; i < proved.length; i++) {
                learner.put(codes.get(i), ResponseModel.learn(parameters[i], proved[i], w));
            }
        }
        return new Likelihood(total, weight);
    }

    // ---------------------------------------------------------------------------------------------------------
    // One group of linked skills

    private static final class GroupResult {
        final Map<Integer, BktParameters> estimates = new HashMap<>();
        final Map<Integer, Set<FitProblem>> problems = new HashMap<>();
        double logLikelihood;
        int rounds;
    }

    private GroupResult fitGroup(Fit fit, int component, BktParameters defaults) {
        Data data = fit.data;
        int[] skills = data.components[component];
        GroupResult result = new GroupResult();
        Workspace workspace = new Workspace(data.skillCodes.length, data.maxSkillsPerAnswer);
        boolean[] all = new boolean[data.skillCodes.length];
        for (int s : skills) {
            all[s] = true;
            result.estimates.put(s, defaults);
            EnumSet<FitProblem> problems = EnumSet.noneOf(FitProblem.class);
            if (data.learnersPerSkill[s] < options.minLearners()) {
                problems.add(FitProblem.TOO_FEW_LEARNERS);
            }
            if (data.answersPerSkill[s] < options.minAnswers()) {
                problems.add(FitProblem.TOO_FEW_ANSWERS);
            }
            result.problems.put(s, problems);
            fit.set(s, defaults);
        }
        List<Integer> free = new ArrayList<>();
        for (int s : skills) {
            if (result.problems.get(s).isEmpty()) {
                free.add(s);
            }
        }
        while (!free.isEmpty()) {
            result.rounds += fitRounds(fit, component, free, all, workspace);
            List<Integer> setAside = new ArrayList<>();
            for (int s : free) {
                result.estimates.put(s, fit.parameters[s]);
                Set<FitProblem> problems = problems(fit.parameters[s]);
                if (!problems.isEmpty()) {
                    result.problems.put(s, problems);
                    setAside.add(s);
                }
            }
            if (setAside.isEmpty()) {
                break;
            }
            // The others were fitted next to the set-aside estimates; refit them next to the defaults tracing will use.
            for (int s : setAside) {
                fit.set(s, defaults);
                free.remove(Integer.valueOf(s));
            }
        }
        result.logLikelihood = fit.replay(data.componentAnswers[component], data.componentStarts[component], all,
                true, workspace);
        return result;
    }

    /** Block-coordinate rounds over the free skills of a group; returns the number of rounds run. */
    private int fitRounds(Fit fit, int component, List<Integer> free, boolean[] all, Workspace workspace) {
        Data data = fit.data;
        int[] answers = data.componentAnswers[component];
        int[] starts = data.componentStarts[component];
        double objective = fit.replay(answers, starts, all, true, workspace) + logPrior(fit, free);
        boolean single = data.components[component].length == 1;
        int rounds = 0;
        while (rounds < options.maxRounds()) {
            rounds++;
            BktParameters[] before = new BktParameters[free.size()];
            for (int i = 0; i < before.length; i++) {
                before[i] = fit.parameters[free.get(i)];
            }
            for (int s : free) {
                fitSkill(fit, s, workspace);
                fit.replay(answers, starts, all, true, workspace); // masteries for the next skill's held values
            }
            double next = fit.replay(answers, starts, all, true, workspace) + logPrior(fit, free);
            if (next < objective) {
                for (int i = 0; i < before.length; i++) {
                    fit.set(free.get(i), before[i]);
                }
                fit.replay(answers, starts, all, true, workspace);
                break;
            }
            boolean converged = next - objective < ROUND_TOLERANCE;
            objective = next;
            if (single || converged) {
                break;
            }
        }
        return rounds;
    }

    /** Nelder-Mead on one skill's four parameters, the others held; leaves the best in {@code fit}. */
    private void fitSkill(Fit fit, int skill, Workspace workspace) {
        Data data = fit.data;
        boolean[] live = new boolean[data.skillCodes.length];
        for (int s : data.neighbourhood[skill]) {
            live[s] = true;
        }
        int[] answers = data.skillAnswers[skill];
        int[] starts = data.skillStarts[skill];
        NelderMead.Objective objective = x -> {
            BktParameters p = toParameters(x);
            fit.set(skill, p);
            return fit.replay(answers, starts, live, false, workspace) + logPrior(fit.defaults, p);
        };
        double[] start = toSearch(fit.parameters[skill]);
        // A simplex can collapse before the optimum; a second, smaller one from where the first stopped checks it.
        NelderMead.Result best = NelderMead.maximise(objective, start, 1.0, options.maxEvaluations() / 2);
        NelderMead.Result again = NelderMead.maximise(objective, best.x(), 0.1, options.maxEvaluations() / 2);
        fit.set(skill, toParameters(again.value() > best.value() ? again.x() : best.x()));
    }

    private Set<FitProblem> problems(BktParameters p) {
        EnumSet<FitProblem> problems = EnumSet.noneOf(FitProblem.class);
        if (p.prior() >= options.masteryThreshold()) {
            problems.add(FitProblem.PRIOR_AT_THRESHOLD);
        }
        if (p.learn() > options.learnNearOne()) {
            problems.add(FitProblem.LEARN_NEAR_ONE);
        }
        if (p.guess() >= options.maxGuess() - CAP_MARGIN) {
            problems.add(FitProblem.GUESS_AT_CAP);
        }
        if (p.slip() >= options.maxSlip() - CAP_MARGIN) {
            problems.add(FitProblem.SLIP_AT_CAP);
        }
        if (p.guess() <= 2 * FLOOR || p.slip() <= 2 * FLOOR) {
            problems.add(FitProblem.GUESS_OR_SLIP_AT_FLOOR);
        }
        return problems;
    }

    private double logPrior(Fit fit, List<Integer> skills) {
        double sum = 0;
        for (int s : skills) {
            sum += logPrior(fit.defaults, fit.parameters[s]);
        }
        return sum;
    }

    /** Log density of the Beta priors (up to a constant), centred on {@code centre}. */
    private double logPrior(BktParameters centre, BktParameters p) {
        double m = options.priorStrength();
        if (m == 0) {
            return 0;
        }
        return logBeta(p.prior(), centre.prior(), m) + logBeta(p.learn(), centre.learn(), m)
                + logBeta(p.guess(), centre.guess(), m) + logBeta(p.slip(), centre.slip(), m);
    }

    private static double logBeta(double value, double mean, double strength) {
        return strength * mean * Math.log(value) + strength * (1 - mean) * Math.log(1 - value);
    }

    private BktParameters toParameters(double[] x) {
        return new BktParameters(fromSearch(x, PRIOR), fromSearch(x, LEARN), fromSearch(x, GUESS), fromSearch(x, SLIP));
    }

    private double fromSearch(double[] x, int i) {
        return lower[i] + (upper[i] - lower[i]) * Logit.sigmoid(x[i]);
    }

    private double[] toSearch(BktParameters p) {
        double[] values = {p.prior(), p.learn(), p.guess(), p.slip()};
        double[] x = new double[4];
        for (int i = 0; i < 4; i++) {
            // Start strictly inside the bounds, also from parameters outside them (e.g. defaults above a cap).
            double share = (values[i] - lower[i]) / (upper[i] - lower[i]);
            x[i] = Logit.logit(Math.max(0.02, Math.min(0.98, share)));
        }
        return x;
    }

    static double clampProbability(double p) {
        return Math.max(MIN_PROBABILITY, Math.min(1 - MIN_PROBABILITY, p));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Mutable state of one fit: parameters, item-shifted parameters and the masteries of the last full replay

    private static final class Fit {
        final Data data;
        final BktParameters defaults;
        final BktParameters[] parameters;
        /** Per emission variant, its skills' parameters shifted to its difficulty and floor. */
        final BktParameters[][] shifted;
        /** Per answer slot (answer, skill), the skill's mastery before the answer in the last full replay. */
        final double[] recorded;

        Fit(Data data, BktParameters defaults) {
            this.data = data;
            this.defaults = defaults;
            this.parameters = new BktParameters[data.skillCodes.length];
            this.shifted = new BktParameters[data.variantSkills.length][];
            for (int v = 0; v < shifted.length; v++) {
                shifted[v] = new BktParameters[data.variantSkills[v].length];
            }
            this.recorded = new double[data.slots];
        }

        /** Sets a skill's parameters and re-shifts them for every item variant measuring it. */
        void set(int skill, BktParameters p) {
            parameters[skill] = p;
            int[] variants = data.variantsOfSkill[skill];
            int[] positions = data.positionsInVariant[skill];
            for (int i = 0; i < variants.length; i++) {
                int v = variants[i];
                shifted[v][positions[i]] = p.forItem(data.variantDifficulty[v], data.variantFloor[v]);
            }
        }

        /**
         * Replays the listed answers (grouped by learner, {@code starts} the first index of each learner), tracing the
         * {@code live} skills from their priors and reading the others from the last full replay; returns the
         * evidence-weighted log-likelihood. With {@code record}, stores every mastery before each answer (all skills
         * of the answers must then be live).
         *
         * <p>The parameters are shifted in advance ({@link #set}); {@link ResponseModel} is then called with
         * difficulty 0 and floor 0, for which {@link BktParameters#forItem(double, double)} returns its argument, so
         * the numbers are those of tracing with the item's difficulty and floor, bit for bit.
         */
        double replay(int[] answers, int[] starts, boolean[] live, boolean record, Workspace w) {
            double logLikelihood = 0;
            for (int b = 0; b < starts.length; b++) {
                int end = b + 1 < starts.length ? starts[b + 1] : answers.length;
                w.epoch++;
                for (int i = starts[b]; i < end; i++) {
                    int a = answers[i];
                    int[] skills = data.skills[a];
                    int k = skills.length;
                    double[] before = w.masteries[k];
                    int slot = data.slot[a];
                    for (int j = 0; j < k; j++) {
                        int s = skills[j];
                        if (live[s]) {
                            before[j] = w.stamp[s] == w.epoch ? w.mastery[s] : parameters[s].prior();
                        } else {
                            before[j] = recorded[slot + j];
                        }
                        if (record) {
                            recorded[slot + j] = before[j];
                        }
                    }
                    BktParameters[] item = shifted[data.variant[a]];
                    double weight = data.weight[a];
                    boolean correct = data.correct[a];
                    double p = ResponseModel.pCorrect(item, before, 0, 0);
                    logLikelihood += weight * Math.log(clampProbability(correct ? p : 1 - p));
                    double[] proved = ResponseModel.posteriors(item, before, 0, 0, correct, weight);
                    for (int j = 0; j < k; j++) {
                        int s = skills[j];
                        if (live[s]) {
                            w.mastery[s] = ResponseModel.learn(parameters[s], proved[j], weight);
                            w.stamp[s] = w.epoch;
                        }
                    }
                }
            }
            return logLikelihood;
        }
    }

    /** Scratch space of one thread. */
    private static final class Workspace {
        final double[] mastery;
        final int[] stamp;
        final double[][] masteries;
        int epoch;

        Workspace(int skills, int maxPerAnswer) {
            mastery = new double[skills];
            stamp = new int[skills];
            masteries = new double[maxPerAnswer + 1][];
            for (int k = 0; k <= maxPerAnswer; k++) {
                masteries[k] = new double[k];
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // The answers, indexed once

    /** Skill codes, learners and answers as arrays, in sorted order; groups, neighbourhoods and item variants. */
    private static final class Data {
        final String[] skillCodes;
        final int size;
        final int learnerCount;
        final double totalWeight;
        final int maxSkillsPerAnswer;
        // Per answer, grouped by learner (learners in id order), each learner's in replay order.
        final int[][] skills;
        final double[] weight;
        final boolean[] correct;
        final int[] variant;
        final int[] slot;
        final int slots;
        // Per skill.
        final double[] offsets;
        final int[] learnersPerSkill;
        final int[] answersPerSkill;
        final int[][] neighbourhood;
        final int[][] skillAnswers;
        final int[][] skillStarts;
        final int[][] variantsOfSkill;
        final int[][] positionsInVariant;
        // Per emission variant (skills, re-centred difficulty, floor).
        final int[][] variantSkills;
        final double[] variantDifficulty;
        final double[] variantFloor;
        // Per group of linked skills.
        final int[][] components;
        final int[][] componentAnswers;
        final int[][] componentStarts;
        final Map<String, Double> itemDifficulties;

        private record VariantKey(List<Integer> skills, double difficulty, double floor) {
        }

        Data(Collection<AnswerObservation> input, ModelConfig config, TracedFitOptions.Centring centring) {
            List<AnswerObservation> sorted = new ArrayList<>(input);
            sorted.sort(AnswerObservation.REPLAY_ORDER);
            Set<String> seen = new HashSet<>();
            Map<String, List<AnswerObservation>> byLearner = new TreeMap<>();
            TreeSet<String> codes = new TreeSet<>();
            for (AnswerObservation answer : sorted) {
                if (seen.add(answer.eventId())) {
                    byLearner.computeIfAbsent(answer.learnerId(), id -> new ArrayList<>()).add(answer);
                    codes.addAll(answer.skillCodes());
                }
            }
            if (byLearner.isEmpty()) {
                throw new IllegalArgumentException("No answers to fit");
            }
            skillCodes = codes.toArray(String[]::new);
            Map<String, Integer> index = new HashMap<>();
            for (int s = 0; s < skillCodes.length; s++) {
                index.put(skillCodes[s], s);
            }
            List<AnswerObservation> ordered = new ArrayList<>();
            List<Integer> learnerStarts = new ArrayList<>();
            byLearner.values().forEach(list -> {
                learnerStarts.add(ordered.size());
                ordered.addAll(list);
            });
            size = ordered.size();
            learnerCount = byLearner.size();
            int n = skillCodes.length;

            skills = new int[size][];
            weight = new double[size];
            correct = new boolean[size];
            int widest = 0;
            double total = 0;
            for (int a = 0; a < size; a++) {
                AnswerObservation answer = ordered.get(a);
                List<String> answerCodes = answer.skillCodes();
                skills[a] = new int[answerCodes.size()];
                for (int j = 0; j < skills[a].length; j++) {
                    skills[a][j] = index.get(answerCodes.get(j));
                }
                widest = Math.max(widest, skills[a].length);
                weight[a] = config.evidenceWeight(answer.attemptNumber());
                total += weight[a];
                correct[a] = answer.correct();
            }
            maxSkillsPerAnswer = widest;
            totalWeight = total;

            offsets = offsets(ordered, centring, n);
            double[] difficulty = new double[size];
            Map<String, double[]> byItem = new TreeMap<>();
            for (int a = 0; a < size; a++) {
                double[] itemOffsets = new double[skills[a].length];
                for (int j = 0; j < itemOffsets.length; j++) {
                    itemOffsets[j] = offsets[skills[a][j]];
                }
                AnswerObservation answer = ordered.get(a);
                difficulty[a] = ModelFit.recentre(answer.itemPriorDifficulty(), itemOffsets);
                double[] sum = byItem.computeIfAbsent(answer.itemId(), id -> new double[2]);
                sum[0] += difficulty[a];
                sum[1]++;
            }
            Map<String, Double> items = new TreeMap<>();
            byItem.forEach((item, sum) -> items.put(item, sum[0] / sum[1]));
            itemDifficulties = items;

            // Emission variants: the shifted parameters depend only on (skills, difficulty, floor).
            Map<VariantKey, Integer> variants = new HashMap<>();
            List<VariantKey> variantList = new ArrayList<>();
            variant = new int[size];
            slot = new int[size];
            int nextSlot = 0;
            for (int a = 0; a < size; a++) {
                VariantKey key = new VariantKey(Arrays.stream(skills[a]).boxed().toList(), difficulty[a],
                        ordered.get(a).guessFloor());
                Integer v = variants.get(key);
                if (v == null) {
                    v = variantList.size();
                    variants.put(key, v);
                    variantList.add(key);
                }
                variant[a] = v;
                slot[a] = nextSlot;
                nextSlot += skills[a].length;
            }
            slots = nextSlot;
            variantSkills = new int[variantList.size()][];
            variantDifficulty = new double[variantList.size()];
            variantFloor = new double[variantList.size()];
            List<List<int[]>> ofSkill = new ArrayList<>();
            for (int s = 0; s < n; s++) {
                ofSkill.add(new ArrayList<>());
            }
            for (int v = 0; v < variantList.size(); v++) {
                VariantKey key = variantList.get(v);
                variantSkills[v] = key.skills().stream().mapToInt(Integer::intValue).toArray();
                variantDifficulty[v] = key.difficulty();
                variantFloor[v] = key.floor();
                for (int j = 0; j < variantSkills[v].length; j++) {
                    ofSkill.get(variantSkills[v][j]).add(new int[] {v, j});
                }
            }
            variantsOfSkill = new int[n][];
            positionsInVariant = new int[n][];
            for (int s = 0; s < n; s++) {
                variantsOfSkill[s] = ofSkill.get(s).stream().mapToInt(e -> e[0]).toArray();
                positionsInVariant[s] = ofSkill.get(s).stream().mapToInt(e -> e[1]).toArray();
            }

            // Neighbourhoods and groups: skills that share an item.
            boolean[][] adjacent = new boolean[n][n];
            int[] parent = new int[n];
            for (int s = 0; s < n; s++) {
                parent[s] = s;
                adjacent[s][s] = true;
            }
            for (int[] answerSkills : skills) {
                for (int i = 0; i < answerSkills.length; i++) {
                    for (int j = i + 1; j < answerSkills.length; j++) {
                        adjacent[answerSkills[i]][answerSkills[j]] = true;
                        adjacent[answerSkills[j]][answerSkills[i]] = true;
                        union(parent, answerSkills[i], answerSkills[j]);
                    }
                }
            }
            neighbourhood = new int[n][];
            for (int s = 0; s < n; s++) {
                int skill = s;
                neighbourhood[s] = IntStream.range(0, n).filter(t -> adjacent[skill][t]).toArray();
            }
            Map<Integer, List<Integer>> groups = new TreeMap<>();
            for (int s = 0; s < n; s++) {
                groups.computeIfAbsent(find(parent, s), r -> new ArrayList<>()).add(s);
            }
            components = groups.values().stream()
                    .map(list -> list.stream().mapToInt(Integer::intValue).sorted().toArray())
                    .sorted((x, y) -> Integer.compare(x[0], y[0]))
                    .toArray(int[][]::new);
            int[] componentOf = new int[n];
            for (int c = 0; c < components.length; c++) {
                for (int s : components[c]) {
                    componentOf[s] = c;
                }
            }

            // Per group and per skill: the answers to replay, learner by learner.
            IntList[] groupAnswers = new IntList[components.length];
            IntList[] groupStarts = new IntList[components.length];
            for (int c = 0; c < components.length; c++) {
                groupAnswers[c] = new IntList();
                groupStarts[c] = new IntList();
            }
            IntList[] ownAnswers = new IntList[n];
            IntList[] ownStarts = new IntList[n];
            for (int s = 0; s < n; s++) {
                ownAnswers[s] = new IntList();
                ownStarts[s] = new IntList();
            }
            learnersPerSkill = new int[n];
            answersPerSkill = new int[n];
            int[] lastLearnerOfGroup = new int[components.length];
            Arrays.fill(lastLearnerOfGroup, -1);
            for (int l = 0; l < learnerCount; l++) {
                int from = learnerStarts.get(l);
                int to = l + 1 < learnerCount ? learnerStarts.get(l + 1) : size;
                boolean[] touched = new boolean[n];
                for (int a = from; a < to; a++) {
                    int c = componentOf[skills[a][0]];
                    if (lastLearnerOfGroup[c] != l) {
                        lastLearnerOfGroup[c] = l;
                        groupStarts[c].add(groupAnswers[c].size());
                    }
                    groupAnswers[c].add(a);
                    for (int s : skills[a]) {
                        answersPerSkill[s]++;
                        touched[s] = true;
                    }
                }
                for (int s = 0; s < n; s++) {
                    if (!touched[s]) {
                        continue;
                    }
                    learnersPerSkill[s]++;
                    ownStarts[s].add(ownAnswers[s].size());
                    for (int a = from; a < to; a++) {
                        for (int t : skills[a]) {
                            if (adjacent[s][t]) {
                                ownAnswers[s].add(a);
                                break;
                            }
                        }
                    }
                }
            }
            componentAnswers = new int[components.length][];
            componentStarts = new int[components.length][];
            for (int c = 0; c < components.length; c++) {
                componentAnswers[c] = groupAnswers[c].toArray();
                componentStarts[c] = groupStarts[c].toArray();
            }
            skillAnswers = new int[n][];
            skillStarts = new int[n][];
            for (int s = 0; s < n; s++) {
                skillAnswers[s] = ownAnswers[s].toArray();
                skillStarts[s] = ownStarts[s].toArray();
            }
        }

        /** Per skill, the difficulty offset of {@code centring} over its single-skill answers. */
        private double[] offsets(List<AnswerObservation> ordered, TracedFitOptions.Centring centring, int n) {
            double[] result = new double[n];
            if (centring == TracedFitOptions.Centring.NONE) {
                return result;
            }
            double[] sum = new double[n];
            double[] count = new double[n];
            // Item means per skill, items in id order.
            List<Map<String, double[]>> itemsBySkill = new ArrayList<>();
            for (int s = 0; s < n; s++) {
                itemsBySkill.add(new TreeMap<>());
            }
            for (int a = 0; a < ordered.size(); a++) {
                if (skills[a].length != 1) {
                    continue;
                }
                int s = skills[a][0];
                AnswerObservation answer = ordered.get(a);
                if (centring == TracedFitOptions.Centring.ANSWER_MEAN) {
                    sum[s] += weight[a] * answer.itemPriorDifficulty();
                    count[s] += weight[a];
                } else {
                    double[] item = itemsBySkill.get(s).computeIfAbsent(answer.itemId(), id -> new double[2]);
                    item[0] += answer.itemPriorDifficulty();
                    item[1]++;
                }
            }
            if (centring == TracedFitOptions.Centring.ITEM_MEAN) {
                for (int s = 0; s < n; s++) {
                    for (double[] item : itemsBySkill.get(s).values()) {
                        sum[s] += item[0] / item[1];
                        count[s]++;
                    }
                }
            }
            for (int s = 0; s < n; s++) {
                result[s] = count[s] > 0 ? sum[s] / count[s] : 0;
            }
            return result;
        }

        private static int find(int[] parent, int s) {
            while (parent[s] != s) {
                parent[s] = parent[parent[s]];
                s = parent[s];
            }
            return s;
        }

        private static void union(int[] parent, int a, int b) {
            int ra = find(parent, a);
            int rb = find(parent, b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }
    }

    /** A growable int array (the answer lists run to hundreds of thousands of entries). */
    private static final class IntList {
        private int[] values = new int[16];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Derivative-free maximisation

    /** Nelder-Mead simplex search (standard coefficients), deterministic. */
    static final class NelderMead {

        @FunctionalInterface
        interface Objective {
            double value(double[] x);
        }

        record Result(double[] x, double value, int evaluations) {
        }

        private NelderMead() {
        }

        /** Maximises {@code f} from {@code start}, initial simplex edges {@code step}, at most {@code budget} calls. */
        static Result maximise(Objective f, double[] start, double step, int budget) {
            int n = start.length;
            double[][] points = new double[n + 1][];
            double[] values = new double[n + 1];
            points[0] = start.clone();
            values[0] = f.value(points[0]);
            int evaluations = 1;
            for (int i = 0; i < n; i++) {
                points[i + 1] = start.clone();
                points[i + 1][i] += step;
                values[i + 1] = f.value(points[i + 1]);
                evaluations++;
            }
            Integer[] order = new Integer[n + 1];
            while (true) {
                for (int i = 0; i <= n; i++) {
                    order[i] = i;
                }
                // Best first; ties by position, so that the search does not depend on anything but the values.
                Arrays.sort(order, (x, y) -> Double.compare(values[y], values[x]));
                int best = order[0];
                int worst = order[n];
                int secondWorst = order[n - 1];
                double spread = values[best] - values[worst];
                double size = 0;
                for (int i = 0; i <= n; i++) {
                    for (int j = 0; j < n; j++) {
                        size = Math.max(size, Math.abs(points[i][j] - points[best][j]));
                    }
                }
                // Converged when the values agree to about 1e-7 of the objective and every vertex is within 0.01 of
                // the best on the search scale (at most 0.0025 of a parameter's range).
                double tolerance = 1e-7 * Math.abs(values[best]) + 1e-6;
                if ((spread <= tolerance && size < 1e-2) || evaluations >= budget) {
                    return new Result(points[best].clone(), values[best], evaluations);
                }
                double[] centroid = new double[n];
                for (int i = 0; i <= n; i++) {
                    if (i != worst) {
                        for (int j = 0; j < n; j++) {
                            centroid[j] += points[i][j] / n;
                        }
                    }
                }
                double[] reflected = along(centroid, points[worst], -1);
                double reflectedValue = f.value(reflected);
                evaluations++;
                if (reflectedValue > values[best]) {
                    double[] expanded = along(centroid, points[worst], -2);
                    double expandedValue = f.value(expanded);
                    evaluations++;
                    if (expandedValue > reflectedValue) {
                        points[worst] = expanded;
                        values[worst] = expandedValue;
                    } else {
                        points[worst] = reflected;
                        values[worst] = reflectedValue;
                    }
                    continue;
                }
                if (reflectedValue > values[secondWorst]) {
                    points[worst] = reflected;
                    values[worst] = reflectedValue;
                    continue;
                }
                boolean outside = reflectedValue > values[worst];
                double[] contracted = outside ? along(centroid, points[worst], -0.5) : along(centroid, points[worst], 0.5);
                double contractedValue = f.value(contracted);
                evaluations++;
                if (outside ? contractedValue >= reflectedValue : contractedValue > values[worst]) {
                    points[worst] = contracted;
                    values[worst] = contractedValue;
                    continue;
                }
                for (int i = 0; i <= n; i++) {
                    if (i != best) {
                        points[i] = along(points[best], points[i], 0.5);
                        values[i] = f.value(points[i]);
                        evaluations++;
                    }
                }
            }
        }

        /** {@code from + t (towards - from)}. */
        private static double[] along(double[] from, double[] towards, double t) {
            double[] x = new double[from.length];
            for (int j = 0; j < x.length; j++) {
                x[j] = from[j] + t * (towards[j] - from[j]);
            }
            return x;
        }
    }
}
