package org.learnpath.assessment.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.learnpath.assessment.model.AssessmentSession;
import org.learnpath.assessment.model.SessionKind;

public record SessionView(UUID id, SessionKind kind, String target, List<String> skills, int plannedItems,
        AssessmentSession.Status status, Instant createdAt, Instant completedAt) {

    static SessionView of(AssessmentSession s) {
        return new SessionView(s.id, s.kind, s.target, List.of(s.skillCodes), s.plannedItems, s.status, s.createdAt,
                s.completedAt);
    }
}
