package org.learnpath.learner;

import java.util.Random;

/**
 * The learners enterprise upskilling sees, by how much of a goal they know before they start: four in ten novices
 * (up to a fifth of the goal), four in ten partly trained (30-70%), two in ten experienced (at least 70%).
 *
 * @param minShare the least share of the goal's skills a learner of the segment knows
 * @param maxShare the most
 * @param weight   the segment's share of the population
 */
public enum PopulationSegment {
    NOVICE(0.0, 0.2, 0.4),
    PARTLY_TRAINED(0.3, 0.7, 0.4),
    EXPERIENCED(0.7, 1.0, 0.2);

    private final double minShare;
    private final double maxShare;
    private final double weight;

    PopulationSegment(double minShare, double maxShare, double weight) {
        this.minShare = minShare;
        this.maxShare = maxShare;
        this.weight = weight;
    }

    public double minShare() {
        return minShare;
    }

    public double maxShare() {
        return maxShare;
    }

    public double weight() {
        return weight;
    }

    /** A segment drawn with the population's weights. */
    public static PopulationSegment draw(Random random) {
        double u = random.nextDouble();
        for (PopulationSegment segment : values()) {
            u -= segment.weight;
            if (u < 0) {
                return segment;
            }
        }
        return EXPERIENCED;
    }

    /** A share of the goal known, uniform within the segment's range. */
    public double drawShare(Random random) {
        return minShare + (maxShare - minShare) * random.nextDouble();
    }
}
