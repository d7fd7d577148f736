package org.learnpath.recommender.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import java.time.Duration;

@ConfigMapping(prefix = "learnpath.recommender")
public interface RecommenderConfig {

    /** P(known) at or above which a skill counts as mastered. */
    @WithDefault("0.95")
    double masteryThreshold();

    /**
     * P(every skill of a goal known), on the answers alone, at or above which a goal whose modules are all mastered is
     * complete: 1 - alpha, alpha the goal's error budget (see GoalCertification in libs/learner-model).
     */
    @WithDefault("0.95")
    double certificationTarget();

    /**
     * Diagnosis during study (issue 27): P(a prerequisite gap blocks the module about to be studied), on the answers to
     * its skills, at or above which the path checks the most doubtful prerequisite skill first (see PathPlanner in
     * libs/learner-model); 1 or more turns it off. DiagnosisEvaluationTest measured 0.5 to free every learner stuck
     * behind a falsely mastered prerequisite (36 of 300 without) at 0.6% more answers where no gap exists.
     */
    @WithDefault("0.5")
    @DecimalMin(value = "0", inclusive = false)
    double diagnosisThreshold();

    /** P(correct) the next item should be nearest to. */
    @WithDefault("0.7")
    double targetCorrect();

    /**
     * Without the memory model ({@code memory.enabled=false}): mastery of a skill not practised decays towards its prior
     * with this half-life, and a skill is reviewed when it falls below the mastery threshold.
     */
    @WithDefault("P30D")
    Duration forgettingHalfLife();

    Memory memory();

    /**
     * The memory of learnt skills (MemoryModel in libs/learner-model): reviews follow predicted recall, mastery no
     * longer decays.
     */
    interface Memory {
        @WithDefault("true")
        boolean enabled();

        /** Predicted recall at which a learnt skill is due for review. */
        @WithDefault("0.9")
        double targetRecall();

        /** No review sooner than this after the skill's last answer (unless the answers showed a lapse). */
        @WithDefault("P1D")
        Duration minimumReviewGap();

        /** Stability (days) of a skill learnt here, after at least one wrong answer. */
        @WithDefault("2")
        double learntStabilityDays();

        /** Stability (days) of a skill mastered without a wrong answer: most likely known before. */
        @WithDefault("20")
        double knownStabilityDays();

        /** A right answer at recall R multiplies stability by 1 + growth (1 - R). */
        @WithDefault("2")
        double growth();

        /** A lapse multiplies stability by this, within (0, 1]. */
        @WithDefault("0.5")
        double lapseFactor();
    }

    /**
     * How much a learner's answer to an item they answered before counts, per earlier attempt: the n-th attempt at an
     * item counts with this weight to the power n-1 (and never moves the item's calibrated difficulty).
     */
    @WithDefault("0.5")
    double repeatEvidenceWeight();

    /** The learner's most recently answered items, which are not recommended again while others remain. */
    @WithDefault("10")
    int recentItems();

    /** Learners re-planned per transaction when a catalog change is swept through every path. */
    @WithDefault("500")
    int pathSweepPageSize();

    Answers answers();

    Refit refit();

    interface Answers {
        /** Off only for tests and tools that drive the consumer themselves. */
        @WithDefault("true")
        boolean enabled();

        @WithDefault("learnpath.answers.v1")
        String topic();

        @WithDefault("recommender-service.answers")
        String groupId();

        @WithDefault("learnpath.answers.v1.dlq.recommender")
        String deadLetterTopic();

        /** Records per poll, applied and persisted in one transaction. */
        @WithDefault("2000")
        int maxPollRecords();

        @WithDefault("PT0.5S")
        Duration pollTimeout();

        /**
         * The broker answers a fetch once it has this many bytes for us (about 40 answer events) or
         * {@link #fetchMaxWait()} has passed. A batch's transaction costs about the same for one answer as for
         * forty, so under load a few milliseconds of waiting buy larger batches and less CPU per answer.
         */
        @WithDefault("8192")
        int fetchMinBytes();

        @WithDefault("PT0.005S")
        Duration fetchMaxWait();

        /**
         * Learners whose states the consumer keeps in memory between batches instead of reading them back (about
         * 1 KB each with 10 practised skills).
         */
        @WithDefault("100000")
        int cachedLearners();

        /**
         * Batches applied at once, each in its own transaction on its own thread: partition p goes to lane
         * p modulo lanes, so one learner's answers (one partition) are still applied one batch after the other, in
         * offset order. With one lane the consumer waits on PostgreSQL about half of the time; with two, one lane's
         * database round trips overlap the other's work.
         */
        @WithDefault("2")
        @Min(1)
        int lanes();

        /**
         * How long the group waits for a silent member before handing its partitions to the others. Kafka's 45 s
         * default would hold a crashed instance's learners that long; heartbeats go every third of it.
         */
        @WithDefault("PT10S")
        Duration sessionTimeout();

        /** Wait after a failed batch before the same records are retried. */
        @WithDefault("PT1S")
        Duration retryBackoff();

        /**
         * Readiness goes DOWN when a partition has records waiting and its committed offset has not moved for this
         * long: the consumer keeps failing on something (the database, most likely) and paths have stopped adapting.
         */
        @WithDefault("PT2M")
        Duration stallTimeout();

        /**
         * Characters of a refused record's key and value kept in its dead letter (with their length and hash): a
         * dead letter must stay well under what the outbox can send, however large the record.
         */
        @WithDefault("4096")
        @Min(16)
        int deadLetterMaxChars();
    }

    interface Refit {
        /**
         * The scheduled refit runs when the last completed refit (by any instance, scheduled or requested) is at
         * least this old ("off" to disable scheduled refits).
         */
        @WithDefault("6h")
        String every();

        /** How often each instance checks whether a scheduled refit is due ("off" to disable the check). */
        @WithDefault("5m")
        String checkEvery();

        /** A skill's parameters are refitted only from at least this many learners (and at least 100 answers). */
        @WithDefault("30")
        int minSequences();

        /**
         * Learners whose states the replay after a refit recomputes in one transaction. Answer batches wait while a
         * page is written (see service/ReplayGate): larger pages replay faster, smaller ones hold batches up less.
         */
        @WithDefault("200")
        @Min(1)
        int replayPageLearners();
    }
}
