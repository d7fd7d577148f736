package org.learnpath.portal.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One of the learner's own answers as the assessment service records it. {@code skills} is read when the service
 * sends it and is empty otherwise.
 */
public record AttemptView(UUID id, UUID itemId, AttemptResponse response, boolean correct, double score,
        Instant answeredAt, int attemptNumber, List<String> skills) {

    public AttemptView {
        skills = skills == null ? List.of() : List.copyOf(skills);
    }

    /** What the learner answered: only the field of the item's type is set. */
    public record AttemptResponse(String choice, List<String> choices, Double value, String text) {
    }
}
