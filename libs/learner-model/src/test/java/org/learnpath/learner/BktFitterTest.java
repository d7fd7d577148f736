package org.learnpath.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * EM refit on data simulated from known parameters: recovery of every parameter, and next-answer prediction on
 * held-out learners compared with the generating model itself.
 */
class BktFitterTest {

    /** Four skills spanning easy/hard to learn, low/high prior, guess and slip; all inside the fitter's bounds. */
    static final Map<String, BktParameters> TRUTH = new LinkedHashMap<>();

    static {
        TRUTH.put("easy-to-learn", new BktParameters(0.30, 0.25, 0.20, 0.10));
        TRUTH.put("mostly-known", new BktParameters(0.60, 0.10, 0.15, 0.05));
        TRUTH.put("slow-and-guessable", new BktParameters(0.10, 0.08, 0.25, 0.08));
        TRUTH.put("slippery", new BktParameters(0.40, 0.15, 0.10, 0.20));
    }

    static final int LEARNERS = 2_000;
    static final int ANSWERS = 30;

    static Map<String, List<boolean[]>> training = new LinkedHashMap<>();
    static Map<String, BktFit> fits;

    @BeforeAll
    static void fit() {
        Random random = new Random(42);
        TRUTH.forEach((skill, p) -> training.put(skill, LearnerSimulator.bktSequences(p, LEARNERS, ANSWERS, random)));
        long start = System.nanoTime();
        fits = new BktFitter(FitOptions.DEFAULT).fitAll(training);
        System.out.printf("EM fit of %d skills x %d learners x %d answers: %d ms%n", TRUTH.size(), LEARNERS, ANSWERS,
                (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void recoversEveryGeneratingParameterWithinFiveHundredths() {
        TRUTH.forEach((skill, truth) -> {
            BktParameters fitted = fits.get(skill).parameters();
            System.out.printf(java.util.Locale.ROOT,
                    "%-20s prior %.3f (err %+.3f) learn %.3f (%+.3f) guess %.3f (%+.3f) slip %.3f (%+.3f), %d iterations%n",
                    skill, fitted.prior(), fitted.prior() - truth.prior(), fitted.learn(), fitted.learn() - truth.learn(),
                    fitted.guess(), fitted.guess() - truth.guess(), fitted.slip(), fitted.slip() - truth.slip(),
                    fits.get(skill).iterations());
            assertThat(fitted.prior()).as(skill + " prior").isCloseTo(truth.prior(), within(0.05));
            assertThat(fitted.learn()).as(skill + " learn").isCloseTo(truth.learn(), within(0.05));
            assertThat(fitted.guess()).as(skill + " guess").isCloseTo(truth.guess(), within(0.05));
            assertThat(fitted.slip()).as(skill + " slip").isCloseTo(truth.slip(), within(0.05));
        });
    }

    @Test
    void fittedModelPredictsHeldOutNextAnswersNearlyAsWellAsTheGeneratingModel() {
        Random random = new Random(4242);
        List<Double> fittedPredictions = new ArrayList<>();
        List<Double> truePredictions = new ArrayList<>();
        List<Boolean> outcomes = new ArrayList<>();
        TRUTH.forEach((skill, truth) -> {
            BktParameters fitted = fits.get(skill).parameters();
            for (boolean[] sequence : LearnerSimulator.bktSequences(truth, 1_000, ANSWERS, random)) {
                double byFit = fitted.prior();
                double byTruth = truth.prior();
                for (boolean correct : sequence) {
                    // Predict before seeing the answer, then trace it: the model as it runs in production.
                    fittedPredictions.add(fitted.pCorrect(byFit));
                    truePredictions.add(truth.pCorrect(byTruth));
                    outcomes.add(correct);
                    byFit = fitted.update(byFit, correct);
                    byTruth = truth.update(byTruth, correct);
                }
            }
        });
        boolean[] actual = new boolean[outcomes.size()];
        for (int i = 0; i < actual.length; i++) {
            actual[i] = outcomes.get(i);
        }
        double fittedAuc = Auc.of(fittedPredictions.stream().mapToDouble(Double::doubleValue).toArray(), actual);
        double trueAuc = Auc.of(truePredictions.stream().mapToDouble(Double::doubleValue).toArray(), actual);
        System.out.printf(java.util.Locale.ROOT, "held-out AUC: fitted %.4f, generating %.4f, ratio %.4f (%d answers)%n",
                fittedAuc, trueAuc, fittedAuc / trueAuc, actual.length);
        assertThat(fittedAuc / trueAuc).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void sameDataAndSeedGiveTheSameFitWhateverTheOtherSkills() {
        List<boolean[]> data = training.get("slippery");
        BktFit alone = new BktFitter(FitOptions.DEFAULT).fitAll(Map.of("slippery", data)).get("slippery");
        assertThat(alone).isEqualTo(fits.get("slippery"));
    }

    @Test
    void answersThatKnowledgeAloneDecidesGiveADegenerateFit() {
        // Scripted data: each learner answers a skill all right or all wrong, no noise at all.
        List<boolean[]> scripted = new java.util.ArrayList<>();
        for (int learner = 0; learner < 200; learner++) {
            boolean[] sequence = new boolean[10];
            java.util.Arrays.fill(sequence, learner % 3 == 0);
            scripted.add(sequence);
        }
        BktFit fit = new BktFitter(FitOptions.DEFAULT.withStarts(2)).fit(scripted);
        assertThat(fit.degenerate()).as("fit of scripted answers: %s", fit.parameters()).isTrue();
        fits.forEach((skill, f) -> assertThat(f.degenerate()).as(skill + " from learner-like data").isFalse());
    }

    @Test
    void guessAndSlipStayWithinTheirBounds() {
        // Data whose guess rate (0.45) is above the bound: the fit must stop at the bound, not wander off.
        BktParameters wild = new BktParameters(0.3, 0.2, 0.45, 0.05);
        List<boolean[]> data = LearnerSimulator.bktSequences(wild, 500, 20, new Random(1));
        BktParameters fitted = new BktFitter(FitOptions.DEFAULT.withStarts(2)).fit(data).parameters();
        assertThat(fitted.guess()).isLessThanOrEqualTo(0.3);
        assertThat(fitted.slip()).isLessThanOrEqualTo(0.3);
    }

    @Test
    void moreStartsNeverEndWithALowerLikelihood() {
        List<boolean[]> data = training.get("slow-and-guessable").subList(0, 300);
        BktFit one = new BktFitter(FitOptions.DEFAULT.withStarts(1)).fit(data);
        BktFit five = new BktFitter(FitOptions.DEFAULT.withStarts(5)).fit(data);
        assertThat(five.logLikelihood()).isGreaterThanOrEqualTo(one.logLikelihood());
    }

    @Test
    void answerHistoriesGroupByLearnerAndSkillInReplayOrderWithoutDuplicates() {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        List<AnswerObservation> answers = List.of(
                new AnswerObservation("e2", "bob", "i1", List.of("a"), false, t.plusSeconds(20), 0),
                new AnswerObservation("e1", "bob", "i2", List.of("a", "b"), true, t.plusSeconds(10), 0),
                new AnswerObservation("e1", "bob", "i2", List.of("a", "b"), true, t.plusSeconds(10), 0),
                new AnswerObservation("e3", "amy", "i1", List.of("a"), true, t, 0));
        Map<String, List<boolean[]>> histories = AnswerHistories.bySkill(answers);
        assertThat(histories.get("a")).containsExactly(new boolean[] {true}, new boolean[] {true, false});
        assertThat(histories.get("b")).containsExactly(new boolean[] {true});
    }
}
