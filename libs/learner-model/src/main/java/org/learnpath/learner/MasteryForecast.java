package org.learnpath.learner;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The model's expected number of answers until a learner masters every skill of a goal (see docs/forecast.md).
 *
 * <p><b>One skill.</b> Under BKT the model's mastery {@code m} (P(known) at the next answer) is itself a Markov
 * chain: the next answer is correct with probability {@code c(m) = m(1 - slip) + (1 - m) guess}, after which the
 * mastery becomes {@code u(m, correct)} ({@link BktParameters#update}: Bayes' rule, then the learning transition).
 * If the model's parameters are right, this is exactly how the mastery the recommender computes moves, whatever
 * the learner really knows. The expected number of answers until it reaches the threshold {@code T} therefore
 * solves
 *
 * <pre>  E(m) = 0 for m >= T,     E(m) = 1 + c(m) E(u(m, correct)) + (1 - c(m)) E(u(m, wrong)) for m < T</pre>
 *
 * which is solved once per set of parameters on a grid of {@value #GRID} masteries in [0, T) (linear interpolation
 * in between), by value iteration from 0 until no value moves by more than 1e-7 answers. The only approximation
 * is the grid: against a simulation of the same chain it agrees within about 1% (MasteryForecastTest).
 *
 * <p><b>A goal.</b> The sum over its skills of {@code E(current mastery)} is the expected number of <em>skill
 * practice opportunities</em> left: the planner works on one skill at a time, so they add up. An answer to an
 * item measuring two skills is an opportunity for both, so the sum is divided by {@code opportunitiesPerAnswer},
 * the mean number of skills an answer measures in the answer history ({@link #opportunitiesPerAnswer(Collection)};
 * 1 when every item measures one skill). Not modelled, each with the sign of the error it causes: items harder or
 * easier than average (either sign: a beginner practises on easy items, whose right answers are weak evidence, and
 * the mastery checks are hard items, whose right answers are strong evidence), forgetting during the remaining time
 * (too low), repeated items (weaker evidence: too low) and fitted parameters that differ from how learners really
 * answer (either sign). The evaluation on simulated learners measures the net effect (ForecastEvaluationTest,
 * docs/forecast.md).
 *
 * <p>Cost: a table per distinct {@link BktParameters}, built on first use or by {@link #prepare} (under 3 ms) and
 * cached; then one interpolation per skill. Thread-safe.
 */
public final class MasteryForecast {

    /** Grid points per table: fine enough that the interpolation error is far below the forecast's own. */
    static final int GRID = 512;

    /**
     * What a skill that cannot be mastered (no learning and no evidence, e.g. learn = 0 from a mastery of 0)
     * counts as, per skill: finite, so that sums and comparisons keep working, and far beyond any real goal.
     */
    public static final double UNREACHABLE = 10_000;

    private static final double TOLERANCE = 1e-7;
    private static final int MAX_SWEEPS = 200_000;

    private final ModelConfig model;
    private final double threshold;
    private final double opportunitiesPerAnswer;
    private final Map<BktParameters, double[]> tables = new ConcurrentHashMap<>();

    /**
     * @param masteryThreshold       the planner's ({@link PlannerConfig#masteryThreshold()}), in (0, 1)
     * @param opportunitiesPerAnswer skills measured per answer, on average, in [1, 10] (see the class comment)
     */
    public MasteryForecast(ModelConfig model, double masteryThreshold, double opportunitiesPerAnswer) {
        this.model = Objects.requireNonNull(model, "model");
        if (!(masteryThreshold > 0 && masteryThreshold < 1)) {
            throw new IllegalArgumentException("masteryThreshold must be within (0, 1)");
        }
        if (!(opportunitiesPerAnswer >= 1 && opportunitiesPerAnswer <= 10)) {
            throw new IllegalArgumentException("opportunitiesPerAnswer must be within [1, 10]");
        }
        this.threshold = masteryThreshold;
        this.opportunitiesPerAnswer = opportunitiesPerAnswer;
    }

    /** One skill per answer. */
    public MasteryForecast(ModelConfig model, double masteryThreshold) {
        this(model, masteryThreshold, 1);
    }

    public MasteryForecast(ModelConfig model, PlannerConfig planner, double opportunitiesPerAnswer) {
        this(model, planner.masteryThreshold(), opportunitiesPerAnswer);
    }

    /** The planner's threshold, one skill per answer. */
    public MasteryForecast(ModelConfig model, PlannerConfig planner) {
        this(model, planner.masteryThreshold(), 1);
    }

    public double masteryThreshold() {
        return threshold;
    }

    public double opportunitiesPerAnswer() {
        return opportunitiesPerAnswer;
    }

    /**
     * The mean number of skills an answer measures, duplicates by event id counted once; 1 without answers. What
     * the recommender's answer table gives as {@code avg(cardinality(skill_codes))}.
     */
    public static double opportunitiesPerAnswer(Collection<AnswerObservation> answers) {
        Set<String> seen = new HashSet<>();
        long skills = 0;
        long count = 0;
        for (AnswerObservation answer : answers) {
            if (seen.add(answer.eventId())) {
                skills += answer.skillCodes().size();
                count++;
            }
        }
        return count == 0 ? 1 : Math.min(10, skills / (double) count);
    }

    /**
     * The skills a goal's path covers: those of the goal's modules and of everything they require, in study order.
     * Compute it once per goal: it is what {@link #remaining} takes.
     */
    public static Set<String> goalSkills(CatalogGraph graph, String goalSlug) {
        Set<String> skills = new LinkedHashSet<>();
        for (CatalogGraph.Module module : graph.goalClosure(goalSlug)) {
            skills.addAll(module.skillCodes());
        }
        return Collections.unmodifiableSet(skills);
    }

    /**
     * Expected answers measuring the skill (opportunities) until a skill with these parameters, now at
     * {@code mastery}, reaches the threshold.
     */
    public double expectedAnswers(BktParameters parameters, double mastery) {
        if (mastery >= threshold) {
            return 0;
        }
        double[] table = tables.computeIfAbsent(parameters, this::solve);
        return interpolate(table, Math.max(0, mastery) / step());
    }

    /**
     * Builds the tables of these skills now (e.g. right after a refit), so that the first report after it does not
     * pay for them.
     */
    public void prepare(Collection<String> skillCodes) {
        for (String code : skillCodes) {
            tables.computeIfAbsent(model.parameters(code), this::solve);
        }
    }

    /** The same for a skill of the model's configuration. */
    public double expectedAnswers(String skillCode, double mastery) {
        return expectedAnswers(model.parameters(skillCode), mastery);
    }

    /**
     * What is left of the skills {@code skillCodes} (e.g. {@link #goalSkills}) for the snapshot's learner, at the
     * snapshot's time: expected answers, i.e. the skills' expected opportunities over {@code opportunitiesPerAnswer}.
     * Skills absent from the snapshot are at their prior.
     */
    public RemainingWork remaining(LearnerSnapshot snapshot, Collection<String> skillCodes) {
        double opportunities = 0;
        int mastered = 0;
        int count = 0;
        for (String code : distinct(skillCodes)) {
            BktParameters parameters = model.parameters(code);
            SkillEstimate estimate = snapshot.skills().get(code);
            double mastery = estimate == null ? parameters.prior() : estimate.mastery();
            opportunities += expectedAnswers(parameters, mastery);
            mastered += mastery >= threshold ? 1 : 0;
            count++;
        }
        return new RemainingWork(opportunities / opportunitiesPerAnswer, count, mastered);
    }

    /**
     * The same from stored skill states (as of each skill's last practice, what the recommender keeps): forgetting
     * up to {@code at} is applied with the model's configuration, as {@link LearnerModel#snapshot} does.
     */
    public RemainingWork remaining(Map<String, SkillMastery> states, Collection<String> skillCodes, Instant at) {
        double opportunities = 0;
        int mastered = 0;
        int count = 0;
        for (String code : distinct(skillCodes)) {
            BktParameters parameters = model.parameters(code);
            SkillMastery state = states.get(code);
            double mastery = state == null ? parameters.prior() : state.masteryAt(at, parameters, model.forgetting());
            opportunities += expectedAnswers(parameters, mastery);
            mastered += mastery >= threshold ? 1 : 0;
            count++;
        }
        return new RemainingWork(opportunities / opportunitiesPerAnswer, count, mastered);
    }

    private static Collection<String> distinct(Collection<String> skillCodes) {
        return skillCodes instanceof Set<String> ? skillCodes : new LinkedHashSet<>(skillCodes);
    }

    private double step() {
        return threshold / GRID;
    }

    /** Value iteration (Gauss-Seidel) of the expectation above on the grid {@code m_i = i T / GRID}. */
    private double[] solve(BktParameters p) {
        double h = step();
        double[] pCorrect = new double[GRID];
        double[] up = new double[GRID];
        double[] down = new double[GRID];
        for (int i = 0; i < GRID; i++) {
            double m = i * h;
            pCorrect[i] = p.pCorrect(m);
            up[i] = position(p.update(m, true), h);
            down[i] = position(p.update(m, false), h);
        }
        double[] values = new double[GRID];
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            double largestChange = 0;
            // From the top: a right answer moves up, so the values it needs are already this sweep's.
            for (int i = GRID - 1; i >= 0; i--) {
                double value = 1 + pCorrect[i] * interpolate(values, up[i])
                        + (1 - pCorrect[i]) * interpolate(values, down[i]);
                value = Math.min(UNREACHABLE, value);
                largestChange = Math.max(largestChange, Math.abs(value - values[i]));
                values[i] = value;
            }
            if (largestChange < TOLERANCE) {
                break;
            }
        }
        return values;
    }

    /** A mastery as a fractional grid index; -1 for "at or above the threshold", where nothing is left. */
    private double position(double mastery, double h) {
        return mastery >= threshold ? -1 : mastery / h;
    }

    private static double interpolate(double[] values, double position) {
        if (position < 0) {
            return 0;
        }
        int i = (int) position;
        if (i >= values.length - 1) {
            // Between the last grid point and the threshold the value is held: interpolating towards the 0 beyond
            // the threshold would pretend a mastery just below it needs less than one answer.
            return values[values.length - 1];
        }
        double fraction = position - i;
        return values[i] + fraction * (values[i + 1] - values[i]);
    }
}
