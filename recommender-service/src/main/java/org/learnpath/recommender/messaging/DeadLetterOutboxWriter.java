package org.learnpath.recommender.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.learnpath.events.EventJson;
import org.learnpath.outbox.Outbox;
import org.learnpath.recommender.config.RecommenderConfig;
import org.learnpath.recommender.model.DeadLetter;
import org.learnpath.recommender.service.DeadLetterEvents;

/** Queues dead letters on the answers' dead-letter topic, in the transaction of the batch that refused them. */
@ApplicationScoped
public class DeadLetterOutboxWriter implements DeadLetterEvents {

    static final String CE_TYPE = "org.learnpath.recommender.answer.rejected";

    private final Outbox outbox;
    private final String deadLetterTopic;

    public DeadLetterOutboxWriter(Outbox outbox, RecommenderConfig config) {
        this.outbox = outbox;
        this.deadLetterTopic = config.answers().deadLetterTopic();
    }

    @Override
    public void deadLetter(DeadLetter letter) {
        // The same bad record redelivered gets the same id, so readers of the dead-letter topic can deduplicate.
        UUID id = UUID.nameUUIDFromBytes((letter.sourceTopic() + "/" + letter.partition() + "/" + letter.offset())
                .getBytes(StandardCharsets.UTF_8));
        outbox.publish(deadLetterTopic, letter.recordKey(), CE_TYPE, EventJson.write(letter), id, letter.failedAt());
    }
}
