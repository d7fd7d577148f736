package org.learnpath.learner;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Settings of the placement assessment ({@link Placement}) and of the knowledge-state model it reasons with
 * ({@link KnowledgeStateModel}).
 *
 * @param maxItems           the most items one placement asks (20)
 * @param minInformationBits the placement ends early once no item is expected to tell more than this (in bits) about
 *                           the learner's knowledge state: further answers would barely change it
 * @param breadths           the prior over knowledge states is a mixture over these breadths b: walking the goal's
 *                           modules in study order, each skill of a module whose required modules are fully known is
 *                           known with probability b (a novice is a small b, an expert a large one)
 * @param breadthWeights     the weight of each breadth in the mixture (they need not sum to 1)
 * @param maxStates          the most down-sets of fully known modules a goal's space enumerates ({@link KnowledgeSpace});
 *                           a larger goal's space is a sample of them
 * @param samples            for a goal with more down-sets: how many draws from the prior its sampled space holds
 * @param seedCap            the most P(known) placement alone gives a skill: the knowledge-state model assumes
 *                           prerequisites hold strictly, and real learners sometimes know a topic without what it
 *                           builds on, so placement evidence stops short of certainty (0.999: a skill placement
 *                           established needs no further certification check)
 */
public record PlacementConfig(int maxItems, double minInformationBits, List<Double> breadths,
        List<Double> breadthWeights, int maxStates, double seedCap, int samples) {
    /** Ten breadths 0.05, 0.15, ..., 0.95, equally weighted: no opinion on how much the population knows. */
    public static final List<Double> UNIFORM_BREADTHS = grid(10);

    public static final PlacementConfig DEFAULT = new PlacementConfig(20, 0.02, UNIFORM_BREADTHS,
            UNIFORM_BREADTHS.stream().map(b -> 1.0).toList(), 2_000_000, 0.999, 1_000_000);

    public PlacementConfig {
        if (maxItems < 1) {
            throw new IllegalArgumentException("maxItems must be at least 1, was " + maxItems);
        }
        if (!(minInformationBits >= 0 && minInformationBits < 1)) {
            throw new IllegalArgumentException("minInformationBits must be within [0, 1), was " + minInformationBits);
        }
        breadths = List.copyOf(Objects.requireNonNull(breadths, "breadths"));
        breadthWeights = List.copyOf(Objects.requireNonNull(breadthWeights, "breadthWeights"));
        if (breadths.isEmpty() || breadths.size() != breadthWeights.size()) {
            throw new IllegalArgumentException("breadths and breadthWeights must be non-empty and of equal size");
        }
        for (int i = 0; i < breadths.size(); i++) {
            double b = breadths.get(i);
            double w = breadthWeights.get(i);
            if (!(b > 0 && b < 1)) {
                throw new IllegalArgumentException("a breadth must be within (0, 1), was " + b);
            }
            if (!(w >= 0 && Double.isFinite(w))) {
                throw new IllegalArgumentException("a breadth weight must be finite and not negative, was " + w);
            }
        }
        if (breadthWeights.stream().mapToDouble(Double::doubleValue).sum() <= 0) {
            throw new IllegalArgumentException("the breadth weights must not all be 0");
        }
        if (maxStates < 1) {
            throw new IllegalArgumentException("maxStates must be at least 1, was " + maxStates);
        }
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be at least 1, was " + samples);
        }
        if (!(seedCap > 0.5 && seedCap < 1)) {
            throw new IllegalArgumentException("seedCap must be within (0.5, 1), was " + seedCap);
        }
    }

    /** These settings with another item budget. */
    public PlacementConfig withMaxItems(int value) {
        return new PlacementConfig(value, minInformationBits, breadths, breadthWeights, maxStates, seedCap, samples);
    }

    /** These settings with another threshold of information below which the placement ends. */
    public PlacementConfig withMinInformationBits(double value) {
        return new PlacementConfig(maxItems, value, breadths, breadthWeights, maxStates, seedCap, samples);
    }

    /** These settings with another limit on a goal's down-sets. */
    public PlacementConfig withMaxStates(int value) {
        return new PlacementConfig(maxItems, minInformationBits, breadths, breadthWeights, value, seedCap, samples);
    }

    /** These settings with another cap on what placement alone proves. */
    public PlacementConfig withSeedCap(double value) {
        return new PlacementConfig(maxItems, minInformationBits, breadths, breadthWeights, maxStates, value, samples);
    }

    /** These settings with another prior over breadths. */
    public PlacementConfig withBreadths(List<Double> values, List<Double> weights) {
        return new PlacementConfig(maxItems, minInformationBits, values, weights, maxStates, seedCap, samples);
    }

    /** These settings with another number of draws for a sampled space. */
    public PlacementConfig withSamples(int value) {
        return new PlacementConfig(maxItems, minInformationBits, breadths, breadthWeights, maxStates, seedCap, value);
    }

    /** {@code n} breadths at the middles of n equal intervals of (0, 1). */
    static List<Double> grid(int n) {
        List<Double> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add((i + 0.5) / n);
        }
        return List.copyOf(values);
    }
}
