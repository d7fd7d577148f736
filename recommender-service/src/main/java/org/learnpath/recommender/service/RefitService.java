package org.learnpath.recommender.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.learnpath.learner.BktFit;
import org.learnpath.learner.BktFitter;
import org.learnpath.learner.FitOptions;
import org.learnpath.recommender.config.RecommenderConfig;
import org.learnpath.recommender.repository.AnswerRepository;
import org.learnpath.recommender.repository.SkillParametersRepository;
import org.learnpath.recommender.repository.SkillParametersRepository.FittedSkill;

/**
 * Fits each skill's BKT parameters (EM) from the stored answers, on a schedule and on demand, while consumption
 * goes on: it reads the history on its own connection and swaps the parameters atomically at the end. Answers
 * applied before a refit keep the states they produced; later answers use the new parameters.
 */
@ApplicationScoped
public class RefitService {

    private static final Logger LOG = Logger.getLogger(RefitService.class);

    private final DataSource dataSource;
    private final AnswerRepository answers;
    private final SkillParametersRepository parameters;
    private final ModelSettings settings;
    private final int minSequences;
    private final ReentrantLock running = new ReentrantLock();

    public RefitService(DataSource dataSource, AnswerRepository answers, SkillParametersRepository parameters,
            ModelSettings settings, RecommenderConfig config) {
        this.dataSource = dataSource;
        this.answers = answers;
        this.parameters = parameters;
        this.settings = settings;
        this.minSequences = config.refit().minSequences();
    }

    /**
     * @param skills       skills refitted
     * @param skipped      skills with answers but fewer than the minimum number of learner sequences, or whose
     *                     answers gave a degenerate fit (see {@link BktFit#degenerate()}): they keep their parameters
     */
    public record Refit(Instant at, long answers, List<FittedSkill> skills, List<String> skipped, Duration took) {
    }

    @Scheduled(every = "${learnpath.recommender.refit.every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        Refit refit = run();
        LOG.infof("Refit: %d skills from %d answers in %d ms", refit.skills().size(), refit.answers(),
                refit.took().toMillis());
    }

    /** Runs a refit now; a second caller waits for the running one rather than fitting twice at once. */
    public Refit run() {
        running.lock();
        try {
            Instant start = Instant.now();
            Map<String, List<boolean[]>> sequences = new TreeMap<>();
            long[] count = new long[1];
            try (Connection c = dataSource.getConnection()) {
                // Rows come learner by learner, each learner's in application order.
                Map<String, List<Boolean>> current = new HashMap<>();
                String[] learner = new String[1];
                answers.forEachInApplicationOrder(c, answer -> {
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
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
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
            try (Connection c = dataSource.getConnection()) {
                parameters.save(c, fitted);
                settings.use(parameters.all(c));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return new Refit(at, count[0], fitted, skipped, Duration.between(start, Instant.now()));
        } finally {
            running.unlock();
        }
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
