package org.learnpath.recommender.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.learnpath.learner.EloParameters;
import org.learnpath.learner.Forgetting;
import org.learnpath.learner.MemoryModel;
import org.learnpath.learner.MemoryParameters;
import org.learnpath.learner.ModelConfig;
import org.learnpath.learner.PlannerConfig;
import org.learnpath.recommender.config.RecommenderConfig;
import org.learnpath.recommender.repository.RefitRunRepository;
import org.learnpath.recommender.repository.RefitRunRepository.StoredModel;

/**
 * The learner model in force: configured defaults plus the latest refit's version of the model, i.e. its per-skill
 * BKT parameters and the difficulty snapshot tracing uses ({@link ModelConfig#withTracingDifficulties}). A new version
 * is swapped in atomically, so consumption and planning never stop; each batch and request reads one consistent value.
 *
 * <p>Every instance reads the version from the database: at start, after its own refit, when an answer batch finds a
 * newer one stored (see {@link ReplayGate}, so that no instance applies answers with a model older than the one its
 * learners are being replayed with) and at each scheduled refit check (instances that only serve requests).
 *
 * <p>Publishes the gauge {@code learnpath.refit.degenerate.skills}: skills the version's refit set aside, which trace
 * with the defaults; {@code cause="estimate"} for degenerate fits (an alert is worth it: their answers look scripted,
 * or the model does not suit the skill), {@code cause="too-little-data"} for skills with too few learners or answers.
 */
@ApplicationScoped
public class ModelSettings {

    private final RefitRunRepository runs;
    private final ModelConfig base;
    private final PlannerConfig planner;
    private final AtomicReference<Version> current;

    /**
     * @param id               the refit run that fitted it (0: no refit, the defaults; -1: not read yet)
     * @param degenerateSkills skills that run set aside as degenerate (they use the defaults)
     * @param skippedSkills    skills that run could not fit for too little data (they use the defaults)
     */
    public record Version(long id, ModelConfig config, int degenerateSkills, int skippedSkills) {
    }

    public ModelSettings(RefitRunRepository runs, RecommenderConfig config, MeterRegistry registry) {
        this.runs = runs;
        ModelConfig model = new ModelConfig(Map.of(), ModelConfig.DEFAULT_PARAMETERS,
                Forgetting.halfLife(config.forgettingHalfLife()), EloParameters.DEFAULT, 0,
                config.repeatEvidenceWeight());
        RecommenderConfig.Memory memory = config.memory();
        this.base = !memory.enabled() ? model : model.withMemory(new MemoryModel(new MemoryParameters(
                memory.learntStabilityDays(), memory.knownStabilityDays(), memory.growth(), memory.lapseFactor()),
                config.masteryThreshold()));
        this.planner = new PlannerConfig(config.masteryThreshold(), config.targetCorrect())
                .withCertificationTarget(config.certificationTarget())
                .withReviews(memory.targetRecall(), memory.minimumReviewGap())
                .withDiagnosisThreshold(config.diagnosisThreshold());
        this.current = new AtomicReference<>(new Version(-1, base, 0, 0));
        // Of the version in force, whichever instance fitted it: every instance reports the same once it reloaded.
        registry.gauge("learnpath.refit.degenerate.skills", Tags.of("cause", "estimate"), current,
                version -> version.get().degenerateSkills());
        registry.gauge("learnpath.refit.degenerate.skills", Tags.of("cause", "too-little-data"), current,
                version -> version.get().skippedSkills());
    }

    void onStart(@Observes StartupEvent event) {
        reload();
    }

    public ModelConfig model() {
        return current.get().config();
    }

    /** The model in force with the refit it comes from. */
    public Version version() {
        return current.get();
    }

    public PlannerConfig planner() {
        return planner;
    }

    /** Reads the latest version from the database and puts it in force. */
    public synchronized void reload() {
        StoredModel stored = runs.model();
        Version was = current.get();
        // The same version keeps the same config object: the planner built for it stays valid (see PlanningFactory).
        ModelConfig config = stored.version() == was.id() && was.id() >= 0 ? was.config()
                : withMemory(base.withSkillParameters(stored.parameters()).withTracingDifficulties(stored.difficulties()),
                        stored.memory());
        current.set(new Version(stored.version(), config, stored.skillsDegenerate(), stored.skillsSkipped()));
    }

    /** The memory model with the parameters a refit fitted, when the memory model is on and it fitted them. */
    private static ModelConfig withMemory(ModelConfig config, MemoryParameters fitted) {
        MemoryModel memory = config.memory();
        return memory == null || fitted == null ? config
                : config.withMemory(new MemoryModel(fitted, memory.masteryThreshold()));
    }

    /** Puts the latest stored version in force if {@code latest} (its id) is not the one in force. */
    public void reloadUnless(long latest) {
        if (current.get().id() != latest) {
            reload();
        }
    }

    /** Puts the latest stored version in force if another instance's refit stored a newer one. */
    public void reloadIfChanged() {
        reloadUnless(runs.stamp().version());
    }
}
