package org.learnpath.catalog.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "learnpath.catalog")
public interface CatalogConfig {

    Outbox outbox();

    Topic topic();

    Paging paging();

    interface Outbox {
        /** How often the relay looks for unpublished events (a scheduler period such as "1s" or "0.2s"). */
        @WithDefault("1s")
        String pollEvery();

        /** Delay before the first relay run after start-up. */
        @WithDefault("1s")
        String firstPollAfter();

        /** Most events published per relay transaction. */
        @WithDefault("200")
        int batchSize();

        /** How long the relay waits for Kafka to acknowledge a batch before retrying it later. */
        @WithDefault("15s")
        Duration sendTimeout();

        /** Readiness turns DOWN when the oldest unpublished event is older than this. */
        @WithDefault("5m")
        Duration stuckAfter();
    }

    interface Topic {
        @WithDefault("learnpath.catalog.v1")
        String name();

        @WithDefault("3")
        int partitions();

        @WithDefault("1")
        short replicationFactor();
    }

    interface Paging {
        @WithDefault("20")
        int defaultSize();

        @WithDefault("100")
        int maxSize();
    }
}
