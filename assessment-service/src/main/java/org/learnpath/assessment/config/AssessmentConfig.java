package org.learnpath.assessment.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;

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
    }

    interface Paging {
        @WithDefault("20")
        int defaultSize();

        @WithDefault("100")
        int maxSize();
    }
}
