package org.learnpath.recommender.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.learnpath.learner.AnswerObservation;
import org.learnpath.learner.ItemDifficulty;
import org.learnpath.learner.LearnerSnapshot;
import org.learnpath.learner.LearningPath;
import org.learnpath.learner.SkillMastery;
import org.learnpath.recommender.config.RecommenderConfig;
import org.learnpath.recommender.model.ConsumedAnswer;
import org.learnpath.recommender.model.DeadLetter;
import org.learnpath.recommender.model.LearnerGoal;
import org.learnpath.recommender.repository.AnswerRepository;
import org.learnpath.recommender.repository.GoalRepository;
import org.learnpath.recommender.repository.MasteryRepository;
import org.learnpath.recommender.repository.PlacementRepository;

/**
 * Applies one consumed batch in one database transaction: dead letters queued, answers naming another organization
 * than their learner's refused (dead-lettered too, see {@link LearnerOrganizations}), new answers recorded (the
 * record's unique event id drops redeliveries) once no replay of learner states is being written (see
 * {@link ReplayGate}), masteries and item calibrations updated, and each learner whose path changed announced.
 * Either all of it commits or none; the consumer commits offsets only afterwards.
 *
 * <p>A placement answer (purpose PLACEMENT) is recorded with its purpose and linked to the learner's placement in
 * progress if it is the learner's first answer to the item the placement names (see {@link PlacementService} and
 * PlacementRepository.link), and nothing more: it measures what the learner knew before, so it
 * is no learning opportunity (no BKT update, no learning transition), calibrates no item, and moves no path until the
 * placement is finished.
 */
@ApplicationScoped
public class AnswerIngest {

    private final AnswerRepository answers;
    private final MasteryRepository masteries;
    private final PlacementRepository placements;
    private final GoalRepository goals;
    private final LearnerOrganizations organizations;
    private final PlanningFactory planning;
    private final PathEvents paths;
    private final AssignmentCompletions completions;
    private final DeadLetterEvents deadLetters;
    private final ReplayGate gate;
    private final Event<AnswerBatchApplied> applied;
    private final Counter appliedCounter;
    private final Counter duplicateCounter;
    private final Counter deadLetterCounter;
    private final Counter pathCounter;
    private final Timer batchTimer;
    // One per lane: a lane's learners (its partitions') are disjoint from every other lane's.
    private final LearnerStateCache[] caches;

    public AnswerIngest(AnswerRepository answers, MasteryRepository masteries, PlacementRepository placements,
            GoalRepository goals, LearnerOrganizations organizations, PlanningFactory planning, PathEvents paths,
            AssignmentCompletions completions, DeadLetterEvents deadLetters, ReplayGate gate,
            Event<AnswerBatchApplied> applied, MeterRegistry registry, RecommenderConfig config) {
        this.answers = answers;
        this.masteries = masteries;
        this.placements = placements;
        this.goals = goals;
        this.organizations = organizations;
        this.planning = planning;
        this.paths = paths;
        this.completions = completions;
        this.deadLetters = deadLetters;
        this.gate = gate;
        this.applied = applied;
        this.appliedCounter = registry.counter("learnpath.answers.applied");
        this.duplicateCounter = registry.counter("learnpath.answers.duplicates");
        this.deadLetterCounter = registry.counter("learnpath.answers.dead.lettered");
        this.pathCounter = registry.counter("learnpath.paths.updated");
        this.batchTimer = Timer.builder("learnpath.answers.batch").publishPercentiles(0.5, 0.99).register(registry);
        this.caches = new LearnerStateCache[config.answers().lanes()];
        for (int lane = 0; lane < caches.length; lane++) {
            caches[lane] = new LearnerStateCache(Math.max(1, config.answers().cachedLearners() / caches.length));
        }
        registry.gauge("learnpath.answers.cached.learners", caches,
                all -> Arrays.stream(all).mapToInt(LearnerStateCache::size).sum());
    }

    /**
     * Forgets every cached learner state: called by the consumer whenever partitions move or a batch failed,
     * i.e. whenever the database may hold states this instance did not write.
     */
    public void forgetCachedStates() {
        for (LearnerStateCache cache : caches) {
            cache.clear();
        }
    }

    /**
     * @param lane     the consumer lane applying it (see RecommenderConfig.Answers#lanes): its batches come one at a
     *                 time, and hold the learners of its partitions only
     * @param batch    parsed answers in consumption order (per partition, by offset)
     * @param rejected records that cannot be applied, for the dead-letter topic
     * @return how many answers were new (the rest were redeliveries)
     */
    public int apply(int lane, List<ConsumedAnswer> batch, List<DeadLetter> rejected) {
        try {
            return apply(lane, batch, rejected, true);
        } catch (RuntimeException e) {
            if (!alreadyStored(e)) {
                throw e;
            }
            // A redelivery (after a crash or a rebalance): rolled back, and applied again keeping only new answers.
            return apply(lane, batch, rejected, false);
        }
    }

    private int apply(int lane, List<ConsumedAnswer> batch, List<DeadLetter> rejected, boolean expectAllNew) {
        LearnerStateCache cache = caches[lane];
        AnswerBatch.Result[] committed = new AnswerBatch.Result[1];
        LearnerOrganizations.Admission[] admitted = new LearnerOrganizations.Admission[1];
        int fresh = batchTimer.record(() -> QuarkusTransaction.requiringNew().call(() -> {
            rejected.forEach(deadLetters::deadLetter);
            LearnerOrganizations.Admission admission = organizations.admit(batch, cache);
            admission.refused().forEach(deadLetters::deadLetter);
            List<ConsumedAnswer> applicable = admission.admitted();
            Applied result = applicable.isEmpty() ? Applied.NONE
                    : applyAnswers(lane, cache, applicable, expectAllNew);
            int applied = result.count();
            // Observed by tests only (see AnswerBatchApplied).
            this.applied.fire(new AnswerBatchApplied(batch.size() + rejected.size(), applied));
            committed[0] = result.traced();
            admitted[0] = admission;
            return applied;
        }));
        // Only now, after the commit, do the new states become what this instance believes is stored.
        if (committed[0] != null) {
            cache.merge(committed[0].before(), committed[0].changedSkills());
        }
        cache.rememberOrganizations(admitted[0].recorded());
        int refused = admitted[0].refused().size();
        appliedCounter.increment(fresh);
        duplicateCounter.increment(batch.size() - refused - fresh);
        deadLetterCounter.increment(rejected.size() + refused);
        return fresh;
    }

    private static boolean alreadyStored(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AnswerRepository.AlreadyStored) {
                return true;
            }
        }
        return false;
    }

    /**
     * What a batch's transaction did with its new answers.
     *
     * @param traced the ordinary answers' application (null when there were none)
     * @param count  new answers, placement answers included
     */
    private record Applied(AnswerBatch.Result traced, int count) {
        static final Applied NONE = new Applied(null, 0);
    }

    /** Runs inside the batch's transaction: every repository call below shares its connection. */
    private Applied applyAnswers(int lane, LearnerStateCache cache, List<ConsumedAnswer> batch,
            boolean expectAllNew) {
        // First, before any learner state is read or written: a replay after a refit may be rewriting them.
        if (!gate.enterBatch(lane)) {
            cache.clear();
        }
        Set<String> inserted;
        if (expectAllNew) {
            answers.insertAll(batch);
            inserted = new HashSet<>();
            batch.forEach(stored -> inserted.add(stored.answer().eventId()));
        } else {
            inserted = answers.insertNew(batch);
        }
        if (inserted.isEmpty()) {
            return Applied.NONE;
        }
        List<AnswerObservation> fresh = new ArrayList<>(inserted.size());
        List<ConsumedAnswer> placement = new ArrayList<>();
        Set<String> learners = new LinkedHashSet<>();
        Map<String, Double> priors = new HashMap<>();
        for (ConsumedAnswer stored : batch) {
            AnswerObservation answer = stored.answer();
            // remove(): an event repeated inside one batch is applied once too.
            if (inserted.remove(answer.eventId())) {
                if (stored.placement()) {
                    placement.add(stored);
                    continue;
                }
                fresh.add(answer);
                learners.add(answer.learnerId());
                priors.putIfAbsent(answer.itemId(), answer.itemPriorDifficulty());
            }
        }
        if (!placement.isEmpty()) {
            // Weighed at the item's calibrated difficulty, as the placement asked it: no placement answer moves it.
            placements.link(placement, masteries.difficulties(
                    placement.stream().map(a -> a.answer().itemId()).distinct().toList()));
        }
        if (fresh.isEmpty()) {
            return new Applied(null, placement.size());
        }
        Map<String, Map<String, SkillMastery>> states = cache.find(learners);
        if (states.size() < learners.size()) {
            Set<String> missing = new LinkedHashSet<>(learners);
            missing.removeAll(states.keySet());
            masteries.load(missing).forEach((learner, stored) -> {
                Map<String, SkillMastery> byCode = new HashMap<>();
                stored.forEach(state -> byCode.put(state.skillCode(), state));
                states.put(learner, byCode);
            });
        }
        List<ItemDifficulty> items = masteries.readItems(priors);
        Planning plans = planning.current();
        AnswerBatch.Result result = AnswerBatch.apply(plans.model(), fresh, states, items);
        masteries.upsert(result.changedSkills());
        announcePaths(result);
        // Completed assignments, recorded and announced with the answers that completed them. Before the item rows
        // are locked: it may wait for an assignment being created for the same learners (see AssignmentCompletions).
        completions.afterBatch(plans, fresh, items, result);
        // Last: the item rows are locked from here to the commit (see MasteryRepository.addItemChanges).
        masteries.addItemChanges(items, result.items());
        return new Applied(result, result.appliedCount() + placement.size());
    }

    private void announcePaths(AnswerBatch.Result result) {
        Instant now = Instant.now();
        // Most answers cannot move a learner's place in the path: those learners are neither planned nor locked.
        // Only the others' goals are locked (see GoalRepository.lock), and judged again under the lock. A change
        // that time alone causes (a skill decaying into review) is announced with the next answer touching it.
        Planning unlocked = planning.current();
        List<String> candidates = new ArrayList<>();
        for (LearnerGoal goal : goals.find(result.learners()).values()) {
            if (mayChangePath(unlocked, goal, result, now)) {
                candidates.add(goal.learnerId());
            }
        }
        if (candidates.isEmpty()) {
            return;
        }
        Map<String, LearnerGoal> chosen = goals.lock(candidates);
        // Planned with the catalog in force once the goals are locked: a catalog sweep that announced paths for
        // these learners meanwhile (see PathSweep) has committed, and what is announced here is the latest word.
        Planning plans = planning.current();
        Map<String, String> announced = new HashMap<>();
        List<PathEvents.PathChange> changes = new ArrayList<>();
        for (LearnerGoal goal : chosen.values()) {
            if (!mayChangePath(plans, goal, result, now)) {
                continue;
            }
            LearnerSnapshot snapshot = plans.snapshot(goal.learnerId(),
                    result.statesAfter(goal.learnerId()).values(), now);
            LearningPath path = plans.path(goal.goalSlug(), snapshot);
            String signature = Planning.signature(path);
            if (!signature.equals(goal.pathSignature())) {
                announced.put(goal.learnerId(), signature);
                AnswerObservation cause = result.lastAnswer().get(goal.learnerId());
                changes.add(new PathEvents.PathChange(path, UUID.fromString(cause.eventId()), goal.organization()));
            }
        }
        paths.pathsUpdated(changes, now);
        pathCounter.increment(changes.size());
        goals.pathsAnnounced(announced, now);
    }

    private static boolean mayChangePath(Planning plans, LearnerGoal goal, AnswerBatch.Result result, Instant now) {
        // An organization's own goal is planned for its members only (a learner of no known organization has none).
        if (!plans.catalog().hasGoalFor(goal.goalSlug(), goal.organization())) {
            return false;
        }
        return goal.pathSignature() == null || plans.mayChangePath(result.statesBefore(goal.learnerId()),
                result.changedSkills().get(goal.learnerId()), now);
    }
}
