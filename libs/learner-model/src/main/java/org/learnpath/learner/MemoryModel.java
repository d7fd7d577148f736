package org.learnpath.learner;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How well a learner still recalls a skill they learnt, and when to review it: a memory per learnt skill whose
 * stability grows with successful, spaced reviews. Kept apart from mastery ({@link SkillMastery}): mastery says whether
 * the answers showed that the skill was learnt (what certification and unlocking rest on), recall says how likely it
 * is still there now (what reviews are scheduled by).
 *
 * <pre>
 *   recall:  R(t) = r * exp(-(t - reviewedAt) / S)         r: P(recalled) right after the last answer
 *   start:   the first answer after which mastery m >= threshold: r = m, reviewedAt = its time,
 *            S = knownStabilityDays if no answer to the skill was wrong so far (most likely known before),
 *                learntStabilityDays otherwise (learnt here)
 *   answer at t on an item with guess g, slip s, learn l (the skill's, as tracing uses them):
 *            R = R(t), rho = exp(-(t - reviewedAt) / S)   (the trace's own retrievability, without r)
 *            correct: S' = S * (1 + growth * (1 - rho))
 *            wrong:   S' = S * (1 - q * (1 - lapseFactor)),
 *                     q = P(not recalled | wrong) = (1-R)(1-g) / ((1-R)(1-g) + R s)
 *            r' = posterior + (1 - posterior) * l,    posterior = P(recalled | answer) by Bayes with prior R
 *            reviewedAt = t
 *   P(correct) = R (1 - s) + (1 - R) g
 *   due:     R(t) = target  <=>  t = reviewedAt + S * ln(r / target)   (reviewedAt itself when r <= target)
 * </pre>
 *
 * <p><b>Why this form.</b> The recall curve is the exponential of half-life regression (Settles and Meeder 2016, "A
 * Trainable Spaced Repetition Model for Language Learning", ACL: {@code p = 2^(-t/h)}, here with {@code S = h / ln 2}),
 * the classic single-trace forgetting curve, which has a closed-form inverse, so the review time is exact. FSRS (Ye, Su
 * and Cao 2022, "A Stochastic Shortest Path Algorithm for Optimizing Spaced Repetition Scheduling", KDD; after
 * Wozniak's two components of memory, stability and retrievability) fits a power-law curve instead, which is what
 * exponentials of different stabilities look like averaged; here the main source of that spread, a skill known long
 * before against one just learnt, has its own initial stability (FSRS's initial stability by the first grade). The
 * stability update takes from FSRS the law that matters for scheduling: the lower the retrievability at a successful
 * review, the larger the gain (the spacing effect; Cepeda et al. 2006, Psychological Bulletin), so a review minutes
 * after practice adds nothing and one at the target a fixed factor. FSRS's difficulty and stability-decay terms would
 * need far more reviews per skill than a course produces; four numbers are what a few hundred learners' answers pin
 * down ({@link MemoryFitter}).
 *
 * <p><b>Why the factor r.</b> Flashcard schedulers take a remembered card at its word. An exercise can be passed by
 * guessing (a quarter of the time on four options) and failed by a slip, so after an answer the skill is recalled only
 * with the probability Bayes' rule gives, the update of knowledge tracing with forgetting (BKT with a forgetting
 * transition: Qiu, Qi, Lu, Pardos and Heffernan 2011, "Does Time Matter? Modeling the Effect of Time with Bayesian
 * Knowledge Tracing", EDM; Khajah, Lindsey and Mozer 2016, "How Deep is Knowledge Tracing?", EDM), with the decay
 * governed by this memory's stability instead of a constant rate. Without r, a right guess on a forgotten skill would
 * pass for a successful review and its stability would keep growing; with it, such a review is announced sooner, and a
 * lapse leaves the skill due at once (r below the target) until answers show it is back. A wrong answer shrinks the
 * stability by the lapse factor in proportion to how likely it was a lapse rather than a slip.
 *
 * <p><b>Start of memory.</b> A skill has no memory until its mastery after an answer reaches the threshold (the
 * planner's mastery threshold): before that, answers are learning, which mastery tracks. The answer that reaches it
 * starts the memory; every later answer to the skill is a retrieval. So the memory of a skill is a pure function of its
 * answers in replay order (time, correct, whether the item measured other skills too, mastery after the answer, the
 * item's guess, slip and learn) and of the parameters: {@link #replay} gives the same state on every run, and
 * incremental updates with {@link #next} give exactly the replayed state.
 *
 * <p><b>Answers to several skills.</b> A right answer counts for each skill as if it measured that skill alone (the
 * item needs all of them). A wrong one does not say which skill failed (mastery weighs that); the memory is left as it
 * was, clock included.
 *
 * <p>Immutable and thread-safe. A late answer (before {@code reviewedAt}) counts as no time elapsed and does not move
 * the clock back, as in {@link SkillMastery}.
 */
public final class MemoryModel {

    /** Recall at which a review is due, unless configured otherwise (issue 26: 0.9). */
    public static final double DEFAULT_TARGET_RECALL = 0.9;

    /** Stability never drops below this after lapses (at target 0.9 and recall 1, a review after 15 minutes). */
    public static final double MIN_STABILITY_DAYS = 0.1;

    /** Stability never grows beyond this (ten years): keeps long chains of reviews finite. */
    public static final double MAX_STABILITY_DAYS = 3_650;

    private static final double SECONDS_PER_DAY = 86_400;

    /**
     * One answer to a skill as the memory sees it.
     *
     * @param shared       whether the item measured other skills too
     * @param masteryAfter the skill's mastery right after the answer ({@link SkillMastery#mastery()})
     * @param emission     the skill's parameters on this item as tracing uses them (guess, slip and learn: e.g.
     *                     {@link BktParameters#forItem(double, double)} of the skill's parameters)
     */
    public record Answer(Instant answeredAt, boolean correct, boolean shared, double masteryAfter,
            BktParameters emission) {
        public Answer {
            Objects.requireNonNull(answeredAt, "answeredAt");
            Objects.requireNonNull(emission, "emission");
        }
    }

    private final MemoryParameters parameters;
    private final double masteryThreshold;

    /**
     * @param masteryThreshold mastery at or above which a skill counts as learnt and its memory starts (the planner's
     *                         {@link PlannerConfig#masteryThreshold()})
     */
    public MemoryModel(MemoryParameters parameters, double masteryThreshold) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        if (!(masteryThreshold > 0 && masteryThreshold < 1)) {
            throw new IllegalArgumentException("masteryThreshold must be within (0, 1), was " + masteryThreshold);
        }
        this.masteryThreshold = masteryThreshold;
    }

    public MemoryParameters parameters() {
        return parameters;
    }

    public double masteryThreshold() {
        return masteryThreshold;
    }

    /**
     * The memory that starts at {@code at} with recall {@code mastery} (the mastery that reached the threshold);
     * {@code withoutError}: no answer to the skill was wrong so far.
     */
    public SkillMemory start(Instant at, double mastery, boolean withoutError) {
        return new SkillMemory(parameters.initialStabilityDays(withoutError), mastery, at, 0, 0);
    }

    /** P(the learner still recalls the skill) at {@code at}. */
    public double recall(SkillMemory memory, Instant at) {
        return memory.recall() * retrievability(memory.stabilityDays(), days(memory.reviewedAt(), at));
    }

    /** P(correct) at {@code at} on an item on which the skill has these parameters (guess and slip). */
    public double pCorrect(SkillMemory memory, Instant at, BktParameters emission) {
        return pCorrect(recall(memory, at), emission.guess(), emission.slip());
    }

    /**
     * When recall falls to {@code targetRecall}: {@code reviewedAt + S ln(r / target)}, rounded up to the nanosecond so
     * that a review is never announced before recall has fallen; {@code reviewedAt} when it is already at or below.
     */
    public Instant reviewDue(SkillMemory memory, double targetRecall) {
        if (!(targetRecall > 0 && targetRecall < 1)) {
            throw new IllegalArgumentException("targetRecall must be within (0, 1), was " + targetRecall);
        }
        if (memory.recall() <= targetRecall) {
            return memory.reviewedAt();
        }
        double seconds = memory.stabilityDays() * Math.log(memory.recall() / targetRecall) * SECONDS_PER_DAY;
        long whole = (long) Math.floor(seconds);
        long nanos = (long) Math.ceil((seconds - whole) * 1e9);
        return memory.reviewedAt().plusSeconds(whole).plusNanos(nanos);
    }

    /**
     * {@link #reviewDue(SkillMemory, double)}, but not sooner than {@code minimumGap} after the last answer while the
     * skill is recalled above the target then: a product whose learners come once a day can keep a skill learnt this
     * morning out of this evening's reviews, at the price of a lower recall at review. A skill at or below the target
     * right after its last answer (a lapse) stays due at once.
     */
    public Instant reviewDue(SkillMemory memory, double targetRecall, Duration minimumGap) {
        Instant due = reviewDue(memory, targetRecall);
        if (memory.recall() <= targetRecall) {
            return due;
        }
        Instant earliest = memory.reviewedAt().plus(minimumGap);
        return earliest.isAfter(due) ? earliest : due;
    }

    /** Whether a review is due at {@code at}: recall at or below the target. */
    public boolean due(SkillMemory memory, Instant at, double targetRecall) {
        return !at.isBefore(reviewDue(memory, targetRecall));
    }

    /**
     * The memory after an answer at {@code at} to an item on which the skill has {@code emission}; {@code shared}: the
     * item measured other skills too.
     */
    public SkillMemory afterAnswer(SkillMemory memory, boolean correct, boolean shared, Instant at,
            BktParameters emission) {
        if (shared && !correct) {
            return memory;
        }
        double guess = emission.guess();
        double slip = emission.slip();
        double rho = retrievability(memory.stabilityDays(), days(memory.reviewedAt(), at));
        double recall = memory.recall() * rho;
        double stability = correct ? afterSuccess(memory.stabilityDays(), rho, parameters.growth())
                : afterWrong(memory.stabilityDays(), recall, guess, slip, parameters.lapseFactor());
        double next = recallAfter(recall, correct, guess, slip, emission.learn());
        Instant last = at.isAfter(memory.reviewedAt()) ? at : memory.reviewedAt();
        return new SkillMemory(stability, next, last, memory.successfulReviews() + (correct ? 1 : 0),
                memory.lapses() + (correct ? 0 : 1));
    }

    /** {@link #afterAnswer(SkillMemory, boolean, boolean, Instant, BktParameters)} of one {@link Answer}. */
    public SkillMemory afterAnswer(SkillMemory memory, Answer answer) {
        return afterAnswer(memory, answer.correct(), answer.shared(), answer.answeredAt(), answer.emission());
    }

    /**
     * One step of the pure function of a skill's answers: the memory after {@code answer}, given the memory before it
     * ({@code null} while the skill was never learnt) and whether any earlier answer to the skill was wrong. Returns
     * {@code null} while the skill is still not learnt.
     */
    public SkillMemory next(SkillMemory before, Answer answer, boolean wrongBefore) {
        if (before != null) {
            return afterAnswer(before, answer);
        }
        if (answer.masteryAfter() >= masteryThreshold) {
            return start(answer.answeredAt(), answer.masteryAfter(), !wrongBefore && answer.correct());
        }
        return null;
    }

    /** The memory after all of a skill's answers, in replay order; empty while the skill was never learnt. */
    public Optional<SkillMemory> replay(List<Answer> answers) {
        SkillMemory memory = null;
        boolean wrong = false;
        for (Answer answer : answers) {
            memory = next(memory, answer, wrong);
            wrong |= !answer.correct();
        }
        return Optional.ofNullable(memory);
    }

    /** The trace's retrievability {@code elapsedDays} after the last answer: {@code exp(-t / S)}, 1 for t <= 0. */
    static double retrievability(double stabilityDays, double elapsedDays) {
        return elapsedDays <= 0 ? 1 : Math.exp(-elapsedDays / stabilityDays);
    }

    // The arithmetic of one answer on primitives, shared with MemoryFitter's likelihood: one formula for both.

    /** Stability after a right answer at retrievability {@code rho}. */
    static double afterSuccess(double stabilityDays, double rho, double growth) {
        return Math.min(MAX_STABILITY_DAYS, stabilityDays * (1 + growth * (1 - rho)));
    }

    /** Stability after a wrong answer at recall {@code recall}: shrunk as far as the answer was likely a lapse. */
    static double afterWrong(double stabilityDays, double recall, double guess, double slip, double lapseFactor) {
        double forgotten = (1 - recall) * (1 - guess);
        double slipped = recall * slip;
        double lapse = forgotten + slipped > 0 ? forgotten / (forgotten + slipped) : 1;
        double shrunk = stabilityDays * (1 - lapse * (1 - lapseFactor));
        // Never below the floor, and never raised to it either (a memory already shorter stays as it is).
        return Math.max(Math.min(stabilityDays, MIN_STABILITY_DAYS), shrunk);
    }

    /** P(correct) at recall {@code recall}: {@code R (1 - s) + (1 - R) g}. */
    static double pCorrect(double recall, double guess, double slip) {
        return recall * (1 - slip) + (1 - recall) * guess;
    }

    /**
     * P(recalled) right after the answer: Bayes' rule with prior {@code recall}, then the chance {@code learn} that the
     * answer (with its feedback) taught a skill that was not recalled. An answer the emission calls impossible keeps
     * the prior, as {@link BktParameters#posterior} does.
     */
    static double recallAfter(double recall, boolean correct, double guess, double slip, double learn) {
        double known = recall * (correct ? 1 - slip : slip);
        double unknown = (1 - recall) * (correct ? guess : 1 - guess);
        double total = known + unknown;
        double posterior = total > 0 ? known / total : recall;
        return posterior + (1 - posterior) * learn;
    }

    static double days(Instant from, Instant to) {
        Duration elapsed = Duration.between(from, to);
        return (elapsed.getSeconds() + elapsed.getNano() / 1e9) / SECONDS_PER_DAY;
    }
}
