package org.learnpath.learner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.learnpath.learner.LearnerSimulator.Item;
import org.learnpath.learner.LearnerSimulator.RunOptions;
import org.learnpath.learner.LearnerSimulator.RunResult;
import org.learnpath.learner.LearnerSimulator.SimulatedLearner;

/**
 * Whether what the model says can be trusted, measured on answers it did not generate: the {@link LearnerSimulator}
 * with {@link SimulatorRealism#REALISTIC} (ability and learning-rate spread, item discrimination, guessing floors,
 * careless slips, forgetting with spacing, learning from feedback, soft prerequisites), on the seeded "Data Analyst"
 * goal (25 skills), two thirds of the items single choice among four options ({@link RealisticWorld}).
 *
 * <p>Set-up, all seeded: {@value #TRAINING} learners follow the recommended path with an untrained model (the default
 * parameters, no forgetting); their answers are what a deployment has before its first refit. The model is refitted on
 * them with {@link TracedModelFitter} and traces with the fit's re-centred difficulties; then {@value #HELD_OUT} other
 * learners follow the path with it, and as many the fixed study order. The same is run a second time with the truth's
 * forgetting off ({@code REALISTIC} without forgetting), which the model does not trace: the difference between the two
 * is what forgetting costs. Every figure is printed; the bounds sit at the measured values with a stated margin.
 * <ul>
 *   <li><b>Calibration</b>: before each answer, the model's P(known) of each skill the item measures against whether the
 *       simulated learner knows it then; a reliability table by bands of 0.1 and the expected calibration error (ECE,
 *       the reading-weighted mean of |mean predicted - share known| over the bands).</li>
 *   <li><b>Certification</b>: of the learners whose goal the model certified, the share who do not truly know every
 *       skill when it does; answers per learner, for the path and the fixed order.</li>
 *   <li><b>Prediction</b>: log-loss and AUC of the next answer on the held-out path's answers, for the model, the
 *       per-item share correct in training, an Elo (Rasch) model of learner ability and item difficulty, and the
 *       oracle (the simulator's own probability).</li>
 * </ul>
 */
class TrustEvaluationTest {

    static final int TRAINING = 600;
    static final int HELD_OUT = 300;
    static final String GOAL = SeedCurriculum.GOAL;
    static final java.util.Set<String> GOAL_SKILLS = MasteryForecast.goalSkills(RealisticWorld.GRAPH, GOAL);
    static final String[] STRATEGIES = {"recommended path", "fixed order"};
    static final String[] PREDICTORS = {"model", "per-item share correct", "Elo (ability - difficulty)", "oracle"};

    static Evaluation realistic;
    static Evaluation withoutForgetting;

    @BeforeAll
    static void run() {
        realistic = Evaluation.of("REALISTIC", SimulatorRealism.REALISTIC);
        withoutForgetting = Evaluation.of("REALISTIC without forgetting",
                SimulatorRealism.REALISTIC.withForgetting(0, 0, 0));
    }

    @Test
    void theModelsMasteryIsCalibratedAgainstWhatLearnersTrulyKnow() {
        double ece = realistic.calibrationError();
        double eceWithoutForgetting = withoutForgetting.calibrationError();
        // Measured (seeds 7, 99, 2024): ECE 0.063 on REALISTIC, 0.059 without forgetting; the target is 0.03.
        // The top band carries most of it: predicted 0.970, known 0.954 (a skill learnt hours ago may be forgotten
        // by the truth, which forgets with a 3-day stability; the model traces no forgetting here). Bounds: the
        // measured values plus 0.015.
        assertThat(ece).isLessThanOrEqualTo(0.08);
        assertThat(eceWithoutForgetting).isLessThanOrEqualTo(0.07);
    }

    @Test
    void fewLearnersAreCertifiedWithoutKnowingTheGoal() {
        realistic.printCertification();
        withoutForgetting.printCertification();
        // Measured: of 300 certified each, 73 (24.3%) on the path and 79 (26.3%) on the fixed order do not know every
        // skill on REALISTIC; 30 (10.0%) and 29 (9.7%) without forgetting. Before goal certification (complete at
        // every module mastered, untrained model) the realistic simulator gave 142/200 and 127/200. The issue's
        // target is 5%; see docs/trust.md for what keeps it from it. Of the 73 (79), 47 (54) had known every skill
        // and forgot one since: 8.7% (8.3%) of certified learners never knew every skill. Bounds: measured + 4
        // points.
        assertThat(realistic.neverKnewShare(0)).isLessThanOrEqualTo(0.13);
        assertThat(realistic.neverKnewShare(1)).isLessThanOrEqualTo(0.13);
        assertThat(realistic.falseShare(0)).isLessThanOrEqualTo(0.29);
        assertThat(realistic.falseShare(1)).isLessThanOrEqualTo(0.31);
        assertThat(withoutForgetting.falseShare(0)).isLessThanOrEqualTo(0.15);
        assertThat(withoutForgetting.falseShare(1)).isLessThanOrEqualTo(0.15);
        assertThat(realistic.certified[0]).isEqualTo(HELD_OUT);
    }

    @Test
    void theModelPredictsTheNextAnswerBetterThanSimpleBaselines() {
        double[][] realisticScores = realistic.predictionScores();
        double[][] plainScores = withoutForgetting.predictionScores();
        for (double[][] scores : List.of(realisticScores, plainScores)) {
            // Measured on REALISTIC (log-loss, AUC): model 0.604, 0.681; per-item share 0.616, 0.650; Elo 0.610, 0.671;
            // oracle 0.495, 0.812 (without forgetting: model 0.602, 0.683; Elo 0.610, 0.669). The model beats both
            // baselines on both scores; most of the gap to the oracle is what no tracer of answers alone can see (the
            // learner's ability, the item's slope, careless slips).
            for (int baseline = 1; baseline <= 2; baseline++) {
                assertThat(scores[0][0]).as("log-loss vs %s", PREDICTORS[baseline]).isLessThan(scores[baseline][0]);
                assertThat(scores[0][1]).as("AUC vs %s", PREDICTORS[baseline]).isGreaterThan(scores[baseline][1]);
            }
            assertThat(scores[3][0]).isLessThan(scores[0][0]);
        }
    }

    /** One evaluation run: train, refit, then held-out learners on both strategies. */
    static final class Evaluation {
        final String name;
        final List<double[]> calibration = new ArrayList<>(); // {predicted P(known), truly known 0/1}
        final List<double[]> predictions = new ArrayList<>(); // {model, item share, elo, oracle, outcome}
        final long[] answers = new long[2];
        final int[] certified = new int[2];
        final int[] falselyCertified = new int[2];
        /** Of those, learners who had known every skill at some time (the gap is a skill learnt and forgotten). */
        final int[] forgottenOnly = new int[2];

        private Evaluation(String name) {
            this.name = name;
        }

        static Evaluation of(String name, SimulatorRealism realism) {
            long start = System.nanoTime();
            Evaluation e = new Evaluation(name);
            LearnerSimulator simulator = RealisticWorld.simulator(realism);
            Map<String, Item> items = new HashMap<>();
            simulator.items().forEach(item -> items.put(item.itemId(), item));

            // Training: the path with the untrained model, as a deployment runs before its first refit.
            ModelConfig untrained = ModelConfig.defaults().withForgetting(Forgetting.NONE);
            List<AnswerObservation> history = new ArrayList<>();
            LearnerSimulator recording = simulator.withAnswerListener(history::add);
            LearnerModel trainingModel = new LearnerModel(untrained);
            PathPlanner trainingPlanner = new PathPlanner(RealisticWorld.GRAPH, untrained, PlannerConfig.DEFAULT);
            Random cohort = new Random(99);
            for (int i = 0; i < TRAINING; i++) {
                recording.followRecommendations(recording.sampleLearner("t" + i, cohort.nextDouble(),
                        cohort.nextLong()), GOAL, trainingModel, trainingPlanner, RunOptions.DEFAULT, (p, r, s) -> { });
            }
            ModelFit fit = new TracedModelFitter(TracedFitOptions.DEFAULT).fit(history, untrained);
            ModelConfig fitted = untrained.withSkillParameters(fit.parameters())
                    .withTracingDifficulties(fit.itemDifficulties());
            Baselines baselines = Baselines.train(history);

            // Held out: the path (every answer scored) and the fixed order. Predictions and item choice start from
            // the fit's difficulties too, as after a refit.
            PathPlanner planner = new PathPlanner(RealisticWorld.GRAPH, fitted, PlannerConfig.DEFAULT);
            LearnerModel pathModel = new LearnerModel(fitted);
            LearnerModel courseModel = new LearnerModel(fitted);
            Map<String, Integer> answered = new HashMap<>();
            history.forEach(a -> answered.merge(a.itemId(), 1, Integer::sum));
            fitted.tracingDifficulties().forEach((id, d) -> {
                ItemDifficulty item = new ItemDifficulty(id, items.get(id).priorDifficulty(), d, answered.get(id));
                pathModel.restore(item);
                courseModel.restore(item);
            });
            Map<String, double[]> pending = new HashMap<>();
            Map<String, Double> ability = new HashMap<>();
            LearnerSimulator scored = simulator.withAnswerListener(answer -> {
                double[] p = pending.remove(answer.learnerId());
                p[4] = answer.correct() ? 1 : 0;
                e.predictions.add(p);
                ability.merge(answer.learnerId(), Baselines.K * (p[4] - p[2]), Double::sum);
            });
            Random seeds = new Random(2024);
            for (int i = 0; i < HELD_OUT; i++) {
                double breadth = seeds.nextDouble();
                long seed = seeds.nextLong();
                SimulatedLearner learner = scored.sampleLearner("r" + i, breadth, seed);
                RunResult a = scored.followRecommendations(learner, GOAL, pathModel, planner, RunOptions.DEFAULT,
                        (path, recommendation, snapshot) -> {
                            Item item = items.get(recommendation.item().itemId());
                            Instant at = snapshot.at();
                            for (String skill : item.skillCodes()) {
                                e.calibration.add(new double[] {pathModel.mastery(learner.id(), skill, at),
                                        learner.knows(skill, at) ? 1 : 0});
                            }
                            double theta = ability.getOrDefault(learner.id(), 0.0);
                            pending.put(learner.id(), new double[] {recommendation.predictedCorrect(),
                                    baselines.itemShare(item.itemId()),
                                    Logit.sigmoid(theta - baselines.difficulty(item)),
                                    simulator.pCorrect(learner, item, at), Double.NaN});
                        });
                SimulatedLearner courseLearner = simulator.sampleLearner("c" + i, breadth, seed);
                RunResult b = simulator.followStudyOrder(courseLearner, GOAL, courseModel, PlannerConfig.DEFAULT,
                        RunOptions.DEFAULT);
                RunResult[] results = {a, b};
                SimulatedLearner[] learners = {learner, courseLearner};
                for (int s = 0; s < 2; s++) {
                    e.answers[s] += results[s].answers();
                    e.certified[s] += results[s].masteredByModel() ? 1 : 0;
                    if (results[s].masteredByModel() && !results[s].trulyMasteredAtEnd()) {
                        e.falselyCertified[s]++;
                        e.forgottenOnly[s] += learners[s].everKnewAll(GOAL_SKILLS) ? 1 : 0;
                    }
                }
            }
            System.out.printf(Locale.ROOT, "trust evaluation, %s: %d training answers, %d degenerate skills, %d "
                            + "held-out path answers scored, %d ms%n", name, history.size(), fit.degenerateCount(),
                    e.predictions.size(), (System.nanoTime() - start) / 1_000_000);
            return e;
        }

        double calibrationError() {
            int bands = 10;
            double[] predicted = new double[bands];
            double[] known = new double[bands];
            int[] count = new int[bands];
            for (double[] c : calibration) {
                int band = Math.min(bands - 1, (int) (c[0] * bands));
                predicted[band] += c[0];
                known[band] += c[1];
                count[band]++;
            }
            StringBuilder table = new StringBuilder("reliability, " + name
                    + " (predicted P(known) band: readings, mean predicted, share truly known)");
            double ece = 0;
            for (int b = 0; b < bands; b++) {
                if (count[b] == 0) {
                    continue;
                }
                double meanPredicted = predicted[b] / count[b];
                double share = known[b] / count[b];
                ece += count[b] / (double) calibration.size() * Math.abs(meanPredicted - share);
                table.append(String.format(Locale.ROOT, "%n  %.1f-%.1f: %7d  %.3f  %.3f", b / (double) bands,
                        (b + 1) / (double) bands, count[b], meanPredicted, share));
            }
            System.out.printf(Locale.ROOT, "%s%nexpected calibration error, %s: %.4f over %d readings%n", table, name,
                    ece, calibration.size());
            return ece;
        }

        void printCertification() {
            for (int s = 0; s < 2; s++) {
                System.out.printf(Locale.ROOT, "certification, %s, %s: %.1f answers per learner, certified %d / %d, "
                                + "of whom %d (%.1f%%) do not truly know every skill, %d of them only because they "
                                + "forgot a skill they had known (%.1f%% of certified learners never knew every skill)%n",
                        name, STRATEGIES[s], answers[s] / (double) HELD_OUT, certified[s], HELD_OUT,
                        falselyCertified[s], 100 * falseShare(s), forgottenOnly[s],
                        100 * neverKnewShare(s));
            }
        }

        double falseShare(int strategy) {
            return falselyCertified[strategy] / (double) certified[strategy];
        }

        /** Certified learners who never knew some skill of the goal: the certification missed a gap. */
        double neverKnewShare(int strategy) {
            return (falselyCertified[strategy] - forgottenOnly[strategy]) / (double) certified[strategy];
        }

        /** Per predictor: {log-loss, AUC}. */
        double[][] predictionScores() {
            boolean[] outcomes = new boolean[predictions.size()];
            for (int i = 0; i < outcomes.length; i++) {
                outcomes[i] = predictions.get(i)[4] == 1;
            }
            double[][] scores = new double[PREDICTORS.length][2];
            for (int m = 0; m < PREDICTORS.length; m++) {
                double[] p = new double[predictions.size()];
                for (int i = 0; i < p.length; i++) {
                    p[i] = Math.min(1 - 1e-6, Math.max(1e-6, predictions.get(i)[m]));
                    scores[m][0] -= (outcomes[i] ? Math.log(p[i]) : Math.log(1 - p[i])) / p.length;
                }
                scores[m][1] = Auc.of(p, outcomes);
                System.out.printf(Locale.ROOT, "next answer, %s, %s: log-loss %.4f, AUC %.4f%n", name, PREDICTORS[m],
                        scores[m][0], scores[m][1]);
            }
            return scores;
        }
    }

    /** The baselines' training: per-item share correct, and item difficulties of an Elo (Rasch) model. */
    record Baselines(Map<String, double[]> itemCounts, Map<String, Double> difficulties, double overall) {

        /** Step size of the Elo updates of learners' abilities; items move a quarter as fast. */
        static final double K = 0.3;

        static Baselines train(List<AnswerObservation> history) {
            Map<String, double[]> counts = new HashMap<>();
            Map<String, Double> difficulty = new HashMap<>();
            Map<String, Double> ability = new HashMap<>();
            double right = 0;
            for (AnswerObservation a : history) {
                double[] c = counts.computeIfAbsent(a.itemId(), id -> new double[2]);
                c[0] += a.correct() ? 1 : 0;
                c[1]++;
                right += a.correct() ? 1 : 0;
                double theta = ability.getOrDefault(a.learnerId(), 0.0);
                double b = difficulty.getOrDefault(a.itemId(), 0.0);
                double surprise = (a.correct() ? 1 : 0) - Logit.sigmoid(theta - b);
                ability.put(a.learnerId(), theta + K * surprise);
                difficulty.put(a.itemId(), b - K * surprise / 4);
            }
            return new Baselines(counts, difficulty, right / history.size());
        }

        double itemShare(String itemId) {
            double[] c = itemCounts.get(itemId);
            // Laplace-smoothed towards the overall share; an item never answered in training gets the overall share.
            return c == null ? overall : (c[0] + overall) / (c[1] + 1);
        }

        double difficulty(Item item) {
            return difficulties.getOrDefault(item.itemId(), 0.0);
        }
    }
}
