package org.learnpath.assessment.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

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

    interface Paging {
        @WithDefault("20")
        int defaultSize();

        @WithDefault("100")
        int maxSize();
    }
}
