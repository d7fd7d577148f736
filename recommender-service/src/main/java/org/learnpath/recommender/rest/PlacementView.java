package org.learnpath.recommender.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.learnpath.recommender.model.PlacementFindings;
import org.learnpath.recommender.model.StoredPlacement;
import org.learnpath.recommender.service.Catalog;
import org.learnpath.recommender.service.PlacementService;

/**
 * A placement assessment of a goal. While it is IN_PROGRESS, {@code next} is the item to answer next (served by the
 * assessment service at {@code questionPath}, answered in a session of kind PLACEMENT) and {@code done} says the
 * placement has nothing more to ask: the client finishes it. Once COMPLETED, {@code result} says where it placed the
 * learner.
 *
 * @param answered the placement answers received so far: an answer counts once the recommender has consumed it,
 *                 shortly after the assessment graded it; wait for it to grow before asking for the next item
 * @param next     the item to ask next; null unless IN_PROGRESS with an item left to ask
 * @param done     IN_PROGRESS with nothing left to ask (budget spent, or no item would tell enough): finish it
 * @param result   what a COMPLETED placement found; null otherwise
 */
public record PlacementView(UUID placementId, String learnerId, String goalSlug, String status, Instant startedAt,
        Instant finishedAt, int maxItems, int answered, PlacementNextItemView next, boolean done,
        PlacementResultView result) {

    /**
     * @param moduleSlug      the module of the goal whose skills the item measures
     * @param informationGain bits of information about the learner's knowledge state its answer is expected to give
     * @param predictedCorrect P(correct) under the placement's current belief
     */
    public record PlacementNextItemView(String itemId, List<String> skillCodes, String moduleSlug, String moduleTitle,
            String questionPath, double informationGain, double predictedCorrect) {
    }

    /**
     * @param placedModules the modules the learner starts past, in study order, each with why
     * @param skills        every skill of the goal in study order: P(known) after the placement, and its answers
     */
    public record PlacementResultView(List<PlacedModuleView> placedModules, List<PlacementSkillView> skills) {
    }

    /**
     * @param shownSkill the skill whose right answer placed the learner past the module (one of its own, or of a
     *                   module building on it); null when no right answer did
     * @param sentence   the same in words, as the path shows it
     */
    public record PlacedModuleView(String slug, String title, String shownSkill, String shownSkillName,
            String sentence) {
    }

    /** @param known P(known) given the placement's answers */
    public record PlacementSkillView(String code, String name, double known, int answered, int correct) {
    }

    static PlacementView of(PlacementService.PlacementState state) {
        StoredPlacement placement = state.placement();
        Catalog catalog = state.catalog();
        PlacementNextItemView next = state.next().map(n -> new PlacementNextItemView(n.item().item().itemId(),
                n.item().item().skillCodes(), n.moduleSlug(), catalog.moduleTitle(n.moduleSlug()),
                "/api/questions/" + n.item().item().itemId(), Views.round(n.item().informationGain()),
                Views.round(n.item().pCorrect()))).orElse(null);
        return new PlacementView(placement.id(), placement.learnerId(), placement.goalSlug(),
                placement.status().name(), placement.startedAt(), placement.finishedAt(), placement.maxItems(),
                placement.answered(), next, state.done(), result(state.findings(), catalog));
    }

    private static PlacementResultView result(PlacementFindings findings, Catalog catalog) {
        if (findings == null) {
            return null;
        }
        return new PlacementResultView(
                findings.modules().stream().map(m -> new PlacedModuleView(m.moduleSlug(),
                        catalog.moduleTitle(m.moduleSlug()), m.shownSkill(),
                        m.shownSkill() == null ? null : catalog.skillName(m.shownSkill()), m.sentence())).toList(),
                findings.skills().stream().map(s -> new PlacementSkillView(s.skillCode(),
                        catalog.skillName(s.skillCode()), Views.round(s.known()), s.answered(), s.correct()))
                        .toList());
    }
}
