package org.learnpath.recommender.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.learnpath.learner.ItemDifficulty;
import org.learnpath.recommender.repository.MasteryRepository;
import org.learnpath.rest.ProblemException;

/** What the model has learned about an item's difficulty, for authors comparing it with their own estimate. */
@ApplicationScoped
public class ItemDifficulties {

    private final MasteryRepository repository;

    public ItemDifficulties(MasteryRepository repository) {
        this.repository = repository;
    }

    /** The item's Elo difficulty now; an item never received from the item bank nor answered is 404. */
    public ItemDifficulty of(UUID itemId) {
        return repository.itemDifficulty(itemId)
                .orElseThrow(() -> ProblemException.notFound("Item", itemId.toString()));
    }
}
