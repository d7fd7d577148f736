package org.learnpath.learner;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The learner model: per learner and skill a {@link SkillMastery} (BKT with lazy forgetting), per item an
 * {@link ItemDifficulty} (Elo). {@link #apply} folds one answer in, in O(number of skills of the item).
 *
 * <p><b>Determinism.</b> The state is a pure function of the sequence of applied observations: no clock, no
 * randomness, no iteration over hash order. Replays must use {@link AnswerObservation#REPLAY_ORDER}
 * (answer time, then event id); any permutation of the same events sorted that way gives bit-identical state.
 * A learner's masteries depend only on that learner's own answers and the configuration: the BKT update uses
 * the configuration's fixed difficulty snapshot ({@link ModelConfig#tracingDifficulty}: the fit's re-centred
 * difficulties), else the difficulty carried by the event ({@code itemPriorDifficulty}), never the running Elo
 * calibration, because the answers topic is ordered per learner only and the running calibration depends on how
 * learners' answers interleave. The running calibration drives predictions and item choice between refits.
 *
 * <p><b>Repeated answers.</b> A learner's n-th answer to the same item counts with weight
 * {@link ModelConfig#evidenceWeight} ({@code repeatWeight^(n-1)}, see {@link ResponseModel}) and leaves the item's
 * calibrated difficulty alone.
 *
 * <p><b>Duplicates.</b> Each learner remembers the ids of its last {@link ModelConfig#dedupeWindow()} applied
 * events; applying one of them again is a no-op ({@link ApplyResult#applied()} false). That covers Kafka
 * redeliveries, which repeat a recent tail of the partition. A caller replaying an arbitrary history with
 * duplicates further apart than the window must deduplicate first (e.g. by the answer store's unique event id).
 *
 * <p><b>Late answers.</b> An answer older than the learner's last practice of a skill is applied without
 * forgetting over negative time and does not move the last practice time back; sorted replays never hit this.
 *
 * <p>Not thread-safe: one instance per consumer thread (answers are partitioned by learner).
 */
public final class LearnerModel {

    private final ModelConfig config;
    private final Map<String, LearnerState> learners = new HashMap<>();
    private final Map<String, ItemDifficulty> items = new HashMap<>();

    public LearnerModel(ModelConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public ModelConfig config() {
        return config;
    }

    /** Folds one answer into the learner's skills and the item's difficulty; a no-op for a duplicate event id. */
    public ApplyResult apply(AnswerObservation answer) {
        LearnerState learner = learners.computeIfAbsent(answer.learnerId(),
                id -> new LearnerState(config.dedupeWindow()));
        if (!learner.recentEvents.add(answer.eventId())) {
            return ApplyResult.DUPLICATE;
        }
        List<String> codes = answer.skillCodes();
        int k = codes.size();
        BktParameters[] parameters = new BktParameters[k];
        SkillMastery[] states = new SkillMastery[k];
        double[] masteries = new double[k];
        for (int i = 0; i < k; i++) {
            String code = codes.get(i);
            parameters[i] = config.parameters(code);
            states[i] = learner.skills.getOrDefault(code, SkillMastery.unpractised(code, parameters[i]));
            masteries[i] = states[i].masteryAt(answer.answeredAt(), parameters[i], config.forgetting());
        }
        ItemDifficulty item = items.getOrDefault(answer.itemId(),
                ItemDifficulty.fromPrior(answer.itemId(), answer.itemPriorDifficulty()));
        double predicted = ResponseModel.pCorrect(parameters, masteries, item.difficulty(), answer.guessFloor());

        double weight = config.evidenceWeight(answer.attemptNumber());
        double traced = config.tracingDifficulty(answer.itemId(), answer.itemPriorDifficulty());
        double[] proved = ResponseModel.posteriors(parameters, masteries, traced, answer.guessFloor(),
                answer.correct(), weight);
        List<SkillMastery> updated = new ArrayList<>(k);
        MemoryModel memory = config.memory();
        for (int i = 0; i < k; i++) {
            double next = ResponseModel.learn(parameters[i], proved[i], weight);
            SkillMastery state = states[i].afterAnswer(next, proved[i], answer.correct(), answer.answeredAt());
            // The blocked-by-a-gap evidence, at the same tracing difficulty as the update (replayable).
            state = state.withBlockedLogRatio(BlockedEvidence.next(states[i].blockedLogRatio(),
                    parameters[i].forItem(traced, answer.guessFloor()), masteries[i], answer.correct(), weight,
                    k == 1, next));
            if (memory != null) {
                MemoryModel.Answer seen = new MemoryModel.Answer(answer.answeredAt(), answer.correct(), k > 1, next,
                        parameters[i].forItem(traced, answer.guessFloor()));
                state = state.withMemory(memory.next(states[i].memory(), seen, states[i].anyWrong()));
            }
            learner.skills.put(codes.get(i), state);
            updated.add(state);
        }
        // An item's difficulty is what it takes to answer it on first sight: a repeated answer, given after seeing the
        // key, would make it look easier than it is for everyone.
        ItemDifficulty calibrated = answer.isRepeat() ? item : item.afterAnswer(answer.correct(), predicted, config.elo());
        items.put(answer.itemId(), calibrated);
        return new ApplyResult(true, predicted, updated, calibrated);
    }

    /**
     * Puts back a learner's skill state as stored elsewhere (e.g. a database), so that a model holding only the
     * learners of one batch continues exactly where the stored state left off. Replaces any state held for it.
     */
    public void restore(String learnerId, SkillMastery state) {
        learners.computeIfAbsent(learnerId, id -> new LearnerState(config.dedupeWindow()))
                .skills.put(state.skillCode(), state);
    }

    /** Puts back an item's calibrated difficulty as stored elsewhere. */
    public void restore(ItemDifficulty item) {
        items.put(item.itemId(), item);
    }

    /** Applies the observations in {@link AnswerObservation#REPLAY_ORDER}, whatever order they come in. */
    public void replay(Collection<AnswerObservation> answers) {
        List<AnswerObservation> sorted = new ArrayList<>(answers);
        sorted.sort(AnswerObservation.REPLAY_ORDER);
        sorted.forEach(this::apply);
    }

    /** The learner's practised skills read at {@code at} (forgetting applied); empty for an unknown learner. */
    public LearnerSnapshot snapshot(String learnerId, Instant at) {
        LearnerState learner = learners.get(learnerId);
        Map<String, SkillEstimate> estimates = new HashMap<>();
        if (learner != null) {
            learner.skills.forEach((code, state) -> estimates.put(code,
                    SkillEstimate.of(state, at, config.parameters(code), config.forgetting())));
        }
        return new LearnerSnapshot(learnerId, at, estimates);
    }

    /** P(known) of one skill at {@code at}; the prior for a skill the learner never practised. */
    public double mastery(String learnerId, String skillCode, Instant at) {
        BktParameters parameters = config.parameters(skillCode);
        return skillState(learnerId, skillCode)
                .map(state -> state.masteryAt(at, parameters, config.forgetting()))
                .orElse(parameters.prior());
    }

    /** The stored state of one skill (as of its last practice). */
    public Optional<SkillMastery> skillState(String learnerId, String skillCode) {
        LearnerState learner = learners.get(learnerId);
        return learner == null ? Optional.empty() : Optional.ofNullable(learner.skills.get(skillCode));
    }

    /** All stored skill states of a learner, as an immutable copy. */
    public Map<String, SkillMastery> skillStates(String learnerId) {
        LearnerState learner = learners.get(learnerId);
        return learner == null ? Map.of() : Map.copyOf(learner.skills);
    }

    public Set<String> learnerIds() {
        return Collections.unmodifiableSet(learners.keySet());
    }

    public Optional<ItemDifficulty> item(String itemId) {
        return Optional.ofNullable(items.get(itemId));
    }

    /** All calibrated items, as an immutable copy. */
    public Map<String, ItemDifficulty> items() {
        return Map.copyOf(items);
    }

    /** The calibrated difficulty of an item, or {@code priorDifficulty} if no answer to it was applied yet. */
    public double difficulty(String itemId, double priorDifficulty) {
        ItemDifficulty item = items.get(itemId);
        return item == null ? priorDifficulty : item.difficulty();
    }

    /** P(correct) of the learner at {@code at} on an item measuring {@code skillCodes} at {@code difficulty}. */
    public double predict(String learnerId, List<String> skillCodes, double difficulty, Instant at) {
        return predict(learnerId, skillCodes, difficulty, 0, at);
    }

    /** {@link #predict(String, List, double, Instant)} for an item whose format has a guessing floor. */
    public double predict(String learnerId, List<String> skillCodes, double difficulty, double guessFloor,
            Instant at) {
        BktParameters[] parameters = new BktParameters[skillCodes.size()];
        double[] masteries = new double[skillCodes.size()];
        for (int i = 0; i < parameters.length; i++) {
            parameters[i] = config.parameters(skillCodes.get(i));
            masteries[i] = mastery(learnerId, skillCodes.get(i), at);
        }
        return ResponseModel.pCorrect(parameters, masteries, difficulty, guessFloor);
    }

    /** Whether the learner's recent-event window holds {@code eventId}, i.e. applying it would be a no-op. */
    public boolean isRecentlyApplied(String learnerId, String eventId) {
        LearnerState learner = learners.get(learnerId);
        return learner != null && learner.recentEvents.contains(eventId);
    }

    private static final class LearnerState {
        final Map<String, SkillMastery> skills = new HashMap<>();
        final RecentEventIds recentEvents;

        LearnerState(int dedupeWindow) {
            this.recentEvents = new RecentEventIds(dedupeWindow);
        }
    }
}
