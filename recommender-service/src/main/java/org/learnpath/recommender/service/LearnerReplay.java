package org.learnpath.recommender.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.learnpath.learner.AnswerObservation;
import org.learnpath.learner.LearnerModel;
import org.learnpath.learner.ModelConfig;
import org.learnpath.learner.SkillMastery;
import org.learnpath.recommender.config.RecommenderConfig;
import org.learnpath.recommender.model.AnswerPosition;
import org.learnpath.recommender.model.PlacementSeeds;
import org.learnpath.recommender.repository.AnswerRepository;
import org.learnpath.recommender.repository.MasteryRepository;
import org.learnpath.recommender.repository.PlacementRepository;

/**
 * Recomputes every learner's skill states (mastery, evidence, last practice, counts) from their stored answers under
 * one model, after a refit put it in force: a learner's state is then a pure function of their answers and the
 * current model version, as if every answer had been applied with it, rather than a mix of whatever parameters were
 * in force when each answer came.
 *
 * <p>Learner by learner in id order, a page of {@code refit.replay-page-learners} per transaction: the page's learners
 * and all their answers are read in one statement, each learner's answers applied in application order (partition,
 * offset, as the consumer applied them) by a fresh {@link LearnerModel} without deduplication (the answer store's
 * unique event id already dropped duplicates), and their states written in one statement. Memory holds one page.
 *
 * <p>Each page takes the lock that answer batches take shared, exclusively and first thing, so that no answer is lost
 * and no batch overwrites a replayed state with one computed before it: see {@link ReplayGate}.
 *
 * <p>Placement answers are read but not traced (they never were); the seeds of each completed placement are restored
 * where it wrote them, after the learner's answer it recorded, for every skill not practised by then, exactly as
 * finishing did (see {@link PlacementService}). So replaying gives the states live ingest gave.
 *
 * <p>Not replayed: item calibrations (a refit resets them to its difficulty snapshot), announced paths (the learner's
 * next answer, or a catalog sweep, re-plans them) and recorded assignment completions (facts about a moment).
 */
@ApplicationScoped
public class LearnerReplay {

    private final AnswerRepository answers;
    private final MasteryRepository masteries;
    private final PlacementRepository placements;
    private final Event<LearnerStatesReplayed> replayed;
    private final int pageLearners;

    public LearnerReplay(AnswerRepository answers, MasteryRepository masteries, PlacementRepository placements,
            Event<LearnerStatesReplayed> replayed, RecommenderConfig config) {
        this.answers = answers;
        this.masteries = masteries;
        this.placements = placements;
        this.replayed = replayed;
        this.pageLearners = config.refit().replayPageLearners();
    }

    /** What a replay did. */
    public record Result(long learners, long answers, Duration took) {

        /** Answers replayed per second of the whole replay (reads, writes and waits for the lock included). */
        public double answersPerSecond() {
            return took.isZero() ? 0 : answers * 1e9 / took.toNanos();
        }
    }

    /** Replays every learner who has answers under {@code config}. Not inside a transaction: each page has its own. */
    public Result replayAll(ModelConfig config) {
        long start = System.nanoTime();
        ModelConfig replaying = config.withDedupeWindow(0);
        String after = "";
        long learners = 0;
        long replayedAnswers = 0;
        while (true) {
            String from = after;
            Page page = QuarkusTransaction.requiringNew().call(() -> page(replaying, from));
            if (page.learners().isEmpty()) {
                break;
            }
            learners += page.learners().size();
            replayedAnswers += page.answers();
            after = page.learners().get(page.learners().size() - 1);
        }
        return new Result(learners, replayedAnswers, Duration.ofNanos(System.nanoTime() - start));
    }

    private record Page(List<String> learners, long answers) {
    }

    /**
     * Restores, as finishing did, the seeds of the learner's completed placements written before the answer at
     * {@code before} (null: all that remain): each seed of a skill the learner has not practised by then.
     */
    private static void seed(LearnerModel model, String learner, Deque<PlacementSeeds> pending,
            AnswerPosition before) {
        while (!pending.isEmpty() && (before == null || pending.peekFirst().after() == null
                || pending.peekFirst().after().compareTo(before) < 0)) {
            for (SkillMastery seed : pending.removeFirst().seeds()) {
                if (model.skillState(learner, seed.skillCode()).map(s -> s.practiceCount() == 0).orElse(true)) {
                    model.restore(learner, seed);
                }
            }
        }
    }

    /** One page, in its own transaction. */
    private Page page(ModelConfig config, String after) {
        masteries.lockStatesForReplay();
        // Read under the lock, like the answers: no placement finishes while the page is written.
        Map<String, List<PlacementSeeds>> placed = placements.seedsOfNextLearners(after, pageLearners);
        LearnerModel model = new LearnerModel(config);
        List<String> learners = new ArrayList<>();
        long[] count = new long[1];
        Deque<PlacementSeeds> pending = new ArrayDeque<>();
        // Rows come learner by learner, each learner's in application order.
        answers.forEachOfNextLearners(after, pageLearners, stored -> {
            AnswerObservation answer = stored.answer();
            if (learners.isEmpty() || !learners.get(learners.size() - 1).equals(answer.learnerId())) {
                if (!learners.isEmpty()) {
                    seed(model, learners.get(learners.size() - 1), pending, null);
                }
                learners.add(answer.learnerId());
                pending.addAll(placed.getOrDefault(answer.learnerId(), List.of()));
            }
            seed(model, answer.learnerId(), pending, stored.position());
            // A placement answer is stored but never traced: it only marks where seeds go.
            if (!stored.placement()) {
                model.apply(answer);
                count[0]++;
            }
        });
        if (learners.isEmpty()) {
            return new Page(learners, 0);
        }
        seed(model, learners.get(learners.size() - 1), pending, null);
        Map<String, List<SkillMastery>> states = new LinkedHashMap<>();
        for (String learner : learners) {
            states.put(learner, new ArrayList<>(model.skillStates(learner).values()));
        }
        masteries.upsert(states);
        replayed.fire(new LearnerStatesReplayed(List.copyOf(learners), count[0]));
        return new Page(learners, count[0]);
    }
}
