package org.learnpath.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.learnpath.learner.LearnerSimulator.RunOptions;
import org.learnpath.learner.LearnerSimulator.RunResult;
import org.learnpath.learner.LearnerSimulator.SimulatedLearner;

/**
 * The assignment forecast on simulated learners of the seeded "Data Analyst" goal (16 modules, 25 skills), against
 * what those learners then actually did. Figures go to {@code target/forecast-evaluation.txt} and docs/forecast.md.
 *
 * <p>Set-up, all seeded ({@link #SEED}):
 * <ul>
 *   <li>true BKT parameters per skill and an item bank as in {@link PathEfficiencyTest}; prior knowledge closed
 *       under prerequisites with a breadth drawn per learner;</li>
 *   <li><b>fitting learners</b> ({@link #FITTING}) follow the recommended path with the default parameters (what a
 *       new installation starts with); their answers are refitted with {@link TracedModelFitter}, and the model
 *       used from then on has only those fitted parameters, never the truth. The same learners are then run again
 *       with the fitted model: their answers give the skills per answer the forecast divides by (what the
 *       recommender would measure on its recent answers), and their checkpoints the baselines;</li>
 *   <li><b>held-out learners</b> ({@link #HELD_OUT}) follow the recommended path with the fitted model. The
 *       forecast is taken at checkpoints (days 0, 7, 14, 21 and 28 after the assignment) from the model's snapshot
 *       at that moment; each learner then carries on until the goal is complete (every module mastered and the
 *       goal certified, including the planner's certification checks), which gives the answers that were actually
 *       still needed;</li>
 *   <li>time: the simulator counts answers, not days, and the model runs without forgetting (the simulator's truth
 *       does not forget either), so the calendar can be laid over the answers afterwards: each learner gets a
 *       rhythm (answers on an active day around a personal rate, log-normal with median 12; a personal share of
 *       active days, 30-100%; one day in twenty a binge of four times the rate; half of the learners change pace
 *       once, between day 5 and 30, by a log-normal factor, and a fifth of those stop altogether) and a due date
 *       14 to 42 days after the assignment.</li>
 * </ul>
 *
 * <p>Measured: the error of the expected answers remaining against the answers actually needed (mean absolute
 * error, median relative error, bias), and AT_RISK against actual lateness (precision, recall) at checkpoints
 * before the due date. Baselines, set on the fitting learners only: a constant (the median answers remaining at
 * their checkpoints: a forecast that ignores mastery), the model's forecast ignoring the learner's answers (every
 * skill at its prior), and "a typical learner's total minus the answers given so far". Also the forecast with one
 * skill per answer times the factor that makes it right on average on the fitting learners: a calibration the
 * forecast does not have, which separates how well it ranks learners from how far its scale is off.
 *
 * <p>A second test measures the forecast's own approximation of the certification, on learners who answer exactly
 * as the model's parameters say.
 */
class ForecastEvaluationTest {

    static final long SEED = 2026;
    static final int FITTING = 300;
    static final int HELD_OUT = 500;
    static final int[] CHECKPOINT_DAYS = {0, 7, 14, 21, 28};
    static final CatalogGraph GRAPH = SeedCurriculum.dataAnalyst();
    static final String GOAL = SeedCurriculum.GOAL;
    static final Instant ASSIGNED = RunOptions.DEFAULT.start();
    static final ForecastSettings SETTINGS = ForecastSettings.DEFAULTS;

    /**
     * One checkpoint of one learner: what the forecast said (also with one skill per answer) and what happened.
     */
    record Checkpoint(int day, Instant at, int answered, double forecast, double oneSkillPerAnswer, double priorOnly,
            int actualRemaining, Pace pace, Instant due, Instant completedAt) {

        boolean late() {
            return completedAt == null || completedAt.isAfter(due);
        }
    }

    record Outcome(List<Checkpoint> checkpoints, int totalAnswers) {
    }

    @Test
    void theForecastOfAnswersRemainingAndTheAtRiskStatusHoldOnHeldOutSimulatedLearners() throws IOException {
        long started = System.nanoTime();
        Random random = new Random(SEED);
        Map<String, BktParameters> truth = new HashMap<>();
        for (CatalogGraph.Skill skill : GRAPH.skills()) {
            // The truth's prior is unused: prior knowledge comes from the population.
            truth.put(skill.code(), new BktParameters(0.5, 0.1 + 0.2 * random.nextDouble(),
                    0.1 + 0.15 * random.nextDouble(), 0.05 + 0.1 * random.nextDouble()));
        }
        LearnerSimulator simulator = new LearnerSimulator(GRAPH, truth, LearnerSimulator.itemBank(GRAPH,
                new double[] {-1.5, -0.9, -0.3, 0.3, 0.9, 1.5}, 0.3, random));

        // 1. Fit: the fitting learners' answers under the default parameters, refitted per skill.
        ModelConfig untrained = ModelConfig.defaults().withForgetting(Forgetting.NONE);
        List<AnswerObservation> history = new ArrayList<>();
        LearnerSimulator recording = simulator.withAnswerListener(history::add);
        LearnerModel firstModel = new LearnerModel(untrained);
        PathPlanner firstPlanner = new PathPlanner(GRAPH, untrained, PlannerConfig.DEFAULT);
        long[][] fittingSeeds = seeds(new Random(SEED + 1), FITTING);
        for (int i = 0; i < FITTING; i++) {
            recording.followRecommendations(learner(simulator, "fit-" + i, fittingSeeds[i]), GOAL, firstModel,
                    firstPlanner, RunOptions.DEFAULT, (path, item, snapshot) -> { });
        }
        ModelFit fit = new TracedModelFitter(TracedFitOptions.DEFAULT).fit(history, untrained);
        ModelConfig config = untrained.withSkillParameters(fit.parameters())
                .withTracingDifficulties(fit.itemDifficulties());
        PathPlanner planner = new PathPlanner(GRAPH, config, PlannerConfig.DEFAULT);
        Set<String> goalSkills = MasteryForecast.goalSkills(GRAPH, GOAL);

        // 2. The fitting learners again, under the fitted model: the answer history the recommender would measure
        // skills per answer on, and the baselines.
        List<Outcome> fitting = new ArrayList<>();
        List<AnswerObservation> recent = new ArrayList<>();
        LearnerSimulator recordingAgain = simulator.withAnswerListener(recent::add);
        LearnerModel fittingModel = new LearnerModel(config);
        MasteryForecast perSkill = new MasteryForecast(config, PlannerConfig.DEFAULT);
        for (int i = 0; i < FITTING; i++) {
            fitting.add(study(recordingAgain, "fit-" + i, fittingSeeds[i], fittingModel, planner, perSkill, perSkill,
                    goalSkills));
        }
        double opportunitiesPerAnswer = MasteryForecast.opportunitiesPerAnswer(recent);
        MasteryForecast forecast = new MasteryForecast(config, PlannerConfig.DEFAULT, opportunitiesPerAnswer);
        double constant = median(fitting.stream().flatMap(o -> o.checkpoints().stream())
                .mapToDouble(Checkpoint::actualRemaining).toArray());
        double typicalTotal = median(fitting.stream().mapToDouble(Outcome::totalAnswers).toArray());
        // The factor that would make the fitting learners' forecasts (one skill per answer: the divisor is measured
        // on their answers) right on average: a calibration the forecast itself does not have.
        double scale = fitting.stream().flatMap(o -> o.checkpoints().stream()).mapToDouble(Checkpoint::actualRemaining)
                .sum() / fitting.stream().flatMap(o -> o.checkpoints().stream())
                .mapToDouble(Checkpoint::oneSkillPerAnswer).sum();

        // 3. Held-out learners.
        List<Outcome> heldOut = new ArrayList<>();
        LearnerModel heldOutModel = new LearnerModel(config);
        long[][] heldOutSeeds = seeds(new Random(SEED + 2), HELD_OUT);
        for (int i = 0; i < HELD_OUT; i++) {
            heldOut.add(study(simulator, "held-" + i, heldOutSeeds[i], heldOutModel, planner, forecast, perSkill,
                    goalSkills));
        }
        List<Checkpoint> checkpoints = heldOut.stream().flatMap(o -> o.checkpoints().stream()).toList();

        // 4. Figures.
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "Forecast evaluation: seed %d, goal %s (%d skills), %d fitting and "
                        + "%d held-out simulated learners, checkpoints at days %s after the assignment%n", SEED, GOAL,
                goalSkills.size(), FITTING, HELD_OUT, Arrays.toString(CHECKPOINT_DAYS)));
        report.append(String.format(Locale.ROOT, "fit: %d answers; %.3f skills per answer; held-out learners needed "
                        + "%.1f answers on average (median %.0f); baselines from the fitting learners: constant %.0f "
                        + "answers remaining, typical total %.0f%n", history.size(), opportunitiesPerAnswer,
                heldOut.stream().mapToInt(Outcome::totalAnswers).average().orElseThrow(),
                median(heldOut.stream().mapToDouble(Outcome::totalAnswers).toArray()), constant, typicalTotal));
        report.append(String.format(Locale.ROOT, "%n%-8s %6s %9s %9s %9s %9s %8s %8s%n", "day", "n", "actual",
                "forecast", "MAE", "bias", "MdRE", "MAE(c)"));
        for (int day : CHECKPOINT_DAYS) {
            List<Checkpoint> at = checkpoints.stream().filter(c -> c.day() == day).toList();
            Errors e = Errors.of(at, Checkpoint::forecast);
            Errors c = Errors.of(at, x -> constant);
            report.append(String.format(Locale.ROOT, "%-8d %6d %9.1f %9.1f %9.1f %+9.1f %7.1f%% %8.1f%n", day,
                    at.size(), e.meanActual, e.meanForecast, e.mae, e.bias, 100 * e.medianRelative, c.mae));
        }
        Errors model = Errors.of(checkpoints, Checkpoint::forecast);
        Errors constantErrors = Errors.of(checkpoints, c -> constant);
        Errors priorOnly = Errors.of(checkpoints, Checkpoint::priorOnly);
        Errors soFar = Errors.of(checkpoints, c -> Math.max(0, typicalTotal - c.answered()));
        Errors onePerAnswer = Errors.of(checkpoints, Checkpoint::oneSkillPerAnswer);
        Errors scaled = Errors.of(checkpoints, c -> c.oneSkillPerAnswer() * scale);
        report.append(String.format(Locale.ROOT, "%-8s %6d %9.1f %9.1f %9.1f %+9.1f %7.1f%% %8.1f%n%n", "all",
                checkpoints.size(), model.meanActual, model.meanForecast, model.mae, model.bias,
                100 * model.medianRelative, constantErrors.mae));
        report.append(String.format(Locale.ROOT, "%-60s %9s %9s %8s%n", "answers remaining, all checkpoints", "MAE",
                "bias", "MdRE"));
        for (Object[] row : new Object[][] {{"model forecast (fitted parameters, learner's mastery)", model},
                {"constant (median remaining of the fitting learners)", constantErrors},
                {"model forecast ignoring the learner (all skills at prior)", priorOnly},
                {"typical total minus answers given", soFar},
                {"diagnostic: model forecast, one skill per answer", onePerAnswer},
                {String.format(Locale.ROOT, "diagnostic: one skill per answer x %.3f (fitted on fitting)", scale),
                        scaled}}) {
            Errors e = (Errors) row[1];
            report.append(String.format(Locale.ROOT, "%-60s %9.1f %+9.1f %7.1f%%%n", row[0], e.mae, e.bias,
                    100 * e.medianRelative));
        }

        List<Checkpoint> beforeDue = checkpoints.stream().filter(c -> !c.at().isAfter(c.due())).toList();
        long late = beforeDue.stream().filter(Checkpoint::late).count();
        report.append(String.format(Locale.ROOT, "%nAT_RISK against actual lateness, %d checkpoints before the due "
                + "date (%d of them late in the end):%n", beforeDue.size(), late));
        report.append(String.format(Locale.ROOT, "%-60s %9s %9s %9s%n", "classifier", "precision", "recall", "F1"));
        Classification risk = classify(beforeDue, Checkpoint::forecast, SETTINGS);
        Classification riskMargin = classify(beforeDue, Checkpoint::forecast, SETTINGS.withRiskMargin(1.25));
        Classification riskConstant = classify(beforeDue, c -> constant, SETTINGS);
        Classification riskSoFar = classify(beforeDue, c -> Math.max(0, typicalTotal - c.answered()), SETTINGS);
        for (Object[] row : new Object[][] {{"model forecast, risk margin 1.0 (default)", risk},
                {"model forecast, risk margin 1.25", riskMargin},
                {"constant remaining, same pace and rules", riskConstant},
                {"typical total minus answers given, same pace", riskSoFar}}) {
            Classification c = (Classification) row[1];
            report.append(String.format(Locale.ROOT, "%-60s %9.3f %9.3f %9.3f%n", row[0], c.precision(), c.recall(),
                    c.f1()));
        }
        report.append(String.format(Locale.ROOT, "%n%.1f s%n", (System.nanoTime() - started) / 1e9));
        System.out.print(report);
        Path file = Path.of("target", "forecast-evaluation.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report.toString());

        // Measured (seed 2026; completion = modules mastered and goal certified; model refitted with the traced
        // fitter): model MAE 19.1, constant 59.7 (ratio 0.32), prior-only 75.9 (0.25), typical total minus answers
        // given 27.6 (0.69); bias -5.1 (3.5% of the mean actual 145.3); median relative error 10.6%; one skill per
        // answer x 0.957 fitted on the fitting learners 18.7; AT_RISK precision 0.883, recall 0.662, F1 0.757
        // (constant 0.720). With the old per-skill fitter (guess and slip too high) the same forecast had MAE 44.8 and
        // bias +44.0. Bounds: the measurement with a margin for changes of the simulation; each is failed by the
        // constant or by the prior-only forecast.
        assertThat(model.mae).as("model vs constant").isLessThan(0.45 * constantErrors.mae);
        assertThat(model.mae).as("model vs ignoring the learner").isLessThan(0.35 * priorOnly.mae);
        assertThat(model.mae).as("model vs answers given").isLessThan(0.85 * soFar.mae);
        assertThat(scaled.mae).as("calibrated model vs constant").isLessThan(0.4 * constantErrors.mae);
        assertThat(scaled.mae).as("calibrated model vs answers given").isLessThan(0.8 * soFar.mae);
        assertThat(Math.abs(model.bias)).isLessThan(0.1 * model.meanActual);
        assertThat(model.medianRelative).isLessThan(0.15);
        assertThat(risk.precision()).isGreaterThan(0.8);
        assertThat(risk.recall()).isGreaterThan(0.6);
        assertThat(risk.f1()).as("AT_RISK vs constant remaining").isGreaterThan(riskConstant.f1());
    }

    /**
     * The forecast's own approximation of completion, apart from fitted parameters: learners who answer exactly as
     * the model's parameters say (the simulator's truth is the model, item difficulties known), from the moment every
     * module is mastered. What is left then is the goal's certification: the forecast shares the target out over the
     * skills, while the planner checks the least certain skill until the product reaches it. Also printed: the
     * forecast with the plain even share {@code q = target^(1/n)}, which ignores that the planner stops on the
     * product (see {@link MasteryForecast}).
     */
    @Test
    void onceEveryModuleIsMasteredTheForecastMatchesTheCertificationOfLearnersWhoAnswerAsTheModelSays() {
        Random random = new Random(SEED + 3);
        Map<String, BktParameters> parameters = new HashMap<>();
        for (CatalogGraph.Skill skill : GRAPH.skills()) {
            parameters.put(skill.code(), new BktParameters(0.3, 0.1 + 0.2 * random.nextDouble(),
                    0.1 + 0.2 * random.nextDouble(), 0.05 + 0.2 * random.nextDouble()));
        }
        LearnerSimulator simulator = new LearnerSimulator(GRAPH, parameters, LearnerSimulator.itemBank(GRAPH,
                new double[] {-1.5, -0.9, -0.3, 0.3, 0.9, 1.5}, 0, random));
        ModelConfig config = ModelConfig.defaults().withForgetting(Forgetting.NONE).withSkillParameters(parameters);
        PathPlanner planner = new PathPlanner(GRAPH, config, PlannerConfig.DEFAULT);
        LearnerModel model = new LearnerModel(config);
        MasteryForecast forecast = new MasteryForecast(config, PlannerConfig.DEFAULT);
        Set<String> goalSkills = MasteryForecast.goalSkills(GRAPH, GOAL);
        double evenShare = Math.pow(PlannerConfig.DEFAULT.certificationTarget(), 1.0 / goalSkills.size());
        int learners = 150;
        long[][] seeds = seeds(new Random(SEED + 4), learners);
        List<RemainingWork> atMastery = new ArrayList<>();
        double[] plainShare = {0};
        int actual = 0;
        for (int i = 0; i < learners; i++) {
            int[] step = {0};
            int[] firstCheck = {-1};
            RunResult result = simulator.followRecommendations(learner(simulator, "self-" + i, seeds[i]), GOAL, model,
                    planner, RunOptions.DEFAULT, (path, item, snapshot) -> {
                        if (firstCheck[0] < 0 && path.nextStep().kind() == StepKind.CERTIFY) {
                            firstCheck[0] = step[0];
                            atMastery.add(forecast.remaining(snapshot, goalSkills));
                            for (String code : goalSkills) {
                                BktParameters p = parameters.get(code);
                                plainShare[0] += forecast.expectedAnswers(p, snapshot.skills().get(code).mastery(),
                                        Math.max(PlannerConfig.DEFAULT.masteryThreshold(),
                                                evenShare + (1 - evenShare) * p.learn()));
                            }
                        }
                        step[0]++;
                    });
            assertThat(result.masteredByModel()).isTrue();
            actual += firstCheck[0] < 0 ? 0 : result.answers() - firstCheck[0];
        }
        double meanActual = actual / (double) atMastery.size();
        double meanForecast = atMastery.stream().mapToDouble(RemainingWork::expectedAnswers).average().orElseThrow();
        System.out.printf(Locale.ROOT, "Learners answering as the model says, from every module mastered (%d of %d "
                        + "learners not yet certified then): %.1f answers on average, forecast %.1f; with the plain "
                        + "even share %.1f%n", atMastery.size(), learners, meanActual, meanForecast,
                plainShare[0] / atMastery.size());
        assertThat(atMastery).allMatch(RemainingWork::complete); // every skill mastered: what is left is certification
        assertThat(atMastery.size()).isGreaterThan(learners * 9 / 10);
        // Measured: 63.3 answers, forecast 60.9 (-4%; plain even share 75.9, +20%). Bound: within 10%.
        assertThat(meanForecast).isCloseTo(meanActual, within(0.1 * meanActual));
    }

    /**
     * One learner's study of the goal: a rhythm, a due date, the run until the goal is complete (modules mastered,
     * goal certified), and at each checkpoint the forecast from the snapshot after the answers given by then.
     */
    static Outcome study(LearnerSimulator simulator, String id, long[] seeds, LearnerModel model,
            PathPlanner planner, MasteryForecast forecast, MasteryForecast oneSkillPerAnswer, Set<String> goalSkills) {
        Random calendar = new Random(seeds[2]);
        List<Instant> times = rhythm(calendar, RunOptions.DEFAULT.maxAnswers());
        Instant due = ASSIGNED.plus(Duration.ofDays(14 + calendar.nextInt(29))).plus(Duration.ofHours(14));
        int[] answeredAt = new int[CHECKPOINT_DAYS.length];
        for (int c = 0; c < CHECKPOINT_DAYS.length; c++) {
            Instant at = ASSIGNED.plus(Duration.ofDays(CHECKPOINT_DAYS[c]));
            answeredAt[c] = (int) times.stream().filter(t -> t.isBefore(at)).count();
        }
        double priorOnly = forecast.remaining(Map.<String, SkillMastery>of(), goalSkills, ASSIGNED).expectedAnswers();
        double[] forecasts = new double[CHECKPOINT_DAYS.length];
        double[] undivided = new double[CHECKPOINT_DAYS.length];
        Arrays.fill(forecasts, Double.NaN);
        Arrays.fill(undivided, Double.NaN);
        int[] step = {0};
        RunResult result = simulator.followRecommendations(learner(simulator, id, seeds), GOAL, model, planner,
                RunOptions.DEFAULT, (path, item, snapshot) -> {
                    for (int c = 0; c < CHECKPOINT_DAYS.length; c++) {
                        if (answeredAt[c] == step[0]) {
                            forecasts[c] = forecast.remaining(snapshot, goalSkills).expectedAnswers();
                            undivided[c] = oneSkillPerAnswer.remaining(snapshot, goalSkills).expectedAnswers();
                        }
                    }
                    step[0]++;
                });
        assertThat(result.masteredByModel()).isTrue();
        int total = result.answers();
        Instant completedAt = total == 0 ? ASSIGNED : total <= times.size() ? times.get(total - 1) : null;
        List<Checkpoint> checkpoints = new ArrayList<>();
        for (int c = 0; c < CHECKPOINT_DAYS.length; c++) {
            if (answeredAt[c] >= total) {
                continue; // done by then: DONE, nothing to forecast
            }
            Instant at = ASSIGNED.plus(Duration.ofDays(CHECKPOINT_DAYS[c]));
            int answered = answeredAt[c];
            Pace pace = Pace.of(times.subList(0, answered), at, ASSIGNED, SETTINGS);
            checkpoints.add(new Checkpoint(CHECKPOINT_DAYS[c], at, answered, forecasts[c], undivided[c], priorOnly,
                    total - answered, pace, due, completedAt));
        }
        return new Outcome(checkpoints, total);
    }

    /** Answer times of a learner who would keep answering (see the class comment), up to {@code max}. */
    static List<Instant> rhythm(Random random, int max) {
        double rate = 12 * Math.exp(0.5 * random.nextGaussian());
        double activeShare = 0.3 + 0.7 * random.nextDouble();
        boolean changes = random.nextDouble() < 0.5;
        int changeDay = changes ? 5 + random.nextInt(26) : Integer.MAX_VALUE;
        double factor = random.nextDouble() < 0.2 ? 0 : Math.exp(0.6 * random.nextGaussian());
        List<Instant> times = new ArrayList<>();
        for (int day = 0; day < 365 && times.size() < max; day++) {
            double today = day < changeDay ? rate : rate * factor;
            if (today == 0) {
                break;
            }
            if (random.nextDouble() >= activeShare) {
                continue;
            }
            if (random.nextDouble() < 0.05) {
                today *= 4;
            }
            int answers = Math.max(1, poisson(random, today));
            // Sessions start between 09:00 and 21:00 UTC, one answer a minute.
            Instant session = ASSIGNED.plus(Duration.ofDays(day)).plus(Duration.ofMinutes(random.nextInt(12 * 60)));
            for (int a = 0; a < answers && times.size() < max; a++) {
                times.add(session.plus(Duration.ofMinutes(a)));
            }
        }
        return times;
    }

    static int poisson(Random random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    /** Per learner: breadth of prior knowledge, the simulator's seed, the calendar's seed. */
    static long[][] seeds(Random random, int learners) {
        long[][] seeds = new long[learners][];
        for (int i = 0; i < learners; i++) {
            seeds[i] = new long[] {Double.doubleToLongBits(random.nextDouble()), random.nextLong(), random.nextLong()};
        }
        return seeds;
    }

    static SimulatedLearner learner(LearnerSimulator simulator, String id, long[] seeds) {
        return simulator.sampleLearner(id, Double.longBitsToDouble(seeds[0]), seeds[1]);
    }

    static Classification classify(List<Checkpoint> checkpoints, ToDoubleFunction<Checkpoint> remaining,
            ForecastSettings settings) {
        AssignmentForecaster forecaster = new AssignmentForecaster(settings);
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Checkpoint c : checkpoints) {
            AssignmentStatus status = forecaster.assess(false, remaining.applyAsDouble(c), c.pace(), c.at(), ASSIGNED,
                    c.due()).status();
            boolean flagged = status == AssignmentStatus.AT_RISK;
            tp += flagged && c.late() ? 1 : 0;
            fp += flagged && !c.late() ? 1 : 0;
            fn += !flagged && c.late() ? 1 : 0;
        }
        return new Classification(tp, fp, fn);
    }

    record Classification(int truePositives, int falsePositives, int falseNegatives) {
        double precision() {
            return truePositives / (double) Math.max(1, truePositives + falsePositives);
        }

        double recall() {
            return truePositives / (double) Math.max(1, truePositives + falseNegatives);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    static final class Errors {
        double meanActual;
        double meanForecast;
        double mae;
        double bias;
        double medianRelative;

        static Errors of(List<Checkpoint> checkpoints, ToDoubleFunction<Checkpoint> forecast) {
            Errors e = new Errors();
            double[] relative = new double[checkpoints.size()];
            for (int i = 0; i < checkpoints.size(); i++) {
                Checkpoint c = checkpoints.get(i);
                double f = forecast.applyAsDouble(c);
                double error = f - c.actualRemaining();
                e.meanActual += c.actualRemaining();
                e.meanForecast += f;
                e.mae += Math.abs(error);
                e.bias += error;
                relative[i] = Math.abs(error) / c.actualRemaining();
            }
            int n = Math.max(1, checkpoints.size());
            e.meanActual /= n;
            e.meanForecast /= n;
            e.mae /= n;
            e.bias /= n;
            e.medianRelative = median(relative);
            return e;
        }
    }

    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
