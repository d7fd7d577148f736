package org.learnpath.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.learnpath.learner.LearnerSimulator.Item;
import org.learnpath.learner.LearnerSimulator.RunOptions;
import org.learnpath.learner.LearnerSimulator.SimulatedLearner;

/**
 * Reviews scheduled by {@link MemoryModel} against what simulated learners actually still know, and against today's
 * rule (a review when mastery, relaxing towards the prior with a 30-day half-life, falls below the 0.95 threshold).
 *
 * <p>Truth: {@link LearnerSimulator} with {@link SimulatorRealism#REALISTIC} (its memory: a known skill is kept with
 * probability {@code exp(-t / S)}, S = 3 days when learnt, 60 when known before, a correct answer on a known skill
 * multiplies S by {@code 1 + 3 (1 - recall)}), the seeded "Data Analyst" goal (25 skills), true parameters and item
 * bank as in {@link TrustEvaluationTest} (two thirds single choice among four, the rest open answers).
 *
 * <p>Each learner, all seeded: prior knowledge with a breadth drawn per learner; one study session a day from 09:00, up
 * to {@value #SESSION_ANSWERS} answers a minute apart, working through the goal's skills in study order, each until its
 * mastery reaches 0.95 (easy items first, cycling). A review happens whenever the rule says one is due, day or night:
 * the learner answers the skill's next open-answer item (reviews ask what cannot be guessed, as the planner's mastery
 * check prefers the most telling item) and goes on, a minute apart, until the review is settled: recall above the
 * target again and mastery at the threshold (today's rule: mastery at the threshold). {@value #DAYS} days of simulated
 * time. The tracer runs without forgetting for the memory model (mastery and recall are kept apart) and with the 30-day
 * half-life for today's rule.
 *
 * <p>Fitting: {@value #FITTING} learners run as a deployment before its first refit: default tracer parameters, reviews
 * by {@link MemoryParameters#DEFAULT}, each review taken late by an exponential delay with a mean of a day (real
 * learners do not review on the minute; the spread of gaps is what the fit learns from). The refit: the tracer
 * ({@link TracedModelFitter}) on their learning answers, then {@link MemoryFitter} on all their answers traced with it.
 * Held out: {@value #HELD_OUT} other learners with the refitted tracer, under the fitted memory (target 0.9, reviews
 * exactly when due; also targets 0.8 and 0.7, and 0.9 with no review sooner than a day after the last answer), and the
 * same learners (same seeds) under the unfitted defaults and under today's rule.
 *
 * <p>Measured at each review, just before its first answer: the predicted recall against whether the simulated learner
 * truly still knows the skill then ({@link SimulatedLearner#knows(String, Instant)}); the observable counterpart (first
 * answer right against predicted P(correct)); reviews (episodes) and review answers per learner per week over the whole
 * four weeks, learning included; hours from a skill's mastery to its first review; reviews in the day after the goal's
 * last skill was mastered; retention, the share of mastered skills truly known at 09:00 each day.
 *
 * <p>Diagnostic, by hand: {@code -Dmemory.variant=nocareless} runs the same without careless slips, the main reason the
 * fitted recall errs low here (see {@link MemoryFitter}).
 */
class MemoryEvaluationTest {

    static final int FITTING = 250;
    static final int HELD_OUT = 250;
    static final int DAYS = 28;
    static final int SESSION_ANSWERS = 30;
    static final int MAX_ANSWERS_PER_SKILL = 60;
    static final int MAX_REVIEW_ANSWERS = 20;
    static final double TARGET = MemoryModel.DEFAULT_TARGET_RECALL;
    static final double THRESHOLD = PlannerConfig.DEFAULT.masteryThreshold();
    static final Instant START = RunOptions.DEFAULT.start();
    static final CatalogGraph GRAPH = SeedCurriculum.dataAnalyst();
    static final Duration MINUTE = Duration.ofMinutes(1);

    static LearnerSimulator simulator;
    static Map<String, List<Item>> itemsBySkill;
    static Map<String, List<Item>> openItemsBySkill;
    static List<String> skillOrder;
    static MemoryFit fit;
    static Cohort fitted;
    static Cohort nextDay;
    static Cohort target08;
    static Cohort target07;
    static Cohort defaults;
    static Cohort oldRule;

    @BeforeAll
    static void run() {
        long started = System.nanoTime();
        SimulatorRealism realism = SimulatorRealism.REALISTIC;
        if (System.getProperty("memory.variant", "").contains("nocareless")) {
            realism = realism.withCarelessMax(0); // a diagnostic, run by hand: see the class comment
        }
        simulator = RealisticWorld.simulator(realism);
        List<Item> bank = simulator.items();
        itemsBySkill = new HashMap<>();
        openItemsBySkill = new HashMap<>();
        for (CatalogGraph.Skill skill : GRAPH.skills()) {
            List<Item> items = bank.stream()
                    .filter(i -> i.skillCodes().equals(List.of(skill.code())))
                    .sorted((a, b) -> Double.compare(a.priorDifficulty(), b.priorDifficulty()))
                    .toList();
            itemsBySkill.put(skill.code(), items);
            openItemsBySkill.put(skill.code(), items.stream().filter(i -> i.options() == 0).toList());
        }
        skillOrder = new ArrayList<>();
        for (CatalogGraph.Module module : GRAPH.goalClosure(SeedCurriculum.GOAL)) {
            module.skillCodes().stream().filter(s -> !skillOrder.contains(s)).forEach(skillOrder::add);
        }

        ModelConfig untrainedTracer = ModelConfig.defaults().withForgetting(Forgetting.NONE);
        MemoryModel untrained = new MemoryModel(MemoryParameters.DEFAULT, THRESHOLD);
        List<AnswerObservation> history = new ArrayList<>();
        List<AnswerObservation> learning = new ArrayList<>();
        simulate("fit", FITTING, 101, untrainedTracer, (lm, id) -> new MemoryRule(untrained, TARGET, null, lm, id),
                1.0, history, learning);
        // The tracer on the answers before each skill was mastered (what BKT, which does not forget, describes): a slip
        // fitted on reviews too would already contain the forgetting the memory fit is for.
        Map<String, BktParameters> tracer = new HashMap<>();
        new TracedModelFitter(TracedFitOptions.DEFAULT).fit(learning, untrainedTracer).skills()
                .forEach((skill, skillFit) -> tracer.put(skill, skillFit.atAuthorDifficulty()));
        ModelConfig tracing = untrainedTracer.withSkillParameters(tracer);
        fit = new MemoryFitter(MemoryFitter.Options.DEFAULT).fit(history, tracing);
        long fittedAt = System.nanoTime();

        MemoryModel model = new MemoryModel(fit.parameters(), THRESHOLD);
        fitted = simulate("held", HELD_OUT, 202, tracing, (lm, id) -> new MemoryRule(model, TARGET, null, lm, id), 0,
                null, null);
        nextDay = simulate("held", HELD_OUT, 202, tracing,
                (lm, id) -> new MemoryRule(model, TARGET, Duration.ofDays(1), lm, id), 0, null, null);
        target08 = simulate("held", HELD_OUT, 202, tracing, (lm, id) -> new MemoryRule(model, 0.8, null, lm, id), 0,
                null, null);
        target07 = simulate("held", HELD_OUT, 202, tracing, (lm, id) -> new MemoryRule(model, 0.7, null, lm, id), 0,
                null, null);
        defaults = simulate("held", HELD_OUT, 202, tracing,
                (lm, id) -> new MemoryRule(untrained, TARGET, null, lm, id), 0, null, null);
        oldRule = simulate("held", HELD_OUT, 202, tracing.withForgetting(Forgetting.halfLife(Duration.ofDays(30))),
                (lm, id) -> new OldRule(lm, id, model), 0, null, null);
        System.out.printf(Locale.ROOT, "memory evaluation: %d fitting answers (%d learning), fitting cohort and fits "
                        + "%d ms, held-out cohorts %d ms%n", history.size(), learning.size(),
                (fittedAt - started) / 1_000_000, (System.nanoTime() - fittedAt) / 1_000_000);
    }

    @Test
    void theFitExplainsTheAnswersAfterLearningBetterThanTheDefaults() {
        MemoryParameters p = fit.parameters();
        System.out.printf(Locale.ROOT, "memory fit on %d sequences (%d started without a wrong answer), %d retrievals, "
                        + "%d evaluations: learnt stability %.2f days, known before %.1f days, growth %.2f, lapse "
                        + "factor %.2f; log-likelihood %.1f (defaults %.1f). The truth: 3 days, 60 days, gain 3%n",
                fit.sequences(), fit.startedWithoutError(), fit.retrievals(), fit.evaluations(),
                p.learntStabilityDays(), p.knownStabilityDays(), p.growth(), p.lapseFactor(), fit.logLikelihood(),
                fit.priorLogLikelihood());
        // Measured (seeds 7, 101): 5,765 sequences (1,647 without a wrong answer), 332,232 retrievals, 215 evaluations;
        // learnt 4.15 days, known before 11.3, growth 2.04, lapse factor 0.88; log-likelihood -170,141 against -178,825
        // under the defaults. The fitted numbers are the model's, not the truth's (3, 60, gain 3): one exponential per
        // memory with a recall factor stands for the truth's spread of stabilities, careless slips read as forgetting,
        // and test-outs the tracer certifies too readily (a fifth of them not truly known at their first review) pull
        // the known-before stability down. Bounds: the gain in log-likelihood 7,500 (14% below the measured); each
        // parameter within a factor 1.5 of the measured.
        assertThat(fit.fitted()).isTrue();
        assertThat(fit.logLikelihood()).isGreaterThan(fit.priorLogLikelihood() + 7_500);
        assertThat(p.learntStabilityDays()).isBetween(4.15 / 1.5, 4.15 * 1.5);
        assertThat(p.knownStabilityDays()).isBetween(11.3 / 1.5, 11.3 * 1.5);
        assertThat(p.growth()).isBetween(2.04 / 1.5, 2.04 * 1.5);
    }

    @Test
    void reviewsAtTheTargetFindTheRecallTheModelPredicts() {
        System.out.println(TABLE_HEADER);
        print("memory, fitted, target 0.9", fitted);
        print("memory, fitted, target 0.9, >= 1 day apart", nextDay);
        print("memory, fitted, target 0.8", target08);
        print("memory, fitted, target 0.7", target07);
        print("memory, defaults (unfitted), target 0.9", defaults);
        print("today: 30-day half-life below 0.95", oldRule);
        System.out.printf(Locale.ROOT, "at today's reviews the fitted memory model predicts recall %.3f (truly known "
                + "%.3f); reviews ended at the cap of %d answers unsettled: memory 0.9 %d, today's rule %d%n",
                oldRule.meanMemoryPredicted(), oldRule.shareKnown(), MAX_REVIEW_ANSWERS, fitted.capped, oldRule.capped);
        // Measured: target 0.9 predicted 0.896, truly known 0.914 (|diff| 0.018; skills learnt here 0.921, mastered
        // without an error 0.881; first answer right 0.655 against a predicted 0.690); 0.9 at least a day apart
        // 0.851 / 0.859; 0.8: 0.794 / 0.810; 0.7: 0.692 / 0.715; at today's rule's reviews the memory model says 0.949,
        // truly 0.956. The unfitted defaults miss by 0.093 (reviews far too early). Predicted is 0.9 up to reviews that
        // wait for another one to finish. The target: within 0.05 of 0.9 on average; the bounds are that target
        // (margin 0.032 at 0.9, 0.027 at 0.7).
        assertThat(fitted.meanPredicted()).isCloseTo(TARGET, within(0.01));
        assertThat(Math.abs(fitted.meanPredicted() - fitted.shareKnown())).isLessThanOrEqualTo(0.05);
        assertThat(fitted.shareKnown()).isCloseTo(TARGET, within(0.05));
        for (Cohort c : List.of(nextDay, target08, target07)) {
            assertThat(Math.abs(c.meanPredicted() - c.shareKnown())).isLessThanOrEqualTo(0.05);
        }
        assertThat(Math.abs(oldRule.meanMemoryPredicted() - oldRule.shareKnown())).isLessThanOrEqualTo(0.05);
        // The fit is what makes it right (bound: the defaults miss by more than 0.06).
        assertThat(Math.abs(defaults.meanPredicted() - defaults.shareKnown())).isGreaterThan(0.06);
    }

    @Test
    void theReviewLoadFollowsTheTargetAndNoSkillIsReviewedTheDayItWasLearntWithAMinimumGap() {
        // Measured (reviews and review answers per learner-week; median hours from mastery to the first review;
        // reviews per learner in the day after the goal's last skill was mastered; retention, the share of mastered
        // skills truly known at 09:00 on an average day): fitted 0.9: 149.6 / 325.0, 8.3 h, 34.6, 0.940; 0.9 at least
        // a day apart: 92.1 / 250.7, 24.0 h, 19.2, 0.899; 0.8: 71.4 / 198.2, 20.0 h, 16.5, 0.880; 0.7: 50.6 / 169.9,
        // 33.1 h, 11.0, 0.814; today's rule: 270.5 / 2,030.4, 18.3 h, 47.6, 0.948, with 80,678 of its 270,488 reviews
        // ending unsettled at the 20-answer cap (decayed mastery has to climb back to 0.95 on items seen before, which
        // count less each time; the memory model at 0.9: 2,662 of 149,603). Under this truth a freshly learnt skill
        // (S = 3 days) is 10% forgotten after 7.6 hours and a right answer leaves some doubt, so a 0.9 target means a
        // first review within hours and short intervals that build little stability (the gain is proportional to
        // 1 - recall). Bounds: the measured load plus 15%; the first review of the pure schedule after 4 hours
        // (measured 8.3).
        assertThat(weekly(fitted)).isLessThan(149.6 * 1.15);
        assertThat(weekly(target08)).isLessThan(weekly(fitted) * 0.7);
        assertThat(weekly(target07)).isLessThan(weekly(target08));
        assertThat(weekly(nextDay)).isLessThan(weekly(fitted) * 0.7);
        assertThat(fitted.medianFirstReviewHours()).isGreaterThan(4);
        assertThat(nextDay.medianFirstReviewHours()).isGreaterThanOrEqualTo(24);
        assertThat(nextDay.reviewsAfterGoal).isLessThan(fitted.reviewsAfterGoal * 2 / 3);
        assertThat(weekly(fitted)).isLessThan(weekly(oldRule));
    }

    static double weekly(Cohort c) {
        return c.reviews.size() / (double) c.learners / (DAYS / 7.0);
    }

    static final String TABLE_HEADER = String.format(Locale.ROOT, "%-44s %8s %9s %6s %6s %6s %7s %7s %8s %8s %7s %7s",
            "rule (held out, 250 learners, 4 weeks)", "reviews", "predicted", "known", "|diff|", "learnt",
            "tested", "right", "P(right)", "per week", "answers", "1st (h)") + "  day after goal  retention";

    static void print(String name, Cohort c) {
        System.out.printf(Locale.ROOT, "%-44s %8d %9.3f %6.3f %6.3f %6.3f %7.3f %7.3f %8.3f %8.1f %7.1f %7.1f  %14.1f"
                        + "  %9.3f%n",
                name, c.reviews.size(), c.meanPredicted(), c.shareKnown(), Math.abs(c.meanPredicted() - c.shareKnown()),
                c.shareKnown(false), c.shareKnown(true), c.shareRight(), c.meanPredictedRight(), weekly(c),
                c.reviewAnswers / (double) c.learners / (DAYS / 7.0), c.medianFirstReviewHours(),
                c.reviewsAfterGoal / (double) c.learners, c.retention());
    }

    /** One review: what the rule predicted, what was true, and the first answer. */
    record Review(double predicted, double memoryPredicted, boolean known, boolean right, double predictedRight,
            boolean withoutError) {
    }


    /** The measurements of one cohort. */
    static final class Cohort {
        final List<Review> reviews = new ArrayList<>();
        final List<Double> firstReviewHours = new ArrayList<>();
        int learners;
        long reviewAnswers;
        long learningAnswers;
        long reviewsAfterGoal;
        long retained;
        long retentionSamples;
        long capped;

        double retention() {
            return retained / (double) retentionSamples;
        }

        double meanPredicted() {
            return reviews.stream().mapToDouble(Review::predicted).average().orElse(Double.NaN);
        }

        double meanMemoryPredicted() {
            return reviews.stream().mapToDouble(Review::memoryPredicted).average().orElse(Double.NaN);
        }

        double shareKnown() {
            return reviews.stream().mapToDouble(r -> r.known() ? 1 : 0).average().orElse(Double.NaN);
        }

        double shareKnown(boolean withoutError) {
            return reviews.stream().filter(r -> r.withoutError() == withoutError).mapToDouble(r -> r.known() ? 1 : 0)
                    .average().orElse(Double.NaN);
        }

        long count(boolean withoutError) {
            return reviews.stream().filter(r -> r.withoutError() == withoutError).count();
        }

        double shareRight() {
            return reviews.stream().mapToDouble(r -> r.right() ? 1 : 0).average().orElse(Double.NaN);
        }

        double meanPredictedRight() {
            return reviews.stream().mapToDouble(Review::predictedRight).average().orElse(Double.NaN);
        }

        double medianFirstReviewHours() {
            List<Double> sorted = new ArrayList<>(firstReviewHours);
            sorted.sort(Double::compare);
            return sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() / 2);
        }
    }

    /** What a review rule tells the driver about one learner's skills. */
    interface ReviewRule {
        /**
         * After every answer to {@code skill}; {@code wrongBefore}: an earlier answer to it was wrong;
         * {@code emission}: the skill's parameters on the item.
         */
        void answered(String skill, boolean correct, Instant at, SkillMastery after, boolean wrongBefore,
                BktParameters emission);

        /** When the skill's next review is due; {@code null} when none is scheduled (not learnt). */
        Instant due(String skill);

        /** The recall (or mastery) the rule predicts at {@code at}. */
        double predicted(String skill, Instant at);

        /** Whether a review under way may end. */
        boolean settled(String skill, Instant at);

        /** Whether the skill's memory started without a wrong answer (for the split of the figures). */
        boolean withoutError(String skill);

        /** The recall the (fitted) memory model predicts at {@code at}. */
        default double memoryPredicted(String skill, Instant at) {
            return predicted(skill, at);
        }
    }

    interface RuleFactory {
        ReviewRule create(LearnerModel model, String learnerId);
    }

    /** Reviews when the memory model's recall falls to the target. */
    static final class MemoryRule implements ReviewRule {
        final MemoryModel memory;
        final double target;
        final Duration minimumGap;
        final LearnerModel model;
        final String learnerId;
        final Map<String, SkillMemory> memories = new HashMap<>();
        final Map<String, Boolean> startedWithoutError = new HashMap<>();

        /** {@code minimumGap}: no review sooner after the last answer (unless after a lapse); {@code null}: none. */
        MemoryRule(MemoryModel memory, double target, Duration minimumGap, LearnerModel model, String learnerId) {
            this.memory = memory;
            this.target = target;
            this.minimumGap = minimumGap;
            this.model = model;
            this.learnerId = learnerId;
        }

        @Override
        public void answered(String skill, boolean correct, Instant at, SkillMastery after, boolean wrongBefore,
                BktParameters emission) {
            SkillMemory before = memories.get(skill);
            SkillMemory next = memory.next(before, new MemoryModel.Answer(at, correct, false, after.mastery(),
                    emission), wrongBefore);
            if (next != null) {
                memories.put(skill, next);
                if (before == null) {
                    startedWithoutError.put(skill, !wrongBefore && correct);
                }
            }
        }

        @Override
        public Instant due(String skill) {
            SkillMemory m = memories.get(skill);
            if (m == null) {
                return null;
            }
            return minimumGap == null ? memory.reviewDue(m, target) : memory.reviewDue(m, target, minimumGap);
        }

        @Override
        public double predicted(String skill, Instant at) {
            return memory.recall(memories.get(skill), at);
        }

        @Override
        public boolean settled(String skill, Instant at) {
            SkillMemory m = memories.get(skill);
            return m != null && memory.recall(m, at) > target && model.mastery(learnerId, skill, at) >= THRESHOLD;
        }

        @Override
        public boolean withoutError(String skill) {
            return startedWithoutError.getOrDefault(skill, false);
        }
    }

    /** Today's rule: a learnt skill is due when its decayed mastery falls below the threshold. */
    static final class OldRule implements ReviewRule {
        final LearnerModel model;
        final String learnerId;
        final Map<String, Boolean> startedWithoutError = new HashMap<>();
        final MemoryRule shadow;

        /** {@code shadow}: the fitted memory model, fed the same answers, for its predictions at these reviews. */
        OldRule(LearnerModel model, String learnerId, MemoryModel shadow) {
            this.model = model;
            this.learnerId = learnerId;
            this.shadow = new MemoryRule(shadow, TARGET, null, model, learnerId);
        }

        @Override
        public void answered(String skill, boolean correct, Instant at, SkillMastery after, boolean wrongBefore,
                BktParameters emission) {
            if (after.mastery() >= THRESHOLD) {
                startedWithoutError.putIfAbsent(skill, !wrongBefore && correct);
            }
            shadow.answered(skill, correct, at, after, wrongBefore, emission);
        }

        @Override
        public double memoryPredicted(String skill, Instant at) {
            return shadow.predicted(skill, at);
        }

        @Override
        public Instant due(String skill) {
            SkillMastery state = model.skillState(learnerId, skill).orElse(null);
            if (state == null || !startedWithoutError.containsKey(skill)) {
                return null;
            }
            if (state.mastery() < THRESHOLD) {
                // Learnt once, no longer mastered after its last answer: back to practice at once, as the planner
                // would study it again.
                return state.lastPracticedAt();
            }
            return model.config().forgetting().fallsBelow(state.mastery(), model.config().parameters(skill).prior(),
                    THRESHOLD, state.lastPracticedAt()).orElse(null);
        }

        @Override
        public double predicted(String skill, Instant at) {
            return model.mastery(learnerId, skill, at);
        }

        @Override
        public boolean settled(String skill, Instant at) {
            return model.mastery(learnerId, skill, at) >= THRESHOLD;
        }

        @Override
        public boolean withoutError(String skill) {
            return startedWithoutError.getOrDefault(skill, false);
        }
    }

    /**
     * Runs {@code learners} learners (seeds from {@code seed}), traced with {@code config}, under the rule;
     * {@code meanLateDays} > 0 delays each review by an exponential lateness; all answers go to {@code history} and the
     * study answers (before each skill was mastered) to {@code learning} when they are not {@code null}.
     */
    static Cohort simulate(String prefix, int learners, long seed, ModelConfig config, RuleFactory rules,
            double meanLateDays, List<AnswerObservation> history, List<AnswerObservation> learning) {
        LearnerModel model = new LearnerModel(config);
        Cohort cohort = new Cohort();
        cohort.learners = learners;
        Random seeds = new Random(seed);
        for (int i = 0; i < learners; i++) {
            double breadth = seeds.nextDouble();
            long learnerSeed = seeds.nextLong();
            String id = prefix + "-" + i;
            SimulatedLearner learner = simulator.sampleLearner(id, breadth, learnerSeed);
            new Driver(learner, model, rules.create(model, id), new Random(learnerSeed ^ 0x1A7E), meanLateDays,
                    cohort, history, learning).run();
        }
        return cohort;
    }

    /** One learner's four weeks: daily study sessions and reviews when due. */
    static final class Driver {
        final SimulatedLearner learner;
        final LearnerModel model;
        final ReviewRule rule;
        final Random lateness;
        final double meanLateDays;
        final Cohort cohort;
        final List<AnswerObservation> history;
        final List<AnswerObservation> learning;
        final Map<String, Integer> cursors = new HashMap<>();
        final Map<String, Integer> attempts = new HashMap<>();
        final Map<String, Instant[]> scheduled = new HashMap<>(); // skill -> {due, when the learner comes}
        final Map<String, Instant> notBefore = new HashMap<>();
        final Map<String, Instant> learntAt = new HashMap<>();
        final Set<String> reviewedOnce = new HashSet<>();
        final Map<Long, Integer> sessionAnswers = new HashMap<>();
        Instant clock = START;
        Instant nextSample = START.plus(Duration.ofDays(1));
        Instant goalLearntAt;
        int events;

        Driver(SimulatedLearner learner, LearnerModel model, ReviewRule rule, Random lateness, double meanLateDays,
                Cohort cohort, List<AnswerObservation> history, List<AnswerObservation> learning) {
            this.learner = learner;
            this.model = model;
            this.rule = rule;
            this.lateness = lateness;
            this.meanLateDays = meanLateDays;
            this.cohort = cohort;
            this.history = history;
            this.learning = learning;
        }

        void run() {
            Instant end = START.plus(Duration.ofDays(DAYS));
            int studying = 0;
            int answersOnSkill = 0;
            while (true) {
                while (studying < skillOrder.size() && (answersOnSkill >= MAX_ANSWERS_PER_SKILL
                        || model.mastery(learner.id(), skillOrder.get(studying), clock) >= THRESHOLD)) {
                    studying++;
                    answersOnSkill = 0;
                }
                if (studying == skillOrder.size() && goalLearntAt == null) {
                    goalLearntAt = clock;
                }
                String reviewSkill = null;
                Instant reviewAt = null;
                for (String skill : skillOrder) {
                    Instant at = comesAt(skill);
                    if (at != null && (reviewAt == null || at.isBefore(reviewAt))) {
                        reviewSkill = skill;
                        reviewAt = at;
                    }
                }
                Instant learnAt = studying < skillOrder.size() ? sessionSlot() : null;
                boolean isReview = reviewAt != null && (learnAt == null || !learnAt.isBefore(reviewAt));
                Instant next = isReview ? reviewAt : learnAt;
                sampleRetentionUntil(next == null || next.isAfter(end) ? end : next);
                if (next == null || !next.isBefore(end)) {
                    return;
                }
                if (next.isAfter(clock)) {
                    clock = next;
                }
                if (isReview) {
                    review(reviewSkill);
                } else {
                    String skill = skillOrder.get(studying);
                    AnswerObservation observation = answer(skill, nextItem(skill));
                    if (learning != null) {
                        learning.add(observation);
                    }
                    cohort.learningAnswers++;
                    answersOnSkill++;
                    sessionAnswers.merge(day(clock), 1, Integer::sum);
                    clock = clock.plus(MINUTE);
                }
            }
        }

        /**
         * Retention, sampled every day at 09:00 up to {@code until}: the share of the skills mastered so far that the
         * learner truly still knows then.
         */
        void sampleRetentionUntil(Instant until) {
            while (!nextSample.isAfter(until) && nextSample.isBefore(START.plus(Duration.ofDays(DAYS)))) {
                for (String skill : learntAt.keySet()) {
                    cohort.retained += learner.knows(skill, nextSample) ? 1 : 0;
                    cohort.retentionSamples++;
                }
                nextSample = nextSample.plus(Duration.ofDays(1));
            }
        }

        /** When the learner takes the skill's next review: when due, plus the lateness drawn for that due time. */
        Instant comesAt(String skill) {
            Instant due = rule.due(skill);
            if (due == null) {
                return null;
            }
            Instant[] plan = scheduled.get(skill);
            if (plan == null || !plan[0].equals(due)) {
                double late = meanLateDays > 0 ? -meanLateDays * Math.log(1 - lateness.nextDouble()) : 0;
                plan = new Instant[] {due, due.plusSeconds(Math.round(late * 86_400))};
                scheduled.put(skill, plan);
            }
            Instant at = plan[1];
            Instant wait = notBefore.get(skill);
            return wait != null && wait.isAfter(at) ? wait : at;
        }

        /** The next study slot: now if today's session has room, else tomorrow's 09:00. */
        Instant sessionSlot() {
            long today = day(clock);
            Instant sessionStart = START.plus(Duration.ofDays(today));
            if (clock.isBefore(sessionStart)) {
                return sessionStart;
            }
            if (sessionAnswers.getOrDefault(today, 0) < SESSION_ANSWERS) {
                return clock;
            }
            return START.plus(Duration.ofDays(today + 1));
        }

        static long day(Instant at) {
            return Math.floorDiv(Duration.between(START, at).getSeconds(), 86_400);
        }

        void review(String skill) {
            Item first = nextOpen(skill);
            boolean known = learner.knows(skill, clock);
            double predicted = rule.predicted(skill, clock);
            double memoryPredicted = rule.memoryPredicted(skill, clock);
            double predictedRight = emission(skill, first).pCorrect(predicted);
            boolean withoutError = rule.withoutError(skill);
            if (goalLearntAt != null && Duration.between(goalLearntAt, clock).compareTo(Duration.ofDays(1)) < 0) {
                cohort.reviewsAfterGoal++;
            }
            if (learntAt.containsKey(skill) && reviewedOnce.add(skill)) {
                cohort.firstReviewHours.add(Duration.between(learntAt.get(skill), clock).toMinutes() / 60.0);
            }
            boolean right = answer(skill, first).correct();
            cohort.reviews.add(new Review(predicted, memoryPredicted, known, right, predictedRight, withoutError));
            int answers = 1;
            clock = clock.plus(MINUTE);
            while (!rule.settled(skill, clock) && answers < MAX_REVIEW_ANSWERS) {
                answer(skill, nextItem(skill)); // practice again, on any of the skill's items
                answers++;
                clock = clock.plus(MINUTE);
            }
            cohort.reviewAnswers += answers;
            if (!rule.settled(skill, clock)) {
                cohort.capped++;
                notBefore.put(skill, clock.plus(Duration.ofDays(1)));
            }
        }

        /** The skill's parameters on the item, as this learner's tracer uses them. */
        BktParameters emission(String skill, Item item) {
            return model.config().parameters(skill).forItem(item.priorDifficulty(), item.blindGuess());
        }

        Item nextItem(String skill) {
            List<Item> items = itemsBySkill.get(skill);
            int cursor = cursors.merge(skill, 1, Integer::sum) - 1;
            return items.get(cursor % items.size());
        }

        /** The skill's next open-answer item (cycling), or its next item when it has none: what a review asks. */
        Item nextOpen(String skill) {
            List<Item> open = openItemsBySkill.get(skill);
            if (open.isEmpty()) {
                return nextItem(skill);
            }
            int cursor = cursors.merge(skill + "#open", 1, Integer::sum) - 1;
            return open.get(cursor % open.size());
        }

        /** The learner answers {@code item} now (the attempt number counts the learner's answers to it). */
        AnswerObservation answer(String skill, Item item) {
            SkillMastery before = model.skillState(learner.id(), skill).orElse(null);
            boolean wrongBefore = before != null && before.correctCount() < before.practiceCount();
            boolean correct = simulator.answer(learner, item, clock);
            AnswerObservation observation = new AnswerObservation("%s-%06d".formatted(learner.id(), events++),
                    learner.id(), item.itemId(), item.skillCodes(), correct, clock, item.priorDifficulty(),
                    attempts.merge(item.itemId(), 1, Integer::sum),
                    item.blindGuess());
            ApplyResult result = model.apply(observation);
            if (history != null) {
                history.add(observation);
            }
            SkillMastery after = result.skills().get(0);
            rule.answered(skill, correct, clock, after, wrongBefore, emission(skill, item));
            if (after.mastery() >= THRESHOLD && !learntAt.containsKey(skill)) {
                learntAt.put(skill, clock);
            }
            return observation;
        }
    }
}
