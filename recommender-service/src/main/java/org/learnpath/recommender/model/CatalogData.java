package org.learnpath.recommender.model;

import java.util.List;

/** The catalog and item bank as stored by the replicas, before it is assembled into a graph. */
public record CatalogData(long revision, List<Skill> skills, List<Module> modules, List<Goal> goals,
        List<Item> items) {

    public record Skill(String code, String name) {
    }

    public record Module(String slug, String title, List<String> skillCodes, List<String> prerequisites) {
    }

    /** @param organization the organization whose own goal this is (only its members see it), null for everyone's */
    public record Goal(String slug, String name, List<String> moduleSlugs, String organization) {
    }

    /**
     * A recommendable (published) item.
     *
     * @param guessFloor P(correct) of a blind pick given the item's format, from its item event; 0 when the event
     *                   does not say (no floor)
     */
    public record Item(String id, List<String> skillCodes, double priorDifficulty, double guessFloor) {

        /** An item whose format is not known: no guessing floor. */
        public Item(String id, List<String> skillCodes, double priorDifficulty) {
            this(id, skillCodes, priorDifficulty, 0);
        }
    }
}
