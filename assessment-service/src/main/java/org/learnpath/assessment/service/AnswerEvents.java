package org.learnpath.assessment.service;

import java.util.List;
import org.learnpath.assessment.model.Attempt;

/**
 * Queues the answer events of stored attempts (the service's port; messaging implements it on the outbox), in the
 * attempts' own transaction, so that there is never an answer without its event nor an event without its answer.
 */
public interface AnswerEvents {

    /**
     * Queues the events of attempts stored in this transaction, in the order given (each with its item and the
     * traceparent of the request that sent it).
     */
    void answered(List<Attempt> attempts, List<GradedItem> items, List<String> traceparents);
}
