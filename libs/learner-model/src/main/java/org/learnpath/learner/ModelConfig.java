package org.learnpath.learner;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the learner model is parameterised by.
 *
 * @param skillParameters   fitted BKT parameters per skill code (e.g. from {@link BktFitter})
 * @param defaultParameters parameters for skills without a fit yet
 * @param forgetting        decay of mastery between practices
 * @param elo               item difficulty calibration
 * @param dedupeWindow      event ids remembered per learner to drop redeliveries (see {@link LearnerModel}); 0 turns
 *                          deduplication off
 */
public record ModelConfig(Map<String, BktParameters> skillParameters, BktParameters defaultParameters,
        Forgetting forgetting, EloParameters elo, int dedupeWindow) {

    /**
     * Parameters before any refit: a learner is assumed not to know a skill (prior 0.2), learns it at 15% of
     * opportunities, guesses 20% of items (many items are multiple choice) and slips on 10%.
     */
    public static final BktParameters DEFAULT_PARAMETERS = new BktParameters(0.2, 0.15, 0.2, 0.1);

    public ModelConfig {
        skillParameters = Map.copyOf(skillParameters);
        Objects.requireNonNull(defaultParameters, "defaultParameters");
        Objects.requireNonNull(forgetting, "forgetting");
        Objects.requireNonNull(elo, "elo");
        if (dedupeWindow < 0) {
            throw new IllegalArgumentException("dedupeWindow must be >= 0");
        }
    }

    /** {@link #DEFAULT_PARAMETERS} for every skill, forgetting half-life 30 days, default Elo, 1,024 ids. */
    public static ModelConfig defaults() {
        return new ModelConfig(Map.of(), DEFAULT_PARAMETERS, Forgetting.halfLife(Duration.ofDays(30)),
                EloParameters.DEFAULT, 1024);
    }

    public BktParameters parameters(String skillCode) {
        return skillParameters.getOrDefault(skillCode, defaultParameters);
    }

    public ModelConfig withSkillParameters(Map<String, BktParameters> parameters) {
        Map<String, BktParameters> merged = new HashMap<>(skillParameters);
        merged.putAll(parameters);
        return new ModelConfig(merged, defaultParameters, forgetting, elo, dedupeWindow);
    }

    public ModelConfig withDefaultParameters(BktParameters parameters) {
        return new ModelConfig(skillParameters, parameters, forgetting, elo, dedupeWindow);
    }

    public ModelConfig withForgetting(Forgetting value) {
        return new ModelConfig(skillParameters, defaultParameters, value, elo, dedupeWindow);
    }

    public ModelConfig withElo(EloParameters value) {
        return new ModelConfig(skillParameters, defaultParameters, forgetting, value, dedupeWindow);
    }

    public ModelConfig withDedupeWindow(int value) {
        return new ModelConfig(skillParameters, defaultParameters, forgetting, elo, value);
    }
}
