package org.learnpath.recommender.rest;

import java.util.List;
import java.util.Optional;
import org.learnpath.learner.ItemRecommendation;
import org.learnpath.learner.LearningPath;
import org.learnpath.recommender.service.Catalog;

/**
 * What to do now: the next step of the path and, unless the goal is complete or the step's skill has no
 * published item, the item to answer next (served by the assessment service at {@code questionPath}).
 */
public record NextView(String learnerId, String goalSlug, StepView step, NextItem item) {

    public record NextItem(String itemId, List<String> skillCodes, String skillCode, double predictedCorrect,
            String questionPath, ReasonView reason) {
    }

    static NextView of(LearningPath path, Optional<ItemRecommendation> item, Catalog catalog) {
        NextItem next = item.map(r -> new NextItem(r.item().itemId(), r.item().skillCodes(), r.skillCode(),
                Views.round(r.predictedCorrect()), "/api/questions/" + r.item().itemId(), ReasonView.of(r.reason())))
                .orElse(null);
        return new NextView(path.learnerId(), path.goalSlug(), StepView.of(path.nextStep(), catalog), next);
    }
}
