package org.learnpath.recommender.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
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
import org.learnpath.recommender.config.RecommenderConfig;
import org.learnpath.recommender.service.Planning;

/** What this service publishes, queued in the transaction of the change that caused it (libs/outbox). */
@ApplicationScoped
public class RecommenderEvents {

    private final Outbox outbox;
    private final String deadLetterTopic;

    public RecommenderEvents(Outbox outbox, RecommenderConfig config) {
        this.outbox = outbox;
        this.deadLetterTopic = config.answers().deadLetterTopic();
    }

    /** A learner's path as it now stands, and the answer event that changed it (null: a change of the catalog). */
    public record PathChange(LearningPath path, UUID causedBy) {
    }

    public void pathUpdated(LearningPath path, UUID causedBy, Instant at) {
        pathsUpdated(List.of(new PathChange(path, causedBy)), at);
    }

    /** Several learners' path changes, queued with one statement (a batch of answers, a page of a sweep). */
    public void pathsUpdated(List<PathChange> changes, Instant at) {
        List<Outbox.Message> messages = new ArrayList<>(changes.size());
        for (PathChange change : changes) {
            LearningPath path = change.path();
            Step step = path.nextStep();
            PathUpdatedEvent event = new PathUpdatedEvent(PathUpdatedEvent.SCHEMA_VERSION, UUID.randomUUID(),
                    path.learnerId(), path.goalSlug(), at, change.causedBy(),
                    new PathUpdatedEvent.Step(step.kind().name(), step.moduleSlug(), step.skillCode(),
                            step.reason().kind().name(), step.reason().sentence()),
                    Planning.masteredModules(path), path.modules().size(), path.complete());
            messages.add(new Outbox.Message(PathTopic.NAME, path.learnerId(), PathUpdatedEvent.CE_TYPE,
                    EventJson.write(event), event.eventId(), at));
        }
        outbox.publishAll(messages);
    }

    public void deadLetter(DeadLetter letter) {
        // The same bad record redelivered gets the same id, so readers of the dead-letter topic can deduplicate.
        UUID id = UUID.nameUUIDFromBytes((letter.sourceTopic() + "/" + letter.partition() + "/" + letter.offset())
                .getBytes(StandardCharsets.UTF_8));
        outbox.publish(deadLetterTopic, letter.recordKey(), DeadLetter.CE_TYPE, EventJson.write(letter), id,
                letter.failedAt());
    }
}
