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
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;
import org.learnpath.learner.BktFit;
import org.learnpath.learner.BktFitter;
import org.learnpath.learner.FitOptions;
import org.learnpath.recommender.config.RecommenderConfig;
import org.learnpath.recommender.model.FittedSkill;
import org.learnpath.recommender.repository.AnswerRepository;
import org.learnpath.recommender.repository.RefitRunRepository.RefitRun;
import org.learnpath.recommender.repository.RefitRunRepository.Trigger;
import org.learnpath.recommender.repository.RefitRunRepository;
import org.learnpath.recommender.repository.SkillParametersRepository;

/**
 * Fits each skill's BKT parameters (EM) from the stored answers, on a schedule and on demand, while consumption
 * goes on: it reads the history on its own connection and swaps the parameters atomically at the end. Answers
 * applied before a refit keep the states they produced; later answers use the new parameters. One refit runs at
 * a time across every instance sharing the database (see {@link RefitRunRepository}).
 */
@ApplicationScoped
public class RefitService {

    private static final Logger LOG = Logger.getLogger(RefitService.class);

    private final AnswerRepository answers;
    private final SkillParametersRepository parameters;
    private final ModelSettings settings;
    private final RefitRunRepository runs;
    private final int minSequences;
    private final Duration every; // null: scheduled refits are off
    // Within this instance, so that a second caller does not hold a second database connection while it waits.
    private final ReentrantLock running = new ReentrantLock();

    public RefitService(AnswerRepository answers, SkillParametersRepository parameters,
            RefitRunRepository runs, ModelSettings settings, RecommenderConfig config) {
        this.answers = answers;
        this.parameters = parameters;
        this.runs = runs;
        this.settings = settings;
        this.minSequences = config.refit().minSequences();
        String every = config.refit().every().trim();
        this.every = every.equalsIgnoreCase("off") || every.equalsIgnoreCase("disabled") ? null
                : DurationConverter.parseDuration(every);
    }

    /**
     * @param skills       skills refitted
     * @param skipped      skills with answers but fewer than the minimum number of learner sequences, or whose
     *                     answers gave a degenerate fit (see {@link BktFit#degenerate()}): they keep their parameters
     */
    public record Refit(Instant at, long answers, List<FittedSkill> skills, List<String> skipped, Duration took) {
    }

    /** The parameters in force, per fitted skill (skills not listed use the defaults). */
    public List<FittedSkill> parameters() {
        return parameters.all();
    }

    /**
     * Every {@code check-every}, on each instance: refits if no refit completed within {@code every} (on any instance,
     * by schedule or on request) and none is running anywhere. Judging by the last completed refit rather than by
     * this process's start keeps restarts and replicas from each reading the whole history again.
     */
    @Scheduled(every = "${learnpath.recommender.refit.check-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (every == null) {
            return;
        }
        runIfDue(every).ifPresent(refit -> LOG.infof("Refit: %d skills from %d answers in %d ms",
                refit.skills().size(), refit.answers(), refit.took().toMillis()));
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
            return Optional.of(fit(trigger));
        });
    }

    private Refit fit(Trigger trigger) {
        Instant start = Instant.now();
        Map<String, List<boolean[]>> sequences = new TreeMap<>();
        long[] count = new long[1];
        // Rows come learner by learner, each learner's in application order.
        Map<String, List<Boolean>> current = new HashMap<>();
        String[] learner = new String[1];
        answers.forEachInApplicationOrder(answer -> {
            if (!answer.learnerId().equals(learner[0])) {
                flush(current, sequences);
                learner[0] = answer.learnerId();
            }
            count[0]++;
            for (String skill : answer.skillCodes()) {
                current.computeIfAbsent(skill, s -> new ArrayList<>()).add(answer.correct());
            }
        });
        flush(current, sequences);
        Map<String, List<boolean[]>> enough = new TreeMap<>();
        List<String> skipped = new ArrayList<>();
        sequences.forEach((skill, list) -> {
            if (list.size() >= minSequences) {
                enough.put(skill, list);
            } else {
                skipped.add(skill);
            }
        });
        Map<String, BktFit> fits = new BktFitter(FitOptions.DEFAULT).fitAll(enough);
        Instant at = Instant.now();
        List<FittedSkill> fitted = new ArrayList<>();
        fits.forEach((skill, fit) -> {
            if (fit.degenerate()) {
                LOG.warnf("Refit: skill %s keeps its parameters; its answers fit %s, as if scripted", skill,
                        fit.parameters());
                skipped.add(skill);
            } else {
                fitted.add(new FittedSkill(skill, fit.parameters(), fit.sequences(), fit.observations(),
                        fit.logLikelihood(), at));
            }
        });
        // The parameters and the run that fitted them are stored together or not at all.
        QuarkusTransaction.requiringNew().run(() -> {
            parameters.save(fitted);
            runs.record(new RefitRun(start, Instant.now(), trigger, count[0], fitted.size(), skipped.size()));
        });
        settings.use(parameters.all());
        return new Refit(at, count[0], fitted, skipped, Duration.between(start, Instant.now()));
    }

    private static void flush(Map<String, List<Boolean>> current, Map<String, List<boolean[]>> sequences) {
        current.forEach((skill, list) -> {
            boolean[] sequence = new boolean[list.size()];
            for (int i = 0; i < sequence.length; i++) {
                sequence[i] = list.get(i);
            }
            sequences.computeIfAbsent(skill, s -> new ArrayList<>()).add(sequence);
        });
        current.clear();
    }
}
