package org.learnpath.assessment.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.learnpath.assessment.model.Attempt;
import org.learnpath.assessment.service.AnswerEvents;
import org.learnpath.assessment.service.GradedItem;
import org.learnpath.assessment.service.GuessFloor;
import org.learnpath.events.EventJson;
import org.learnpath.events.answer.AnswerEvent;
import org.learnpath.events.answer.AnswerTopic;
import org.learnpath.outbox.Outbox;

/** Queues the answer event of a stored attempt, in the attempt's own transaction. */
@ApplicationScoped
public class AnswerOutboxWriter implements AnswerEvents {

    private final Outbox outbox;

    public AnswerOutboxWriter(Outbox outbox) {
        this.outbox = outbox;
    }

    /**
     * Queues the events of attempts stored in this transaction, in the order given (each with its item and the
     * traceparent of the request that sent it).
     */
    @Override
    public void answered(List<Attempt> attempts, List<GradedItem> items, List<String> traceparents) {
        List<Outbox.Message> messages = new ArrayList<>(attempts.size());
        for (int i = 0; i < attempts.size(); i++) {
            Attempt attempt = attempts.get(i);
            GradedItem item = items.get(i);
            AnswerEvent event = new AnswerEvent(AnswerEvent.SCHEMA_VERSION, attempt.eventId, attempt.learnerId,
                    item.id(), attempt.itemVersion, item.skillCodes(), attempt.correct, attempt.score,
                    attempt.responseTimeMillis, attempt.answeredAt, attempt.sessionId, attempt.id, attempt.attemptNumber,
                    attempt.source, item.difficulty(), attempt.organization, GuessFloor.of(item),
                    attempt.purpose);
            // Keyed by learner: one learner's answers land on one partition, in the order they were stored.
            messages.add(new Outbox.Message(AnswerTopic.NAME, attempt.learnerId, AnswerEvent.CE_TYPE,
                    EventJson.write(event), event.eventId(), attempt.recordedAt, traceparents.get(i)));
        }
        outbox.publishAll(messages);
    }
}
