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
 * @param repeatWeight      how much a learner's answer to an item they answered before counts, per earlier attempt,
 *                          in (0, 1]: the n-th attempt at an item counts with weight {@code repeatWeight^(n-1)} (see
 *                          {@link ResponseModel#update(BktParameters[], double[], double, boolean, double)})
 * @param tracingDifficulties the difficulty each item is traced with, by item id: a fixed snapshot (e.g. the
 *                          re-centred difficulties of the fit that gave {@code skillParameters}, see {@link ModelFit}),
 *                          so that replaying the same answers under the same configuration gives the same state; an
 *                          item absent from it is traced with the difficulty its answer event carries (the author's)
 * @param memory            the memory of learnt skills ({@link MemoryModel}): when set, reviews follow predicted
 *                          recall instead of decayed mastery (see {@link PathPlanner}), and mastery should not decay
 *                          ({@code forgetting} {@link Forgetting#NONE}): mastery says what the answers showed was
 *                          learnt, recall how likely it is still there. {@code null}: no memory model
 */
public record ModelConfig(Map<String, BktParameters> skillParameters, BktParameters defaultParameters,
        Forgetting forgetting, EloParameters elo, int dedupeWindow, double repeatWeight,
        Map<String, Double> tracingDifficulties, MemoryModel memory) {

    /**
     * A learner who answers an item again has seen it, and usually its key and explanation: the second answer is
     * half the evidence of the first, the third a quarter, and so on.
     */
    public static final double DEFAULT_REPEAT_WEIGHT = 0.5;

    /**
     * Parameters before any refit: a learner is assumed not to know a skill (prior 0.2), learns it at 15% of
     * opportunities, guesses 20% of items (many items are multiple choice) and slips on 10%.
     */
    public static final BktParameters DEFAULT_PARAMETERS = new BktParameters(0.2, 0.15, 0.2, 0.1);

    public ModelConfig {
        skillParameters = Map.copyOf(skillParameters);
        tracingDifficulties = Map.copyOf(tracingDifficulties);
        Objects.requireNonNull(defaultParameters, "defaultParameters");
        Objects.requireNonNull(forgetting, "forgetting");
        Objects.requireNonNull(elo, "elo");
        if (dedupeWindow < 0) {
            throw new IllegalArgumentException("dedupeWindow must be >= 0");
        }
        if (!(repeatWeight > 0 && repeatWeight <= 1)) {
            throw new IllegalArgumentException("repeatWeight must be within (0, 1]");
        }
    }

    /** No memory model. */
    public ModelConfig(Map<String, BktParameters> skillParameters, BktParameters defaultParameters,
            Forgetting forgetting, EloParameters elo, int dedupeWindow, double repeatWeight,
            Map<String, Double> tracingDifficulties) {
        this(skillParameters, defaultParameters, forgetting, elo, dedupeWindow, repeatWeight, tracingDifficulties,
                null);
    }

    /** No difficulty snapshot: every item traced with the difficulty its answer carries. */
    public ModelConfig(Map<String, BktParameters> skillParameters, BktParameters defaultParameters,
            Forgetting forgetting, EloParameters elo, int dedupeWindow, double repeatWeight) {
        this(skillParameters, defaultParameters, forgetting, elo, dedupeWindow, repeatWeight, Map.of());
    }

    public ModelConfig(Map<String, BktParameters> skillParameters, BktParameters defaultParameters,
            Forgetting forgetting, EloParameters elo, int dedupeWindow) {
        this(skillParameters, defaultParameters, forgetting, elo, dedupeWindow, DEFAULT_REPEAT_WEIGHT);
    }

    /** The difficulty an answer to {@code itemId} is traced with: the snapshot's, else the answer's own. */
    public double tracingDifficulty(String itemId, double answerDifficulty) {
        Double snapshot = tracingDifficulties.get(itemId);
        return snapshot != null ? snapshot : answerDifficulty;
    }

    /** The weight of the evidence of a learner's {@code attemptNumber}-th answer to the same item. */
    public double evidenceWeight(int attemptNumber) {
        return attemptNumber <= 1 ? 1 : Math.pow(repeatWeight, attemptNumber - 1);
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
        return new ModelConfig(merged, defaultParameters, forgetting, elo, dedupeWindow,
                repeatWeight, tracingDifficulties, memory);
    }

    public ModelConfig withDefaultParameters(BktParameters parameters) {
        return new ModelConfig(skillParameters, parameters, forgetting, elo, dedupeWindow,
                repeatWeight, tracingDifficulties, memory);
    }

    public ModelConfig withForgetting(Forgetting value) {
        return new ModelConfig(skillParameters, defaultParameters, value, elo, dedupeWindow,
                repeatWeight, tracingDifficulties, memory);
    }

    public ModelConfig withElo(EloParameters value) {
        return new ModelConfig(skillParameters, defaultParameters, forgetting, value, dedupeWindow,
                repeatWeight, tracingDifficulties, memory);
    }

    public ModelConfig withRepeatWeight(double value) {
        return new ModelConfig(skillParameters, defaultParameters, forgetting, elo, dedupeWindow, value,
                tracingDifficulties, memory);
    }

    /** These settings tracing with the difficulty snapshot {@code value} (see {@link #tracingDifficulties()}). */
    public ModelConfig withTracingDifficulties(Map<String, Double> value) {
        return new ModelConfig(skillParameters, defaultParameters, forgetting, elo, dedupeWindow, repeatWeight, value,
                memory);
    }

    /**
     * These settings with {@code value} as the memory model (see {@link #memory()}), and mastery no longer decaying:
     * reviews follow recall.
     */
    public ModelConfig withMemory(MemoryModel value) {
        return new ModelConfig(skillParameters, defaultParameters, Forgetting.NONE, elo, dedupeWindow, repeatWeight,
                tracingDifficulties, value);
    }

    public ModelConfig withDedupeWindow(int value) {
        return new ModelConfig(skillParameters, defaultParameters, forgetting, elo, value,
                repeatWeight, tracingDifficulties, memory);
    }
}
