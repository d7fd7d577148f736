package org.learnpath.recommender.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.learnpath.learner.KnowledgeSpace;
import org.learnpath.learner.PlacementConfig;
import org.learnpath.rest.ProblemException;
import org.learnpath.rest.ProblemType;

/**
 * The knowledge space of each goal a placement is asked for, enumerated once per catalog revision and kept: the
 * largest seeded goal (ML Interview Ready, about 303,000 down-sets) takes a noticeable moment to enumerate, and every
 * placement request needs it (a goal beyond the enumeration limit is drawn instead, about 1 s for a million draws). A
 * goal placement cannot weigh is remembered as such too. Spaces of older revisions are dropped
 * as soon as a newer revision is asked for.
 */
@ApplicationScoped
public class KnowledgeSpaces {

    private record Key(long revision, String goalSlug, int maxStates, int samples) {
    }

    private final ConcurrentHashMap<Key, FutureTask<KnowledgeSpace>> spaces = new ConcurrentHashMap<>();

    /**
     * The goal's knowledge space in this catalog.
     *
     * A goal with more down-sets than {@code config.maxStates()} gets a sampled space ({@link KnowledgeSpace#of(
     * org.learnpath.learner.CatalogGraph, String, PlacementConfig)}).
     *
     * @throws ProblemException 409 placement-too-large for a module with more skills than placement weighs
     */
    public KnowledgeSpace of(Catalog catalog, String goalSlug, PlacementConfig config) {
        Key key = new Key(catalog.revision(), goalSlug, config.maxStates(), config.samples());
        FutureTask<KnowledgeSpace> task = spaces.get(key);
        if (task == null) {
            FutureTask<KnowledgeSpace> created = new FutureTask<>(
                    () -> KnowledgeSpace.of(catalog.graph(), goalSlug, config));
            task = spaces.putIfAbsent(key, created);
            if (task == null) {
                task = created;
                spaces.keySet().removeIf(k -> k.revision() < key.revision());
                // Enumerated on the caller's thread; callers asking for the same space meanwhile wait for it.
                created.run();
            }
        }
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the knowledge space of " + goalSlug + " was built", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IllegalArgumentException tooLarge) {
                // A module teaching more skills than placement weighs.
                throw new ProblemException(ProblemType.PLACEMENT_TOO_LARGE, 409, "Goal '" + goalSlug
                        + "' has no placement assessment: " + tooLarge.getMessage());
            }
            spaces.remove(key, task); // not a property of the goal: the next request tries again
            throw new IllegalStateException("the knowledge space of " + goalSlug + " could not be built", e.getCause());
        }
    }
}
