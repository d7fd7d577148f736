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
 * The model's expected number of answers until a learner completes a goal: every module mastered and the goal
 * certified ({@link GoalCertification}). See docs/forecast.md.
 *
 * <p><b>One skill.</b> Under BKT the model's mastery {@code m} (P(known) at the next answer) is itself a Markov
 * chain: the next answer is correct with probability {@code c(m) = m(1 - slip) + (1 - m) guess}, after which the
 * mastery becomes {@code u(m, correct)} ({@link BktParameters#update}: Bayes' rule, then the learning transition).
 * If the model's parameters are right, this is exactly how the mastery the recommender computes moves, whatever
 * the learner really knows. The expected number of answers until it reaches a level {@code L} therefore solves
 *
 * <pre>  E(m) = 0 for m >= L,     E(m) = 1 + c(m) E(u(m, correct)) + (1 - c(m)) E(u(m, wrong)) for m < L</pre>
 *
 * which is solved once per set of parameters and level on a grid of {@value #GRID} masteries in [0, L), evenly
 * spaced in {@code -ln(1 - m)} (linear interpolation in between), by value iteration from 0 until no value moves by
 * more than 1e-7 answers. The only approximation is the grid: against a simulation of the same chain it agrees
 * within about 1%, for the mastery threshold as for levels near 1 (MasteryForecastTest).
 *
 * <p><b>The level: certification.</b> The goal is certified when every skill was answered and the product over its
 * {@code n} skills of each skill's evidence (P(known) on the answers alone, before the learning transition of the
 * last answer) reaches the target. After an answer the mastery is {@code evidence + (1 - evidence) learn}, so a
 * skill's evidence reaches {@code q} when its mastery reaches {@code q + (1 - q) learn}: the level of a skill is that,
 * and never below the mastery threshold, since the modules must be mastered too, {@code L = max(T, q + (1 - q)
 * learn)}. The answers to it include the planner's certification checks. Which {@code q}: the goal's budget
 * {@code -ln(target)} is shared evenly, {@code -ln(q) = -ln(target) / (n g)}, where {@code g} accounts for the
 * planner stopping on the product rather than per skill. A skill's last right answer takes it past its share by a
 * random part of one step (a right answer and the learning after it divide {@code 1 - evidence} by
 * {@code R = (1 - slip) / (guess (1 - learn))}); with the position within the step even in log terms, it ends on
 * average at {@code g = (1 - 1/R) / ln R} of its share, so the shares may be {@code 1/g} times larger for the sum
 * to be spent; with {@code q = target^(1/n)} instead, the forecast asks for more checks than the planner does
 * (ForecastEvaluationTest compares the two on learners who answer as the model says). A skill never
 * answered needs at least one answer whatever its prior: certification checks every skill.
 *
 * <p><b>A goal.</b> The sum over its skills of {@code E(current mastery)} is the expected number of <em>skill
 * practice opportunities</em> left: the planner works on one skill at a time, so they add up. An answer to an
 * item measuring two skills is an opportunity for both, so the opportunities up to the mastery threshold are
 * divided by {@code opportunitiesPerAnswer}, the mean number of skills an answer measures in the answer history
 * ({@link #opportunitiesPerAnswer(Collection)}; 1 when every item measures one skill). Those from the threshold to
 * the level are not: a certification check is the item that best tells knowing the skill from guessing, and a
 * second skill on an item only blurs that, so checks are single-skill items where the skill has them. Not
 * modelled, each with the sign of the error it causes: items harder or easier than average (either sign: a
 * beginner practises on easy items, whose right answers are weak evidence, and the mastery and certification checks
 * are the items that tell knowing from guessing best, whose right answers are strong evidence), forgetting during
 * the remaining time (too low), repeated items (weaker evidence: too low) and fitted parameters that differ from how
 * learners really answer (either sign; a slip fitted too high makes the evidence the certification needs look
 * slower to come than it is: too high). The evaluation on simulated learners measures the net effect
 * (ForecastEvaluationTest, docs/forecast.md).
 *
 * <p>Cost: a table per distinct {@link BktParameters} and level (the level depends on the goal's number of skills),
 * built on first use or by {@link #prepare} (a few ms per parameter set) and cached; then two interpolations per
 * skill. Thread-safe.
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
    private final double certificationTarget;
    private final double opportunitiesPerAnswer;
    private final Map<Table, double[]> tables = new ConcurrentHashMap<>();
    private final Map<Goal, Chains> goals = new ConcurrentHashMap<>();

    /** One solved chain: a skill's parameters and the mastery it must reach. */
    private record Table(BktParameters parameters, double level) {
    }

    /** A skill's parameters in a goal of {@code skills} skills: what its certification level depends on. */
    private record Goal(BktParameters parameters, int skills) {
    }

    /**
     * A skill's level in a goal and its two tables, to the mastery threshold and to the level, with their grid
     * steps: what a forecast reads per skill, in one lookup.
     */
    private record Chains(double level, double[] toThreshold, double thresholdStep, double[] toLevel,
            double levelStep) {
    }

    /**
     * @param masteryThreshold       the planner's ({@link PlannerConfig#masteryThreshold()}), in (0, 1)
     * @param certificationTarget    the planner's ({@link PlannerConfig#certificationTarget()}), in (0, 1)
     * @param opportunitiesPerAnswer skills measured per answer, on average, in [1, 10] (see the class comment)
     */
    public MasteryForecast(ModelConfig model, double masteryThreshold, double certificationTarget,
            double opportunitiesPerAnswer) {
        this.model = Objects.requireNonNull(model, "model");
        if (!(masteryThreshold > 0 && masteryThreshold < 1)) {
            throw new IllegalArgumentException("masteryThreshold must be within (0, 1)");
        }
        if (!(certificationTarget > 0 && certificationTarget < 1)) {
            throw new IllegalArgumentException("certificationTarget must be within (0, 1)");
        }
        if (!(opportunitiesPerAnswer >= 1 && opportunitiesPerAnswer <= 10)) {
            throw new IllegalArgumentException("opportunitiesPerAnswer must be within [1, 10]");
        }
        this.threshold = masteryThreshold;
        this.certificationTarget = certificationTarget;
        this.opportunitiesPerAnswer = opportunitiesPerAnswer;
    }

    /** The default certification target ({@link PlannerConfig#DEFAULT_CERTIFICATION_TARGET}). */
    public MasteryForecast(ModelConfig model, double masteryThreshold, double opportunitiesPerAnswer) {
        this(model, masteryThreshold, PlannerConfig.DEFAULT_CERTIFICATION_TARGET, opportunitiesPerAnswer);
    }

    /** The default certification target, one skill per answer. */
    public MasteryForecast(ModelConfig model, double masteryThreshold) {
        this(model, masteryThreshold, 1);
    }

    /** The planner's mastery threshold and certification target. */
    public MasteryForecast(ModelConfig model, PlannerConfig planner, double opportunitiesPerAnswer) {
        this(model, planner.masteryThreshold(), planner.certificationTarget(), opportunitiesPerAnswer);
    }

    /** The planner's mastery threshold and certification target, one skill per answer. */
    public MasteryForecast(ModelConfig model, PlannerConfig planner) {
        this(model, planner, 1);
    }

    public double masteryThreshold() {
        return threshold;
    }

    public double certificationTarget() {
        return certificationTarget;
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
     * {@code mastery}, reaches the mastery threshold.
     */
    public double expectedAnswers(BktParameters parameters, double mastery) {
        return expectedAnswers(parameters, mastery, threshold);
    }

    /**
     * Expected answers measuring the skill (opportunities) until a skill with these parameters, now at
     * {@code mastery}, reaches {@code level} (e.g. {@link #certificationLevel}).
     *
     * @param level a mastery in (0, 1)
     */
    public double expectedAnswers(BktParameters parameters, double mastery, double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be within (0, 1)");
        }
        return interpolate(table(parameters, level), position(mastery, level, spacing(level)));
    }

    /** The same for a skill of the model's configuration, to the mastery threshold. */
    public double expectedAnswers(String skillCode, double mastery) {
        return expectedAnswers(model.parameters(skillCode), mastery);
    }

    /**
     * The mastery a skill with these parameters must reach for a goal of {@code skillCount} skills to be certified
     * (see the class comment): {@code max(T, q + (1 - q) learn)} with {@code q = target^(1 / (skillCount g))} and
     * {@code g = (1 - 1/R) / ln R}, {@code R = (1 - slip) / (guess (1 - learn))}.
     */
    public double certificationLevel(BktParameters parameters, int skillCount) {
        if (skillCount < 1) {
            throw new IllegalArgumentException("skillCount must be at least 1");
        }
        return chains(parameters, skillCount).level();
    }

    private Chains chains(BktParameters parameters, int skillCount) {
        return goals.computeIfAbsent(new Goal(parameters, skillCount), goal -> {
            double level = level(goal);
            return new Chains(level, table(parameters, threshold), spacing(threshold), table(parameters, level),
                    spacing(level));
        });
    }

    private double[] table(BktParameters parameters, double level) {
        return tables.computeIfAbsent(new Table(parameters, level), this::solve);
    }

    private double level(Goal goal) {
        BktParameters parameters = goal.parameters();
        int skillCount = goal.skills();
        // R: what one right answer and the learning after it divide 1 - evidence by (infinite without guessing or
        // with learn = 1, where one right answer settles the skill); g: where, as a part of its share of the
        // budget, a skill's deficit ends on average after the right answer that takes it below the share.
        double step = (1 - parameters.slip()) / (parameters.guess() * (1 - parameters.learn()));
        double endsAt = Double.isInfinite(step) ? 0 : (1 - 1 / step) / Math.log(step);
        double evidence = Math.pow(certificationTarget, 1 / (skillCount * endsAt));
        // Below 1, which only learn = 1 would reach: there any answer makes the mastery 1, above the level.
        return Math.max(threshold, Math.min(Math.nextDown(1.0), evidence + (1 - evidence) * parameters.learn()));
    }

    /**
     * Builds the tables of a goal's skills now (e.g. right after a refit), so that the first report after it does
     * not pay for them. {@code skillCodes} is the whole goal ({@link #goalSkills}): its size sets the level each
     * skill must reach.
     */
    public void prepare(Collection<String> skillCodes) {
        Collection<String> skills = distinct(skillCodes);
        for (String code : skills) {
            chains(model.parameters(code), skills.size());
        }
    }

    /**
     * What is left of the goal whose skills are {@code skillCodes} (e.g. {@link #goalSkills}) for the snapshot's
     * learner, at the snapshot's time: expected answers until the goal is complete (every skill mastered and the
     * goal certified; see the class comment). Skills absent from the snapshot are at their prior, never answered.
     */
    public RemainingWork remaining(LearnerSnapshot snapshot, Collection<String> skillCodes) {
        Collection<String> skills = distinct(skillCodes);
        Remaining remaining = new Remaining();
        for (String code : skills) {
            BktParameters parameters = model.parameters(code);
            SkillEstimate estimate = snapshot.skills().get(code);
            double mastery = estimate == null ? parameters.prior() : estimate.mastery();
            remaining.add(parameters, mastery, estimate != null && estimate.practiceCount() > 0, skills.size());
        }
        return remaining.work(skills.size());
    }

    /**
     * The same from stored skill states (as of each skill's last practice, what the recommender keeps): forgetting
     * up to {@code at} is applied with the model's configuration, as {@link LearnerModel#snapshot} does.
     */
    public RemainingWork remaining(Map<String, SkillMastery> states, Collection<String> skillCodes, Instant at) {
        Collection<String> skills = distinct(skillCodes);
        Remaining remaining = new Remaining();
        for (String code : skills) {
            BktParameters parameters = model.parameters(code);
            SkillMastery state = states.get(code);
            double mastery = state == null ? parameters.prior() : state.masteryAt(at, parameters, model.forgetting());
            remaining.add(parameters, mastery, state != null && state.practiceCount() > 0, skills.size());
        }
        return remaining.work(skills.size());
    }

    /** The sums over a goal's skills. */
    private final class Remaining {
        private double study;
        private double checks;
        private int mastered;

        /**
         * One skill: opportunities to the mastery threshold (study), then to its certification level (checks); at
         * least one answer in all if it was never answered, since certification checks every skill.
         */
        void add(BktParameters parameters, double mastery, boolean answered, int skillCount) {
            Chains chains = chains(parameters, skillCount);
            double toThreshold = interpolate(chains.toThreshold(),
                    position(mastery, threshold, chains.thresholdStep()));
            // Never fewer than to the threshold, which every path to the level passes (the two tables' grids differ).
            double toLevel = Math.max(toThreshold,
                    interpolate(chains.toLevel(), position(mastery, chains.level(), chains.levelStep())));
            study += toThreshold;
            checks += Math.max(answered ? 0 : 1, toLevel) - toThreshold;
            mastered += mastery >= threshold ? 1 : 0;
        }

        RemainingWork work(int skills) {
            return new RemainingWork(study / opportunitiesPerAnswer + checks, skills, mastered);
        }
    }

    private static Collection<String> distinct(Collection<String> skillCodes) {
        return skillCodes instanceof Set<String> ? skillCodes : new LinkedHashSet<>(skillCodes);
    }

    /**
     * Value iteration (Gauss-Seidel) of the expectation above on the grid {@code -ln(1 - m_i) = i h}, i.e. evenly
     * spaced in {@code -ln(1 - m)} from 0 to the level: an answer moves a mastery near 1 by little in absolute terms
     * but by a lot in odds, so an even grid in {@code m} would be too coarse just below a level near 1.
     */
    private double[] solve(Table table) {
        BktParameters p = table.parameters();
        double level = table.level();
        double h = spacing(level);
        double[] pCorrect = new double[GRID];
        double[] up = new double[GRID];
        double[] down = new double[GRID];
        for (int i = 0; i < GRID; i++) {
            double m = -Math.expm1(-i * h);
            pCorrect[i] = p.pCorrect(m);
            up[i] = position(p.update(m, true), level, h);
            down[i] = position(p.update(m, false), level, h);
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

    /** The grid step in {@code -ln(1 - m)} of a table up to {@code level} (below 1). */
    private static double spacing(double level) {
        return -Math.log1p(-level) / GRID;
    }

    /** A mastery as a fractional grid index; -1 for "at or above the level", where nothing is left. */
    private static double position(double mastery, double level, double h) {
        return mastery >= level ? -1 : -Math.log1p(-Math.max(0, mastery)) / h;
    }

    private static double interpolate(double[] values, double position) {
        if (position < 0) {
            return 0;
        }
        int i = (int) position;
        if (i >= values.length - 1) {
            // Between the last grid point and the level the value is held: interpolating towards the 0 beyond the
            // level would pretend a mastery just below it needs less than one answer.
            return values[values.length - 1];
        }
        double fraction = position - i;
        return values[i] + fraction * (values[i + 1] - values[i]);
    }
}
