package org.learnpath.recommender.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.learnpath.recommender.config.RecommenderConfig;

/** Ready only while the answer consumer runs (when it is enabled): without it, paths stop adapting. */
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
        return HealthCheckResponse.named("answer-consumer")
                .status(!enabled || consumer.isRunning())
                .withData("enabled", enabled)
                .withData("restarts", consumer.restarts())
                .build();
    }
}
