package org.learnpath.recommender.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;
import org.learnpath.learner.AnswerObservation;
import org.learnpath.learner.BktParameters;
import org.learnpath.learner.FitProblem;
import org.learnpath.learner.ModelConfig;
import org.learnpath.learner.ModelFit;
import org.learnpath.learner.TracedFitOptions;
import org.learnpath.learner.MemoryFit;
import org.learnpath.learner.MemoryFitter;
import org.learnpath.learner.MemoryModel;
import org.learnpath.learner.MemoryParameters;
import org.learnpath.learner.TracedModelFitter;
import org.learnpath.recommender.config.RecommenderConfig;
import org.learnpath.recommender.model.FittedSkill;
import org.learnpath.recommender.repository.AnswerRepository;
import org.learnpath.recommender.repository.MasteryRepository;
import org.learnpath.recommender.repository.RefitRunRepository.RefitRun;
import org.learnpath.recommender.repository.RefitRunRepository.Replay;
import org.learnpath.recommender.repository.RefitRunRepository.Trigger;
import org.learnpath.recommender.repository.RefitRunRepository;
import org.learnpath.recommender.repository.SkillParametersRepository;

/**
 * Refits the learner model from the stored answers, on a schedule and on demand, while consumption goes on, and then
 * brings every learner's state in line with it. One refit (fit and replay) runs at a time across every instance
 * sharing the database (see {@link RefitRunRepository}).
 *
 * <ol>
 *   <li><b>Fit.</b> {@link TracedModelFitter} fits each skill's parameters under exactly the emission tracing uses
 *       (item difficulty, guessing floor, several-skill items, repeats weighted), on every stored answer read on its
 *       own connection. A skill the fitter sets aside (too few learners or answers, or a degenerate estimate, see
 *       {@link FitProblem}) uses the defaults; the degenerate ones are logged, counted in the run and, once the
 *       version is in force, on the gauge {@code learnpath.refit.degenerate.skills} (see {@link ModelSettings}) so
 *       that operators can alert on them.</li>
 *   <li><b>A new model version.</b> In one transaction: the run recorded (its id is the version), the skill parameters
 *       replaced as a whole, the fit's re-centred item difficulties stored with the run as the snapshot tracing uses
 *       (so that replaying the same answers under the same version always gives the same states), and the running Elo
 *       calibration of those items reset to them, so that prediction and item choice start from the numbers tracing
 *       uses. Every instance puts the version in force (see {@link ModelSettings}).</li>
 *   <li><b>Replay.</b> {@link LearnerReplay} recomputes every learner's states from their answers under the new
 *       version; answers arriving meanwhile are neither lost nor applied to stale states ({@link ReplayGate}). The run
 *       records how many learners and answers were replayed and how long it took. A replay cut short (the instance
 *       died) is done again at the next scheduled check.</li>
 * </ol>
 */
@ApplicationScoped
public class RefitService {

    private static final Logger LOG = Logger.getLogger(RefitService.class);

    private final AnswerRepository answers;
    private final SkillParametersRepository parameters;
    private final MasteryRepository masteries;
    private final ModelSettings settings;
    private final RefitRunRepository runs;
    private final LearnerReplay replay;
    private final TracedFitOptions options;
    private final Duration every; // null: scheduled refits are off
    // Within this instance, so that a second caller does not hold a second database connection while it waits.
    private final ReentrantLock running = new ReentrantLock();

    public RefitService(AnswerRepository answers, SkillParametersRepository parameters, MasteryRepository masteries,
            RefitRunRepository runs, ModelSettings settings, LearnerReplay replay, RecommenderConfig config) {
        this.answers = answers;
        this.parameters = parameters;
        this.masteries = masteries;
        this.runs = runs;
        this.settings = settings;
        this.replay = replay;
        TracedFitOptions d = TracedFitOptions.DEFAULT;
        // The planner's threshold: a prior at it would count every learner as mastering the skill from the start.
        this.options = new TracedFitOptions(d.maxGuess(), d.maxSlip(), config.masteryThreshold(), d.learnNearOne(),
                config.refit().minSequences(), d.minAnswers(), d.priorStrength(), d.centring(), d.maxRounds(),
                d.maxEvaluations(), d.parallel());
        String every = config.refit().every().trim();
        this.every = every.equalsIgnoreCase("off") || every.equalsIgnoreCase("disabled") ? null
                : DurationConverter.parseDuration(every);
    }

    /**
     * A skill whose fit was set aside: it traces with the defaults.
     *
     * @param estimate what the fit gave (the defaults when it was not fitted)
     */
    public record SetAside(String skillCode, Set<FitProblem> problems, BktParameters estimate, int learners,
            int answers) {

        /** Set aside for its estimate rather than for too little data. */
        public boolean degenerate() {
            return problems.stream().anyMatch(p -> p != FitProblem.TOO_FEW_LEARNERS && p != FitProblem.TOO_FEW_ANSWERS);
        }
    }

    /**
     * @param version  the refit run's id: the version of the model now in force
     * @param skills   skills whose fitted parameters are used
     * @param setAside skills that use the defaults, with why
     * @param replay   the replay of every learner's state under the new version
     * @param took     fit and replay together
     */
    public record Refit(Instant at, long version, long answers, List<FittedSkill> skills, List<SetAside> setAside,
            LearnerReplay.Result replay, Duration took) {

        /** The codes of the skills set aside. */
        public List<String> skipped() {
            return setAside.stream().map(SetAside::skillCode).toList();
        }
    }

    /** The parameters in force, per fitted skill (skills not listed use the defaults). */
    public List<FittedSkill> parameters() {
        return parameters.all();
    }

    /** How skills are fitted. */
    public TracedFitOptions options() {
        return options;
    }

    /**
     * Every {@code check-every}, on each instance: puts a model another instance fitted in force, finishes a replay an
     * instance left unfinished, and refits if no refit completed within {@code every} (on any instance, by schedule or
     * on request) and none is running anywhere. Judging by the last completed refit rather than by this process's
     * start keeps restarts and replicas from each reading the whole history again.
     */
    @Scheduled(every = "${learnpath.recommender.refit.check-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        settings.reloadIfChanged();
        finishReplay().ifPresent(done -> LOG.infof("Replay finished: %d learners, %d answers in %d ms",
                done.learners(), done.answers(), done.took().toMillis()));
        if (every == null) {
            return;
        }
        runIfDue(every).ifPresent(refit -> LOG.infof(
                "Refit %d: %d skills fitted, %d set aside, from %d answers; %d learners replayed; %d ms",
                refit.version(), refit.skills().size(), refit.setAside().size(), refit.answers(),
                refit.replay().learners(), refit.took().toMillis()));
    }

    /**
     * Runs a refit now; a caller arriving while one runs (here or on another instance) waits for it to end
     * rather than fitting twice at once.
     */
    public Refit run() {
        running.lock();
        try {
            return underRefitLock(true, null, Trigger.REQUEST).orElseThrow();
        } finally {
            running.unlock();
        }
    }

    /**
     * Runs a refit if the last completed one finished at least {@code age} ago (or there was none) and no refit
     * is running on any instance; empty when it did not run.
     */
    public Optional<Refit> runIfDue(Duration age) {
        if (!running.tryLock()) {
            return Optional.empty();
        }
        try {
            return underRefitLock(false, age, Trigger.SCHEDULE);
        } finally {
            running.unlock();
        }
    }

    /**
     * Replays every learner's state under the latest version if its replay did not finish (the instance running it
     * died) and no refit is running anywhere; empty when there was nothing to do or another instance is busy.
     */
    public Optional<LearnerReplay.Result> finishReplay() {
        if (!running.tryLock()) {
            return Optional.empty();
        }
        try {
            return runs.whileLocked(false, () -> {
                RefitRunRepository.Stamp stamp = runs.stamp();
                if (stamp.replayed()) {
                    return Optional.empty();
                }
                settings.reloadUnless(stamp.version());
                return Optional.of(replay(stamp.version()));
            });
        } finally {
            running.unlock();
        }
    }

    /**
     * Fits while holding the cross-instance refit lock: waits for it or gives up at once, and with {@code age}
     * set, fits only if the last completed refit is at least that old.
     */
    private Optional<Refit> underRefitLock(boolean wait, Duration age, Trigger trigger) {
        return runs.whileLocked(wait, () -> {
            if (age != null) {
                Optional<Instant> last = runs.lastFinishedAt();
                if (last.isPresent() && last.get().plus(age).isAfter(Instant.now())) {
                    return Optional.empty();
                }
            }
            return Optional.of(refit(trigger));
        });
    }

    private Refit refit(Trigger trigger) {
        Instant start = Instant.now();
        Fitted fitted = fit(start, trigger);
        settings.reload();
        LearnerReplay.Result replayed = replay(fitted.version());
        return new Refit(fitted.at(), fitted.version(), fitted.answers(), fitted.skills(), fitted.setAside(),
                replayed, Duration.between(start, Instant.now()));
    }

    private record Fitted(Instant at, long version, long answers, List<FittedSkill> skills, List<SetAside> setAside) {
    }

    /** Fits and stores the new version; the answers read are dropped when it returns, before the replay. */
    private Fitted fit(Instant start, Trigger trigger) {
        List<AnswerObservation> history = readHistory();
        ModelConfig current = settings.model();
        ModelFit fit = new TracedModelFitter(options).fit(history, current);
        Map<String, Double> logLikelihoods = logLikelihoods(history, fit, current);
        Instant at = Instant.now();
        List<FittedSkill> used = new ArrayList<>();
        List<SetAside> setAside = new ArrayList<>();
        fit.skills().forEach((skill, result) -> {
            if (result.degenerate()) {
                setAside.add(new SetAside(skill, result.problems(), result.estimate(), result.learners(),
                        result.answers()));
            } else {
                used.add(new FittedSkill(skill, result.parameters(), result.learners(), result.answers(),
                        logLikelihoods.get(skill), at));
            }
        });
        MemoryParameters memory = fitMemory(history, current, fit);
        int degenerate = (int) setAside.stream().filter(SetAside::degenerate).count();
        setAside.stream().filter(SetAside::degenerate).forEach(skill -> LOG.warnf(
                "Refit: skill %s keeps the default parameters; its fit %s is degenerate: %s", skill.skillCode(),
                skill.estimate(), skill.problems()));
        // The parameters, the snapshot they belong with and the run that fitted them: together or not at all.
        long version = QuarkusTransaction.requiringNew().call(() -> {
            parameters.replaceAll(used);
            long id = runs.record(new RefitRun(start, Instant.now(), trigger, fit.answers(), used.size(),
                    setAside.size() - degenerate, degenerate, fit.logLikelihood(), null));
            runs.saveDifficulties(id, fit.itemDifficulties());
            if (memory != null) {
                runs.saveMemory(id, memory);
            }
            masteries.resetDifficulties(fit.itemDifficulties());
            return id;
        });
        return new Fitted(at, version, fit.answers(), used, setAside);
    }

    /**
     * The memory parameters from the answers' time gaps (MemoryFitter: answers to skills after they were learnt, under
     * the new fit's emission), or {@code null} when the memory model is off or there were too few such answers to fit
     * them (the configured ones stay in use).
     */
    private MemoryParameters fitMemory(List<AnswerObservation> history, ModelConfig current, ModelFit fit) {
        MemoryModel model = current.memory();
        if (model == null) {
            return null;
        }
        ModelConfig fitted = current.withSkillParameters(fit.parameters())
                .withTracingDifficulties(fit.itemDifficulties());
        MemoryFitter.Options defaults = MemoryFitter.Options.DEFAULT;
        MemoryFit memory = new MemoryFitter(new MemoryFitter.Options(model.parameters(), defaults.priorSd(),
                model.masteryThreshold(), defaults.minRetrievals(), defaults.maxEvaluations())).fit(history, fitted);
        LOG.infof("Refit: memory %s from %d answers to learnt skills (%s)", memory.parameters(), memory.retrievals(),
                memory.fitted() ? "fitted" : "too few: configured parameters kept");
        return memory.fitted() ? memory.parameters() : null;
    }

    private LearnerReplay.Result replay(long version) {
        ModelSettings.Version model = settings.version();
        if (model.id() != version) {
            throw new IllegalStateException("Model version " + model.id() + " in force, not " + version);
        }
        LearnerReplay.Result result = replay.replayAll(model.config());
        runs.recordReplay(version, new Replay(result.learners(), result.answers(), result.took(), Instant.now()));
        return result;
    }

    /**
     * Every stored answer. Ids and skill lists repeat across answers: each distinct one is kept once, which at
     * millions of answers saves most of the memory they would take.
     */
    private List<AnswerObservation> readHistory() {
        List<AnswerObservation> history = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        Map<List<String>, List<String>> skillLists = new HashMap<>();
        answers.forEachInApplicationOrder(a -> {
            String learner = ids.computeIfAbsent(a.learnerId(), id -> id);
            String item = ids.computeIfAbsent(a.itemId(), id -> id);
            List<String> skills = skillLists.computeIfAbsent(a.skillCodes(), list -> list);
            history.add(new AnswerObservation(a.eventId(), learner, item, skills, a.correct(), a.answeredAt(),
                    a.itemPriorDifficulty(), a.attemptNumber(), a.guessFloor()));
        });
        return history;
    }

    /**
     * Per skill, the log-likelihood of the answers measuring it, replayed under the fit: exact for a skill whose items
     * measure it alone; an answer to a several-skill item counts for each of its skills, the other skills' masteries
     * then following only the answers of this skill's items.
     */
    private static Map<String, Double> logLikelihoods(List<AnswerObservation> history, ModelFit fit,
            ModelConfig current) {
        Map<String, List<AnswerObservation>> bySkill = new TreeMap<>();
        for (AnswerObservation answer : history) {
            for (String skill : answer.skillCodes()) {
                bySkill.computeIfAbsent(skill, s -> new ArrayList<>()).add(answer);
            }
        }
        ModelConfig fitted = current.withSkillParameters(fit.parameters());
        Map<String, Double> result = new HashMap<>();
        bySkill.forEach((skill, list) -> result.put(skill,
                TracedModelFitter.logLikelihood(list, fitted, fit::recentredDifficulty).total()));
        return result;
    }
}
