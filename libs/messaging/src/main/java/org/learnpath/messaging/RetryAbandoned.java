package org.learnpath.messaging;

/**
 * The application stopped while a record was still failing transiently. The record is neither applied nor
 * dead-lettered: {@link BoundedDeadLetterQueue} leaves it unacknowledged, so its offset is not committed and it comes
 * again after the restart.
 */
public class RetryAbandoned extends RuntimeException {

    public RetryAbandoned(String message, Throwable cause) {
        super(message, cause);
    }
}
