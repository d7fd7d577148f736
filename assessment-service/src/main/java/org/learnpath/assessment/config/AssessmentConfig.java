package org.learnpath.assessment.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
import java.time.Duration;

@ConfigMapping(prefix = "learnpath.assessment")
public interface AssessmentConfig {

    /** Items in a session when the learner does not say. */
    @WithDefault("5")
    int defaultSessionItems();

    /** Most answers an integration may send in one batch. */
    @WithDefault("500")
    int maxBatchSize();

    /** Recent attempts a session avoids repeating when choosing the next item. */
    @WithDefault("20")
    int recentItemsAvoided();

    Paging paging();

    /** Items as grading reads them, kept in memory by each instance. */
    Items items();

    interface Items {
        /**
         * How long an item read for grading is used before it is read again: the longest an edit made through
         * another instance goes unseen here. Edits made through this instance are seen at once.
         */
        @WithDefault("5S")
        Duration refreshAfter();

        /**
         * How often the stored versions of the remembered items are checked, each check keeping the unchanged ones
         * current for another refresh-after. Shorter than refresh-after, or busy items are read again anyway.
         */
        @WithDefault("2S")
        Duration verifyEvery();

        /** Most items kept; beyond that, items are read for each answer. */
        @WithDefault("20000")
        @Min(0)
        int maxEntries();
    }

    /**
     * Integration answers that arrive while a transaction is being written wait for the next one and are written
     * together (group commit): one transaction, one insert of attempts and one of events for all of them.
     */
    Writer writer();

    interface Writer {
        /** Transactions writing integration answers at the same time. */
        @WithDefault("2")
        @Min(1)
        int threads();

        /** Most answers one transaction gathers from waiting requests; a larger request is still written, alone. */
        @WithDefault("500")
        @Min(1)
        int maxAnswers();

        /**
         * Answers waiting for a writer at most. Requests beyond it are refused at once (503 with Retry-After) rather
         * than queued without bound while the database falls behind: no request holds a thread while it waits, so
         * nothing else would stop the queue from growing. A request arriving at a shorter queue is taken whole.
         */
        @WithDefault("20000")
        @Min(1)
        int maxQueuedAnswers();
    }

    interface Paging {
        @WithDefault("20")
        int defaultSize();

        @WithDefault("100")
        int maxSize();
    }
}
