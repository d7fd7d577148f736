package org.learnpath.recommender.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The placement assessment ({@code /api/learners/{id}/placement}): an adaptive initial test over a goal whose result
 * starts the learner past what they already know (Placement and PlacementConfig in libs/learner-model).
 */
@ConfigMapping(prefix = "learnpath.recommender.placement")
public interface PlacementSettings {

    /**
     * The most items one placement asks. At most 20: the assessment's PLACEMENT sessions, which serve them, take no
     * more.
     */
    @WithDefault("20")
    @Min(1)
    @Max(20)
    int maxItems();

    /**
     * A placement ends before its budget once no item is expected to tell more than this many bits about the
     * learner's knowledge state.
     */
    @WithDefault("0.02")
    @DecimalMin("0")
    @DecimalMax(value = "1", inclusive = false)
    double minInformationBits();

    /**
     * The most down-sets of fully known modules a goal's knowledge space enumerates (exact inference). The largest
     * seeded goal, ML Interview Ready, has about 303,000; its space is enumerated once per catalog revision and kept. A
     * goal with more gets a sampled space instead ({@link #samples()}).
     */
    @WithDefault("2000000")
    @Min(1)
    int maxStates();

    /**
     * For a goal with more than {@link #maxStates()} down-sets: how many draws from the prior its sampled knowledge
     * space holds (importance sampling; on ML Interview Ready a million draws put P(known) after a placement within
     * 0.0012 of the exact value on average, 0.077 at worst: docs/placement.md).
     */
    @WithDefault("1000000")
    @Min(1000)
    int samples();

    /**
     * The most P(known) placement alone gives a skill: it assumes prerequisites hold strictly, which real learners
     * sometimes break, so its evidence stops short of certainty. At 0.999 a skill the placement established needs no
     * further certification check; see docs/placement.md for what the cap costs and buys.
     */
    @WithDefault("0.999")
    @DecimalMin(value = "0.5", inclusive = false)
    @DecimalMax(value = "1", inclusive = false)
    double seedCap();
}
