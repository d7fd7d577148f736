package org.learnpath.learner;

/**
 * How far the {@link LearnerSimulator}'s hidden truth departs from the model the tracer assumes. With every switch
 * off ({@link #NONE}, the default) simulated learners answer exactly as plain BKT with difficulty-shifted guess and
 * slip says, which lets tests check the tracer against its own assumptions; quality figures that should hold for
 * real learners need answers the tracer's model did not generate, hence {@link #REALISTIC}.
 *
 * <p>The truth with the switches on, for learner {@code l}, item {@code i} of true difficulty {@code d} and skill
 * {@code s} with true parameters {@code guess_s}, {@code slip_s}, {@code learn_s}:
 * <pre>
 *   known:     q = (1 - careless_l) * sigmoid(a_i * (theta_l - logit(slip_s) - d))
 *   not known: q = sigmoid(a_i * (theta_l + logit(guess_s) - d))
 *   P(correct) = c_i + (1 - c_i) * (q_1 * ... * q_k)           c_i = 1 / options for single choice, else 0
 *   learning:  an unknown skill becomes known with min(1, learn_s * rate_l * (correct ? afterRight : afterWrong))
 *   memory:    a known skill stays known with probability exp(-t / stability) after t without a successful review
 * </pre>
 * With {@code a_i = 1}, {@code theta_l = 0}, {@code careless_l = 0}, {@code c_i = 0} and multipliers 1 this is the
 * tracer's own emission ({@link ResponseModel} with masteries 0 and 1).
 *
 * @param abilitySd               spread of a learner's ability {@code theta_l ~ N(0, abilitySd)} on the logit scale:
 *                                some learners answer better than their knowledge alone predicts (IRT's person
 *                                parameter, which BKT does not have); 0 = off
 * @param learnRateSd             spread of a learner's learning-rate multiplier {@code rate_l = exp(N(0,
 *                                learnRateSd))} (median 1); individualized BKT (Yudelson et al. 2013) found learning
 *                                rates to differ between students more than priors; 0 = off
 * @param discriminationSd        spread of an item's slope {@code a_i = exp(N(0, discriminationSd))} around 1 (2PL):
 *                                some items separate knowing from not knowing better than others; 0 = off
 * @param guessingFloor           whether single-choice items with {@code k} options can be passed by a blind pick,
 *                                {@code c_i = 1/k} (3PL's lower asymptote); open formats (numeric, short text) keep
 *                                no floor
 * @param carelessMax             per-learner careless-slip rate {@code careless_l ~ U(0, carelessMax)} on known
 *                                skills: attention, not knowledge; 0 = off
 * @param stabilityDays           stability of a freshly learnt skill, in days; recall after {@code t} days without a
 *                                review is {@code exp(-t / stability)}; 0 = no forgetting
 * @param priorStabilityDays      stability of a skill known before the run (consolidated long ago); used only when
 *                                {@code stabilityDays > 0}
 * @param spacingGain             a correct answer on a known skill multiplies its stability by
 *                                {@code 1 + spacingGain * (1 - recall)}: reviews when recall has dropped (spaced)
 *                                strengthen memory, massed ones barely do (the spacing effect, as in FSRS's
 *                                stability increase)
 * @param learnAfterWrongFactor   multiplier on the learning probability after a wrong answer, which the product
 *                                follows with the explanation and worked solution (learning from errors with
 *                                feedback, Metcalfe 2017)
 * @param learnAfterRightFactor   multiplier after a right answer, which on an unknown skill is a guess the learner
 *                                does not study further
 * @param softPrerequisiteRate    when sampling prior knowledge, each skill of a module whose prerequisites are not
 *                                all known is still known with probability {@code breadth * softPrerequisiteRate}
 *                                (self-taught fragments); 0 = prior knowledge closed under prerequisites
 * @param learningNeedsPrerequisites whether the truth learns a skill only when every skill of every module its
 *                                module requires (directly) is truly known at the answer: a learner whose
 *                                prerequisite the model wrongly believes mastered then fails on the skill until the
 *                                gap is closed. Off in {@link #NONE} and {@link #REALISTIC} (their figures stay as
 *                                measured); the random draw of the learning step is made either way, so switching it
 *                                on changes only the outcomes it blocks
 */
public record SimulatorRealism(double abilitySd, double learnRateSd, double discriminationSd, boolean guessingFloor,
        double carelessMax, double stabilityDays, double priorStabilityDays, double spacingGain,
        double learnAfterWrongFactor, double learnAfterRightFactor, double softPrerequisiteRate,
        boolean learningNeedsPrerequisites) {

    /** Every switch off: the simulator generates exactly what it generated before these switches existed. */
    public static final SimulatorRealism NONE = new SimulatorRealism(0, 0, 0, false, 0, 0, 0, 0, 1, 1, 0);

    /**
     * Plausible values, not fitted to any data set: ability SD 0.7 logits (a person spread beyond knowledge of a
     * size common in IRT calibrations, smaller than the usual N(0, 1) because knowledge already explains part of
     * it); learning-rate multiplier log-normal with sigma 0.5 (a learner at the 84th percentile learns 1.65 times
     * as fast as the median); discriminations log-normal around 1 with sigma 0.3 (about 0.55-1.8); guessing floor
     * 1/k; careless slips up to 10% (mean 5%); a freshly learnt skill with a stability of 3 days (half of it
     * forgotten after about 2 days without review, the classic forgetting curve), prior knowledge 60 days, spacing
     * gain 3 (a review at recall 0.5 multiplies stability by 2.5); a wrong answer with its explanation teaches
     * 1.5 times, a right one 0.75 times the skill's learning rate; 10% soft prerequisites.
     */
    public static final SimulatorRealism REALISTIC =
            new SimulatorRealism(0.7, 0.5, 0.3, true, 0.10, 3, 60, 3, 1.5, 0.75, 0.10);

    /** These switches, learning regardless of prerequisites. */
    public SimulatorRealism(double abilitySd, double learnRateSd, double discriminationSd, boolean guessingFloor,
            double carelessMax, double stabilityDays, double priorStabilityDays, double spacingGain,
            double learnAfterWrongFactor, double learnAfterRightFactor, double softPrerequisiteRate) {
        this(abilitySd, learnRateSd, discriminationSd, guessingFloor, carelessMax, stabilityDays, priorStabilityDays,
                spacingGain, learnAfterWrongFactor, learnAfterRightFactor, softPrerequisiteRate, false);
    }

    public SimulatorRealism {
        requireNonNegative("abilitySd", abilitySd);
        requireNonNegative("learnRateSd", learnRateSd);
        requireNonNegative("discriminationSd", discriminationSd);
        requireNonNegative("stabilityDays", stabilityDays);
        requireNonNegative("spacingGain", spacingGain);
        requireNonNegative("learnAfterWrongFactor", learnAfterWrongFactor);
        requireNonNegative("learnAfterRightFactor", learnAfterRightFactor);
        if (!(carelessMax >= 0 && carelessMax < 1)) {
            throw new IllegalArgumentException("carelessMax must be within [0, 1), was " + carelessMax);
        }
        if (!(softPrerequisiteRate >= 0 && softPrerequisiteRate <= 1)) {
            throw new IllegalArgumentException("softPrerequisiteRate must be within [0, 1], was "
                    + softPrerequisiteRate);
        }
        if (stabilityDays > 0 && !(priorStabilityDays > 0)) {
            throw new IllegalArgumentException("priorStabilityDays must be positive when forgetting, was "
                    + priorStabilityDays);
        }
    }

    public SimulatorRealism withAbilitySd(double sd) {
        return new SimulatorRealism(sd, learnRateSd, discriminationSd, guessingFloor, carelessMax, stabilityDays,
                priorStabilityDays, spacingGain, learnAfterWrongFactor, learnAfterRightFactor,
                softPrerequisiteRate, learningNeedsPrerequisites);
    }

    public SimulatorRealism withLearnRateSd(double sd) {
        return new SimulatorRealism(abilitySd, sd, discriminationSd, guessingFloor, carelessMax, stabilityDays,
                priorStabilityDays, spacingGain, learnAfterWrongFactor, learnAfterRightFactor,
                softPrerequisiteRate, learningNeedsPrerequisites);
    }

    public SimulatorRealism withDiscriminationSd(double sd) {
        return new SimulatorRealism(abilitySd, learnRateSd, sd, guessingFloor, carelessMax, stabilityDays,
                priorStabilityDays, spacingGain, learnAfterWrongFactor, learnAfterRightFactor,
                softPrerequisiteRate, learningNeedsPrerequisites);
    }

    public SimulatorRealism withGuessingFloor(boolean floor) {
        return new SimulatorRealism(abilitySd, learnRateSd, discriminationSd, floor, carelessMax, stabilityDays,
                priorStabilityDays, spacingGain, learnAfterWrongFactor, learnAfterRightFactor,
                softPrerequisiteRate, learningNeedsPrerequisites);
    }

    public SimulatorRealism withCarelessMax(double max) {
        return new SimulatorRealism(abilitySd, learnRateSd, discriminationSd, guessingFloor, max, stabilityDays,
                priorStabilityDays, spacingGain, learnAfterWrongFactor, learnAfterRightFactor,
                softPrerequisiteRate, learningNeedsPrerequisites);
    }

    public SimulatorRealism withForgetting(double stabilityDays, double priorStabilityDays, double spacingGain) {
        return new SimulatorRealism(abilitySd, learnRateSd, discriminationSd, guessingFloor, carelessMax,
                stabilityDays, priorStabilityDays, spacingGain, learnAfterWrongFactor, learnAfterRightFactor,
                softPrerequisiteRate, learningNeedsPrerequisites);
    }

    public SimulatorRealism withFeedbackLearning(double afterWrong, double afterRight) {
        return new SimulatorRealism(abilitySd, learnRateSd, discriminationSd, guessingFloor, carelessMax,
                stabilityDays, priorStabilityDays, spacingGain, afterWrong, afterRight,
                softPrerequisiteRate, learningNeedsPrerequisites);
    }

    public SimulatorRealism withSoftPrerequisiteRate(double rate) {
        return new SimulatorRealism(abilitySd, learnRateSd, discriminationSd, guessingFloor, carelessMax,
                stabilityDays, priorStabilityDays, spacingGain, learnAfterWrongFactor, learnAfterRightFactor, rate,
                learningNeedsPrerequisites);
    }

    /** These switches with learning gated by truly known prerequisites ({@code on}) or not. */
    public SimulatorRealism withLearningNeedsPrerequisites(boolean on) {
        return new SimulatorRealism(abilitySd, learnRateSd, discriminationSd, guessingFloor, carelessMax,
                stabilityDays, priorStabilityDays, spacingGain, learnAfterWrongFactor, learnAfterRightFactor,
                softPrerequisiteRate, on);
    }

    /** Whether true knowledge decays. */
    public boolean forgets() {
        return stabilityDays > 0;
    }

    /** Whether learners differ in ability, learning rate or carelessness (then each learner draws its traits). */
    boolean hasLearnerTraits() {
        return abilitySd > 0 || learnRateSd > 0 || carelessMax > 0;
    }

    private static void requireNonNegative(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number >= 0, was " + value);
        }
    }
}
