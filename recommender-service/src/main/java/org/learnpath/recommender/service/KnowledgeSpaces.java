package org.learnpath.recommender.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.learnpath.learner.KnowledgeSpace;
import org.learnpath.rest.ProblemException;
import org.learnpath.rest.ProblemType;

/**
 * The knowledge space of each goal a placement is asked for, enumerated once per catalog revision and kept: the
 * largest seeded goal (ML Interview Ready, about 303,000 down-sets) takes a noticeable moment to enumerate, and every
 * placement request needs it. A goal found too large is remembered as such too. Spaces of older revisions are dropped
 * as soon as a newer revision is asked for.
 */
@ApplicationScoped
public class KnowledgeSpaces {

    private record Key(long revision, String goalSlug, int maxStates) {
    }

    private final ConcurrentHashMap<Key, FutureTask<KnowledgeSpace>> spaces = new ConcurrentHashMap<>();

    /**
     * The goal's knowledge space in this catalog.
     *
     * @throws ProblemException 409 placement-too-large when the goal has more than {@code maxStates} down-sets, or a
     *                          module with more skills than placement weighs
     */
    public KnowledgeSpace of(Catalog catalog, String goalSlug, int maxStates) {
        Key key = new Key(catalog.revision(), goalSlug, maxStates);
        FutureTask<KnowledgeSpace> task = spaces.get(key);
        if (task == null) {
            FutureTask<KnowledgeSpace> created = new FutureTask<>(
                    () -> KnowledgeSpace.of(catalog.graph(), goalSlug, maxStates));
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
                // KnowledgeSpace.TooLargeException, or a module teaching more skills than placement weighs.
                throw new ProblemException(ProblemType.PLACEMENT_TOO_LARGE, 409, "Goal '" + goalSlug
                        + "' has no placement assessment: " + tooLarge.getMessage());
            }
            spaces.remove(key, task); // not a property of the goal: the next request tries again
            throw new IllegalStateException("the knowledge space of " + goalSlug + " could not be built", e.getCause());
        }
    }
}
