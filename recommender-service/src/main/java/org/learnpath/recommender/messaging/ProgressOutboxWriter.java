package org.learnpath.recommender.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.learnpath.events.EventJson;
import org.learnpath.events.progress.ProgressEvent;
import org.learnpath.events.progress.ProgressTopic;
import org.learnpath.outbox.Outbox;
import org.learnpath.recommender.model.AssignmentCompletion;
import org.learnpath.recommender.model.AssignmentPair;
import org.learnpath.recommender.service.AssignmentEvents;

/**
 * Queues progress events on the progress topic, keyed by learner, in the transaction that recorded the completions
 * (libs/outbox). The event id is the one stored with the completion record.
 */
@ApplicationScoped
public class ProgressOutboxWriter implements AssignmentEvents {

    private final Outbox outbox;

    public ProgressOutboxWriter(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Queued with one statement. */
    @Override
    public void completed(List<AssignmentCompletion> completions, Instant at) {
        List<Outbox.Message> messages = new ArrayList<>(completions.size());
        for (AssignmentCompletion completion : completions) {
            AssignmentPair pair = completion.pair();
            ProgressEvent event = ProgressEvent.assignmentCompleted(completion.eventId(), pair.learnerId(),
                    pair.organization(), pair.assignmentId(), pair.goalSlug(), completion.completedAt(), at);
            messages.add(new Outbox.Message(ProgressTopic.NAME, pair.learnerId(), ProgressEvent.CE_TYPE,
                    EventJson.write(event), event.eventId(), at));
        }
        outbox.publishAll(messages);
    }
}
