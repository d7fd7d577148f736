package org.learnpath.recommender.service;

import org.learnpath.recommender.model.DeadLetter;

/**
 * Publishes records this service could not use on its dead-letter topic (the service's port; messaging implements it
 * on the outbox), in the transaction of the batch that refused them: the consumer moves past a refused record only
 * once its dead letter is committed.
 */
public interface DeadLetterEvents {

    void deadLetter(DeadLetter letter);
}
