package org.learnpath.recommender.rest;

import org.learnpath.learner.Reason;

/** Why: structured for clients and analytics, and one plain sentence for the learner. */
public record ReasonView(String kind, String skillCode, Double mastery, double threshold, String blockedModule,
        String sentence) {

    static ReasonView of(Reason reason) {
        return new ReasonView(reason.kind().name(), reason.skillCode(),
                reason.skillCode() == null && reason.mastery() == 0 ? null : Views.round(reason.mastery()),
                reason.threshold(), reason.blockedModule(), reason.sentence());
    }
}
