package org.learnpath.recommender.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;
import org.learnpath.learner.StepKind;

/**
 * Counts the recommendations handed out, by what was asked ({@code path} or {@code next}) and the step's kind, as
 * {@code learnpath_recommendations_served_total}: the share of reviews and completed goals tells operators how
 * learners are doing without reading anyone's data. Counters are created up front so that the hot path only
 * increments.
 */
@ApplicationScoped
public class RecommendationsServed {

    private final Map<StepKind, Counter> paths = new EnumMap<>(StepKind.class);
    private final Map<StepKind, Counter> nexts = new EnumMap<>(StepKind.class);

    public RecommendationsServed(MeterRegistry registry) {
        for (StepKind kind : StepKind.values()) {
            paths.put(kind, counter(registry, "path", kind));
            nexts.put(kind, counter(registry, "next", kind));
        }
    }

    private static Counter counter(MeterRegistry registry, String request, StepKind kind) {
        return Counter.builder("learnpath.recommendations.served")
                .description("Paths and next steps served to learners, portals and integrations")
                .tag("request", request)
                .tag("step", kind.name())
                .register(registry);
    }

    void served(StepKind kind, boolean withItem) {
        (withItem ? nexts : paths).get(kind).increment();
    }
}
