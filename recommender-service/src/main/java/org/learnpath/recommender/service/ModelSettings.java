package org.learnpath.recommender.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.learnpath.learner.BktParameters;
import org.learnpath.learner.EloParameters;
import org.learnpath.learner.Forgetting;
import org.learnpath.learner.ModelConfig;
import org.learnpath.learner.PlannerConfig;
import org.learnpath.recommender.config.RecommenderConfig;
import org.learnpath.recommender.model.FittedSkill;
import org.learnpath.recommender.repository.SkillParametersRepository;

/**
 * The learner model's current parameters: configured defaults plus the last refit's per-skill BKT parameters.
 * A refit swaps them atomically, so consumption and planning never stop; each batch and request reads one
 * consistent value.
 */
@ApplicationScoped
public class ModelSettings {

    private final SkillParametersRepository parameters;
    private final ModelConfig base;
    private final PlannerConfig planner;
    private final AtomicReference<ModelConfig> current;

    public ModelSettings(SkillParametersRepository parameters, RecommenderConfig config) {
        this.parameters = parameters;
        this.base = new ModelConfig(Map.of(), ModelConfig.DEFAULT_PARAMETERS,
                Forgetting.halfLife(config.forgettingHalfLife()), EloParameters.DEFAULT, 0,
                config.repeatEvidenceWeight());
        this.planner = new PlannerConfig(config.masteryThreshold(), config.targetCorrect())
                .withCertificationTarget(config.certificationTarget());
        this.current = new AtomicReference<>(base);
    }

    void onStart(@Observes StartupEvent event) {
        reload();
    }

    public ModelConfig model() {
        return current.get();
    }

    public PlannerConfig planner() {
        return planner;
    }

    public void reload() {
        use(parameters.all());
    }

    public void use(List<FittedSkill> fitted) {
        Map<String, BktParameters> bySkill = new HashMap<>();
        fitted.forEach(skill -> bySkill.put(skill.skillCode(), skill.parameters()));
        current.set(base.withSkillParameters(bySkill));
    }
}
