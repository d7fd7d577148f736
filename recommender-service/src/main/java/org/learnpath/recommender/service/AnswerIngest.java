package org.learnpath.recommender.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.learnpath.learner.AnswerObservation;
import org.learnpath.learner.ItemDifficulty;
import org.learnpath.learner.LearnerSnapshot;
import org.learnpath.learner.LearningPath;
import org.learnpath.learner.SkillMastery;
import org.learnpath.recommender.config.RecommenderConfig;
import org.learnpath.recommender.messaging.DeadLetter;
import org.learnpath.recommender.messaging.RecommenderEvents;
import org.learnpath.recommender.repository.AnswerRepository;
import org.learnpath.recommender.repository.AnswerRepository.StoredAnswer;
import org.learnpath.recommender.repository.GoalRepository;
import org.learnpath.recommender.repository.GoalRepository.LearnerGoal;
import org.learnpath.recommender.repository.MasteryRepository;

/**
 * Applies one consumed batch in one database transaction: dead letters queued, new answers recorded (the
 * record's unique event id drops redeliveries), masteries and item calibrations updated, and each learner whose
 * path changed announced. Either all of it commits or none; the consumer commits offsets only afterwards.
 */
@ApplicationScoped
public class AnswerIngest {

    private final DataSource dataSource;
    private final AnswerRepository answers;
    private final MasteryRepository masteries;
    private final GoalRepository goals;
    private final PlanningFactory planning;
    private final RecommenderEvents events;
    private final Event<AnswerBatchApplied> applied;
    private final Counter appliedCounter;
    private final Counter duplicateCounter;
    private final Counter deadLetterCounter;
    private final Counter pathCounter;
    private final Timer batchTimer;
    private final LearnerStateCache cache;

    public AnswerIngest(DataSource dataSource, AnswerRepository answers, MasteryRepository masteries,
            GoalRepository goals, PlanningFactory planning, RecommenderEvents events, Event<AnswerBatchApplied> applied,
            MeterRegistry registry, RecommenderConfig config) {
        this.dataSource = dataSource;
        this.answers = answers;
        this.masteries = masteries;
        this.goals = goals;
        this.planning = planning;
        this.events = events;
        this.applied = applied;
        this.appliedCounter = registry.counter("learnpath.answers.applied");
        this.duplicateCounter = registry.counter("learnpath.answers.duplicates");
        this.deadLetterCounter = registry.counter("learnpath.answers.dead.lettered");
        this.pathCounter = registry.counter("learnpath.paths.updated");
        this.batchTimer = Timer.builder("learnpath.answers.batch").publishPercentiles(0.5, 0.99).register(registry);
        this.cache = new LearnerStateCache(config.answers().cachedLearners());
        registry.gauge("learnpath.answers.cached.learners", cache, LearnerStateCache::size);
    }

    /**
     * Forgets every cached learner state: called by the consumer whenever partitions move or a batch failed,
     * i.e. whenever the database may hold states this instance did not write.
     */
    public void forgetCachedStates() {
        cache.clear();
    }

    /**
     * @param batch    parsed answers in consumption order (per partition, by offset)
     * @param rejected records that cannot be applied, for the dead-letter topic
     * @return how many answers were new (the rest were redeliveries)
     */
    public int apply(List<StoredAnswer> batch, List<DeadLetter> rejected) {
        AnswerBatch.Result[] committed = new AnswerBatch.Result[1];
        int fresh = batchTimer.record(() -> QuarkusTransaction.requiringNew().call(() -> {
            rejected.forEach(events::deadLetter);
            AnswerBatch.Result result = batch.isEmpty() ? null : applyAnswers(batch);
            int applied = result == null ? 0 : result.appliedCount();
            this.applied.fire(new AnswerBatchApplied(batch.size() + rejected.size(), applied));
            committed[0] = result;
            return applied;
        }));
        // Only now, after the commit, do the new states become what this instance believes is stored.
        if (committed[0] != null) {
            cache.put(committed[0].learners());
        }
        appliedCounter.increment(fresh);
        duplicateCounter.increment(batch.size() - fresh);
        deadLetterCounter.increment(rejected.size());
        return fresh;
    }

    private AnswerBatch.Result applyAnswers(List<StoredAnswer> batch) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            Set<String> inserted = answers.insertNew(connection, batch);
            if (inserted.isEmpty()) {
                return null;
            }
            List<AnswerObservation> fresh = new ArrayList<>(inserted.size());
            Set<String> learners = new LinkedHashSet<>();
            Map<String, Double> priors = new HashMap<>();
            for (StoredAnswer stored : batch) {
                AnswerObservation answer = stored.answer();
                // remove(): an event repeated inside one batch is applied once too.
                if (inserted.remove(answer.eventId())) {
                    fresh.add(answer);
                    learners.add(answer.learnerId());
                    priors.putIfAbsent(answer.itemId(), answer.itemPriorDifficulty());
                }
            }
            Map<String, List<SkillMastery>> states = new HashMap<>(cache.find(learners));
            if (states.size() < learners.size()) {
                Set<String> missing = new LinkedHashSet<>(learners);
                missing.removeAll(states.keySet());
                states.putAll(masteries.load(connection, missing));
            }
            List<ItemDifficulty> items = masteries.lockItems(connection, priors);
            Planning plans = planning.current();
            AnswerBatch.Result result = AnswerBatch.apply(plans.model(), fresh, states, items);
            masteries.upsert(connection, result.changedSkills());
            masteries.updateItems(connection, result.items());
            announcePaths(connection, states, result);
            return result;
        }
    }

    private void announcePaths(Connection connection, Map<String, List<SkillMastery>> before,
            AnswerBatch.Result result) throws SQLException {
        Map<String, LearnerGoal> chosen = goals.lock(connection, result.learners().keySet());
        // Planned with the catalog in force once the goals are locked: a catalog sweep that announced paths for
        // these learners meanwhile (see PathSweep) has committed, and what is announced here is the latest word.
        Planning plans = planning.current();
        Instant now = Instant.now();
        Map<String, String> announced = new HashMap<>();
        for (LearnerGoal goal : chosen.values()) {
            if (!plans.catalog().hasGoal(goal.goalSlug())) {
                continue;
            }
            // Most answers cannot move a learner's place in the path; planning is skipped for those. A change that
            // time alone causes (a skill decaying into review) is announced with the next answer touching it.
            if (goal.pathSignature() != null && !plans.mayChangePath(
                    byCode(before.getOrDefault(goal.learnerId(), List.of())),
                    result.changedSkills().get(goal.learnerId()), now)) {
                continue;
            }
            LearnerSnapshot snapshot = plans.snapshot(goal.learnerId(),
                    result.learners().get(goal.learnerId()).values(), now);
            LearningPath path = plans.path(goal.goalSlug(), snapshot);
            String signature = Planning.signature(path);
            if (!signature.equals(goal.pathSignature())) {
                announced.put(goal.learnerId(), signature);
                AnswerObservation cause = result.lastAnswer().get(goal.learnerId());
                events.pathUpdated(path, UUID.fromString(cause.eventId()), now);
                pathCounter.increment();
            }
        }
        goals.pathsAnnounced(connection, announced, now);
    }

    private static Map<String, SkillMastery> byCode(List<SkillMastery> states) {
        Map<String, SkillMastery> byCode = new HashMap<>();
        states.forEach(state -> byCode.put(state.skillCode(), state));
        return byCode;
    }
}
