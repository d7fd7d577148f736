package org.learnpath.recommender.messaging;

import java.time.Instant;

/**
 * A record this service could not use, as published on its dead-letter topic: where it came from, why it was
 * refused, and its value as received, so that it can be inspected, fixed and replayed by hand.
 */
public record DeadLetter(String sourceTopic, int partition, long offset, String key, String value, String reason,
        Instant failedAt) {

    public static final String CE_TYPE = "org.learnpath.recommender.answer.rejected";
}
