package org.learnpath.recommender.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.learnpath.events.EventJson;
import org.learnpath.events.path.PathTopic;
import org.learnpath.events.path.PathUpdatedEvent;
import org.learnpath.learner.LearningPath;
import org.learnpath.learner.Step;
import org.learnpath.outbox.Outbox;
import org.learnpath.recommender.service.PathEvents;
import org.learnpath.recommender.service.Planning;

/** Queues path events on the path topic, in the transaction of the change that caused them (libs/outbox). */
@ApplicationScoped
public class PathOutboxWriter implements PathEvents {

    private final Outbox outbox;

    public PathOutboxWriter(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Queued with one statement. */
    @Override
    public void pathsUpdated(List<PathChange> changes, Instant at) {
        List<Outbox.Message> messages = new ArrayList<>(changes.size());
        for (PathChange change : changes) {
            LearningPath path = change.path();
            Step step = path.nextStep();
            PathUpdatedEvent event = new PathUpdatedEvent(PathUpdatedEvent.SCHEMA_VERSION, UUID.randomUUID(),
                    path.learnerId(), path.goalSlug(), at, change.causedBy(),
                    new PathUpdatedEvent.Step(step.kind().name(), step.moduleSlug(), step.skillCode(),
                            step.reason().kind().name(), step.reason().sentence()),
                    Planning.masteredModules(path), path.modules().size(),
                    Planning.masteredModules(path) == path.modules().size(), change.organization(), path.complete());
            messages.add(new Outbox.Message(PathTopic.NAME, path.learnerId(), PathUpdatedEvent.CE_TYPE,
                    EventJson.write(event), event.eventId(), at));
        }
        outbox.publishAll(messages);
    }
}
