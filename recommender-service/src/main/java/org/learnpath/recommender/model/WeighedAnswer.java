package org.learnpath.recommender.model;

import java.time.Instant;
import java.util.List;

/**
 * An answer linked to a placement, as the placement weighs it.
 *
 * @param difficulty the item's calibrated difficulty when the answer arrived (its author's prior if never calibrated)
 * @param guessFloor P(correct) of a blind pick in the item's format (0 when not known)
 */
public record WeighedAnswer(String eventId, String itemId, List<String> skillCodes, boolean correct,
        double difficulty, double guessFloor, Instant answeredAt) {

    public WeighedAnswer {
        skillCodes = List.copyOf(skillCodes);
    }
}
