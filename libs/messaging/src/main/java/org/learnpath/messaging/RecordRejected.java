package org.learnpath.messaging;

/**
 * A record that can never be applied, whatever the number of attempts: its value breaks the contract, its key does
 * not match it, it is too large. It goes to the dead-letter topic and consumption goes on.
 */
public class RecordRejected extends RuntimeException {

    public RecordRejected(String reason) {
        super(reason);
    }

    public RecordRejected(String reason, Throwable cause) {
        super(reason, cause);
    }
}
