package org.learnpath.recommender.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.learnpath.recommender.config.RecommenderConfig;

/**
 * Ready only while the answer consumer runs (when it is enabled) and no partition has records waiting without progress
 * for longer than the stall timeout: without it, paths stop adapting.
 */
@Readiness
@ApplicationScoped
public class AnswerConsumerHealth implements HealthCheck {

    private final AnswerConsumer consumer;
    private final boolean enabled;

    public AnswerConsumerHealth(AnswerConsumer consumer, RecommenderConfig config) {
        this.consumer = consumer;
        this.enabled = config.answers().enabled();
    }

    @Override
    public HealthCheckResponse call() {
        Optional<String> stalled = enabled ? consumer.stalled() : Optional.empty();
        var response = HealthCheckResponse.named("answer-consumer")
                .status(!enabled || (consumer.isRunning() && stalled.isEmpty()))
                .withData("enabled", enabled)
                .withData("restarts", consumer.restarts());
        stalled.ifPresent(partition -> response.withData("stalled", partition));
        return response.build();
    }
}
