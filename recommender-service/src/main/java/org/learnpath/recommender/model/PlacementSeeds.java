package org.learnpath.recommender.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.learnpath.learner.SkillMastery;

/**
 * The starting estimates a completed placement gave, and where among the learner's answers (in application order)
 * they were written: what a replay of the learner's answers restores, at the same place.
 *
 * @param after the position of the learner's last answer stored when the placement finished; null when there was none
 * @param seeds each restored for a skill the learner has not practised by then, as finishing did
 */
public record PlacementSeeds(UUID placementId, String learnerId, Instant finishedAt, AnswerPosition after,
        List<SkillMastery> seeds) {

    public PlacementSeeds {
        seeds = List.copyOf(seeds);
    }
}
