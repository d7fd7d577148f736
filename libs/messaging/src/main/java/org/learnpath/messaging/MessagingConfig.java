package org.learnpath.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How records are read into a local copy, retried when the database fails, and dead-lettered when refused. */
@ConfigMapping(prefix = "learnpath.messaging")
public interface MessagingConfig {

    /**
     * Largest record value a consumer reads, in UTF-8 bytes. A larger one is refused before it is parsed: no event of
     * these contracts comes near it, and refusing it early keeps the parser and the dead letter small.
     */
    @WithDefault("262144")
    int maxValueBytes();

    Retry retry();

    DeadLetter deadLetter();

    interface Retry {

        /** Wait after the first failed attempt; doubled after each further one, up to {@link #maxBackoff()}. */
        @WithDefault("100ms")
        Duration initialBackoff();

        @WithDefault("5s")
        Duration maxBackoff();

        /**
         * Attempts a record gets when it fails with an error that is neither known to pass (database unreachable,
         * deadlock, ...) nor known to be the record's fault; after that it is dead-lettered. See
         * {@link ReplicaApplier}.
         */
        @WithDefault("10")
        int unknownAttempts();

        /**
         * Readiness turns DOWN once a record has been failing for this long, and UP again when it is applied (or
         * dead-lettered). Not at the first failure: a blip of a few hundred milliseconds should not take the
         * instance out of its load balancer.
         */
        @WithDefault("10s")
        Duration unreadyAfter();
    }

    /** Bounds of what a dead letter copies from the refused record, so that a dead letter can always be written. */
    interface DeadLetter {

        @WithDefault("65536")
        int maxValueBytes();

        @WithDefault("1024")
        int maxKeyBytes();

        /** Names and values of the refused record's own headers, all together; the rest are dropped. */
        @WithDefault("8192")
        int maxHeaderBytes();

        /** Of the reason and its cause, each. */
        @WithDefault("2048")
        int maxReasonBytes();
    }
}
