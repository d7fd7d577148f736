package org.learnpath.learner;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * One graded answer as the learner model sees it (a projection of the {@code learnpath.answers.v1} event:
 * ids as strings so that the model does not depend on the event library).
 *
 * @param eventId             unique per answer and stable across redeliveries; used for deduplication and as
 *                            the tie-breaker of the replay order
 * @param skillCodes          the skills the item measures (at least one, no repeats)
 * @param itemPriorDifficulty the author's difficulty of the item on the logit scale, carried by the event
 * @param attemptNumber       1 for the learner's first answer to the item, 2 for the second, and so on
 * @param guessFloor          P(correct) of a blind pick in the item's format (single choice among k options: 1/k;
 *                            an open answer: 0), carried by the event; 0 when the event does not say, which is the
 *                            model without a floor (see {@link ResponseModel})
 */
public record AnswerObservation(String eventId, String learnerId, String itemId, List<String> skillCodes,
        boolean correct, Instant answeredAt, double itemPriorDifficulty, int attemptNumber, double guessFloor) {

    /**
     * The replay order: by answer time, then event id. Sorting any permutation of the same events with it gives
     * the same sequence, hence the same model state.
     */
    public static final Comparator<AnswerObservation> REPLAY_ORDER =
            Comparator.comparing(AnswerObservation::answeredAt).thenComparing(AnswerObservation::eventId);

    public AnswerObservation {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(answeredAt, "answeredAt");
        skillCodes = List.copyOf(skillCodes);
        if (skillCodes.isEmpty()) {
            throw new IllegalArgumentException("An answer measures at least one skill");
        }
        if (new HashSet<>(skillCodes).size() != skillCodes.size()) {
            throw new IllegalArgumentException("Repeated skill in " + skillCodes);
        }
        if (!Double.isFinite(itemPriorDifficulty)) {
            throw new IllegalArgumentException("itemPriorDifficulty must be finite");
        }
        if (attemptNumber < 1) {
            throw new IllegalArgumentException("attemptNumber must be >= 1");
        }
        if (!(guessFloor >= 0 && guessFloor < 1)) {
            throw new IllegalArgumentException("guessFloor must be within [0, 1), was " + guessFloor);
        }
    }

    /** An answer whose event says nothing of the item's format (no guessing floor). */
    public AnswerObservation(String eventId, String learnerId, String itemId, List<String> skillCodes, boolean correct,
            Instant answeredAt, double itemPriorDifficulty, int attemptNumber) {
        this(eventId, learnerId, itemId, skillCodes, correct, answeredAt, itemPriorDifficulty, attemptNumber, 0);
    }

    /** A learner's first answer to the item. */
    public AnswerObservation(String eventId, String learnerId, String itemId, List<String> skillCodes, boolean correct,
            Instant answeredAt, double itemPriorDifficulty) {
        this(eventId, learnerId, itemId, skillCodes, correct, answeredAt, itemPriorDifficulty, 1, 0);
    }

    /** Whether the learner had answered the item before. */
    public boolean isRepeat() {
        return attemptNumber > 1;
    }
}
