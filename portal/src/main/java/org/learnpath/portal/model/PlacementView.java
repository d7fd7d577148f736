package org.learnpath.portal.model;

import java.time.Instant;
import java.util.List;

/**
 * A learner's placement assessment for one goal as the recommender answers it, reduced to what the portal renders on
 * the server: its status, how far it got and, once completed, the modules it placed the learner past (the page's
 * script reads the full view, next item included, itself). Members the portal does not render are ignored when read.
 *
 * @param status   IN_PROGRESS, COMPLETED or SKIPPED
 * @param maxItems the most questions it asks (it may end sooner)
 * @param answered the answers the recommender has applied so far
 * @param done     no more questions: the learner's script finishes it
 * @param result   what it found; null until it is completed
 */
public record PlacementView(String placementId, String goalSlug, String status, Instant startedAt,
        Instant finishedAt, int maxItems, int answered, boolean done, PlacementResult result) {

    public static final String IN_PROGRESS = "IN_PROGRESS";
    public static final String COMPLETED = "COMPLETED";
    public static final String SKIPPED = "SKIPPED";

    /** The modules the placement put the learner past, in path order. */
    public record PlacementResult(List<PlacedModule> placedModules) {
        public PlacementResult {
            placedModules = placedModules == null ? List.of() : List.copyOf(placedModules);
        }
    }

    /**
     * @param shownSkill the skill whose answers showed it (code), with its name
     * @param sentence   the recommender's sentence for the learner, written from the same values
     */
    public record PlacedModule(String slug, String title, String shownSkill, String shownSkillName,
            String sentence) {
    }
}
