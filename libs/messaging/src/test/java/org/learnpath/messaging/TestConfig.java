package org.learnpath.messaging;

import java.time.Duration;

/** Settings for unit tests: millisecond backoffs. */
record TestConfig(int unknownAttempts, Duration unreadyAfter) implements MessagingConfig {

    @Override
    public int maxValueBytes() {
        return 4096;
    }

    @Override
    public Retry retry() {
        return new Retry() {
            @Override
            public Duration initialBackoff() {
                return Duration.ofMillis(1);
            }

            @Override
            public Duration maxBackoff() {
                return Duration.ofMillis(4);
            }

            @Override
            public int unknownAttempts() {
                return unknownAttempts;
            }

            @Override
            public Duration unreadyAfter() {
                return unreadyAfter;
            }
        };
    }

    @Override
    public DeadLetter deadLetter() {
        throw new UnsupportedOperationException();
    }
}
