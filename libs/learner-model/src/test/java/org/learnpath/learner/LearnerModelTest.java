package org.learnpath.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LearnerModelTest {

    static final Instant T0 = Instant.parse("2026-02-02T10:00:00Z");
    static final BktParameters P = BktParametersTest.P;
    static final ModelConfig CONFIG = ModelConfig.defaults().withDefaultParameters(P);

    static AnswerObservation answer(String event, String learner, String item, List<String> skills, boolean correct,
            Instant at, double difficulty) {
        return new AnswerObservation(event, learner, item, skills, correct, at, difficulty);
    }

    @Test
    void anAnswerUpdatesEverySkillOfTheItemAndTheItemsDifficulty() {
        LearnerModel model = new LearnerModel(CONFIG);
        ApplyResult result = model.apply(answer("e1", "ann", "i1", List.of("a", "b"), true, T0, 0.5));

        assertThat(result.applied()).isTrue();
        // P(correct) before the answer: both skills at the prior, conjunctive, at the (not yet calibrated) prior 0.5
        double q = P.forItem(0.5).pCorrect(0.3);
        assertThat(result.predictedCorrect()).isCloseTo(q * q, within(1e-15));
        assertThat(result.skills()).extracting(SkillMastery::skillCode).containsExactly("a", "b");
        for (String skill : List.of("a", "b")) {
            SkillMastery state = model.skillState("ann", skill).orElseThrow();
            assertThat(state.mastery()).isCloseTo(P.forItem(0.5).update(0.3, true), within(1e-12));
            assertThat(state.practiceCount()).isEqualTo(1);
            assertThat(state.correctCount()).isEqualTo(1);
            assertThat(state.lastPracticedAt()).isEqualTo(T0);
        }
        ItemDifficulty item = model.item("i1").orElseThrow();
        assertThat(item.difficulty()).isCloseTo(0.5 + 0.4 * (q * q - 1), within(1e-12));
        assertThat(item.answerCount()).isEqualTo(1);
        assertThat(model.mastery("ann", "never-practised", T0)).isEqualTo(P.prior());
    }

    /**
     * A learner's repeated answer to an item counts with weight repeatWeight^(n-1): its log-odds move is that share of
     * a first answer's, its learning step that share of learn, and the item's calibration does not move.
     */
    @Test
    void aRepeatedAnswerToTheSameItemIsWeakerEvidence() {
        ModelConfig config = CONFIG.withRepeatWeight(0.5);
        LearnerModel first = new LearnerModel(config);
        first.apply(answer("e1", "ann", "i1", List.of("a"), true, T0, 0));
        double afterFirst = first.skillState("ann", "a").orElseThrow().mastery();

        LearnerModel repeated = new LearnerModel(config);
        repeated.apply(new AnswerObservation("e1", "ann", "i1", List.of("a"), true, T0, 0, 2));
        double afterRepeat = repeated.skillState("ann", "a").orElseThrow().mastery();

        double prior = P.prior();
        double lk = 1 - P.slip();
        double lu = P.guess();
        double tempered = prior * Math.sqrt(lk) / (prior * Math.sqrt(lk) + (1 - prior) * Math.sqrt(lu));
        assertThat(afterRepeat).isCloseTo(tempered + (1 - tempered) * P.learn() * 0.5, within(1e-12));
        assertThat(afterRepeat).isGreaterThan(prior).isLessThan(afterFirst);
        // The third attempt counts for a quarter.
        LearnerModel third = new LearnerModel(config);
        third.apply(new AnswerObservation("e1", "ann", "i1", List.of("a"), true, T0, 0, 3));
        assertThat(third.skillState("ann", "a").orElseThrow().mastery()).isLessThan(afterRepeat);
        // Wrong answers likewise: a repeated one is half the evidence of not knowing (and half the learning step).
        LearnerModel wrongRepeat = new LearnerModel(config);
        wrongRepeat.apply(new AnswerObservation("e1", "ann", "i1", List.of("a"), false, T0, 0, 2));
        double wrongTempered = prior * Math.sqrt(P.slip())
                / (prior * Math.sqrt(P.slip()) + (1 - prior) * Math.sqrt(1 - P.guess()));
        double wrongFull = prior * P.slip() / (prior * P.slip() + (1 - prior) * (1 - P.guess()));
        assertThat(wrongTempered).isGreaterThan(wrongFull).isLessThan(prior);
        assertThat(wrongRepeat.skillState("ann", "a").orElseThrow().mastery())
                .isCloseTo(wrongTempered + (1 - wrongTempered) * P.learn() * 0.5, within(1e-12));
        // Weight 1 is today's update exactly.
        LearnerModel unweighted = new LearnerModel(CONFIG.withRepeatWeight(1));
        unweighted.apply(new AnswerObservation("e1", "ann", "i1", List.of("a"), true, T0, 0, 2));
        assertThat(unweighted.skillState("ann", "a").orElseThrow().mastery()).isEqualTo(afterFirst);
        // The item's shared calibration learns from first answers only.
        assertThat(repeated.item("i1").orElseThrow().answerCount()).isZero();
        assertThat(first.item("i1").orElseThrow().answerCount()).isEqualTo(1);
    }

    /** Answering one item over and over cannot certify a skill the way as many different items do. */
    @Test
    void answeringTheSameItemAgainAndAgainCannotReachMastery() {
        LearnerModel repeating = new LearnerModel(CONFIG);
        LearnerModel varied = new LearnerModel(CONFIG);
        for (int n = 1; n <= 20; n++) {
            Instant at = T0.plus(Duration.ofMinutes(n));
            repeating.apply(new AnswerObservation("r" + n, "ann", "same", List.of("a"), true, at, 0, n));
            varied.apply(new AnswerObservation("v" + n, "ann", "item-" + n, List.of("a"), true, at, 0, 1));
        }
        double threshold = 0.95;
        assertThat(varied.skillState("ann", "a").orElseThrow().mastery()).isGreaterThan(threshold);
        assertThat(repeating.skillState("ann", "a").orElseThrow().mastery()).isLessThan(threshold);
    }

    @Test
    void applyingAnAlreadyAppliedEventIdIsANoOp() {
        LearnerModel model = new LearnerModel(CONFIG);
        AnswerObservation first = answer("e1", "ann", "i1", List.of("a"), true, T0, 0);
        model.apply(first);
        var before = model.skillStates("ann");
        var itemsBefore = model.items();

        // A redelivery, even with a different payload, changes nothing.
        ApplyResult again = model.apply(answer("e1", "ann", "i1", List.of("a"), false, T0.plusSeconds(5), 0));
        assertThat(again.applied()).isFalse();
        assertThat(model.skillStates("ann")).isEqualTo(before);
        assertThat(model.items()).isEqualTo(itemsBefore);
        assertThat(model.isRecentlyApplied("ann", "e1")).isTrue();
        // Event ids are per learner: the same id from another learner is a different answer.
        assertThat(model.apply(answer("e1", "bob", "i1", List.of("a"), true, T0, 0)).applied()).isTrue();
    }

    @Test
    void theDedupeWindowIsBoundedPerLearner() {
        LearnerModel model = new LearnerModel(CONFIG.withDedupeWindow(2));
        for (int i = 1; i <= 3; i++) {
            model.apply(answer("e" + i, "ann", "i1", List.of("a"), true, T0.plusSeconds(i), 0));
        }
        assertThat(model.apply(answer("e3", "ann", "i1", List.of("a"), true, T0.plusSeconds(3), 0)).applied()).isFalse();
        // e1 fell out of the window of 2: the caller must deduplicate replays that reach this far back.
        assertThat(model.isRecentlyApplied("ann", "e1")).isFalse();
        assertThat(model.apply(answer("e1", "ann", "i1", List.of("a"), true, T0.plusSeconds(1), 0)).applied()).isTrue();
    }

    @Test
    void replayingAShuffledThenResortedEventListGivesIdenticalStateAndIgnoresDuplicates() {
        List<AnswerObservation> events = randomHistory(new Random(5), 40, 1_500);
        LearnerModel inOrder = new LearnerModel(CONFIG.withForgetting(Forgetting.halfLife(Duration.ofDays(7))));
        List<AnswerObservation> sorted = new ArrayList<>(events);
        sorted.sort(AnswerObservation.REPLAY_ORDER);
        sorted.forEach(inOrder::apply);

        Random random = new Random(6);
        List<AnswerObservation> messy = new ArrayList<>(events);
        for (int i = 0; i < 300; i++) {
            messy.add(events.get(random.nextInt(events.size()))); // redeliveries
        }
        Collections.shuffle(messy, random);
        messy.sort(AnswerObservation.REPLAY_ORDER);
        LearnerModel replayed = new LearnerModel(inOrder.config());
        long applied = messy.stream().filter(e -> replayed.apply(e).applied()).count();

        assertThat(applied).isEqualTo(events.size());
        assertThat(replayed.learnerIds()).isEqualTo(inOrder.learnerIds());
        for (String learner : inOrder.learnerIds()) {
            assertThat(replayed.skillStates(learner)).as(learner).isEqualTo(inOrder.skillStates(learner));
        }
        assertThat(replayed.items()).isEqualTo(inOrder.items());

        LearnerModel viaReplay = new LearnerModel(inOrder.config());
        Collections.shuffle(messy, random);
        viaReplay.replay(messy);
        for (String learner : inOrder.learnerIds()) {
            assertThat(viaReplay.skillStates(learner)).isEqualTo(inOrder.skillStates(learner));
        }
    }

    @Test
    void aLearnersMasteryDependsOnlyOnThatLearnersAnswers() {
        // Answers are ordered per learner only (partitioned by learner id): interleaving with others must not matter.
        List<AnswerObservation> events = randomHistory(new Random(8), 10, 600);
        events.sort(AnswerObservation.REPLAY_ORDER);
        LearnerModel everyone = new LearnerModel(CONFIG);
        events.forEach(everyone::apply);
        LearnerModel justOne = new LearnerModel(CONFIG);
        events.stream().filter(e -> e.learnerId().equals("learner-3")).forEach(justOne::apply);
        assertThat(justOne.skillStates("learner-3")).isEqualTo(everyone.skillStates("learner-3"));
    }

    @Test
    void aLateAnswerNeitherForgetsOverNegativeTimeNorMovesTheClockBack() {
        LearnerModel model = new LearnerModel(CONFIG.withForgetting(Forgetting.halfLife(Duration.ofDays(1))));
        model.apply(answer("e1", "ann", "i1", List.of("a"), true, T0.plus(Duration.ofDays(1)), 0));
        double stored = model.skillState("ann", "a").orElseThrow().mastery();
        model.apply(answer("e0", "ann", "i1", List.of("a"), true, T0, 0));
        SkillMastery state = model.skillState("ann", "a").orElseThrow();
        assertThat(state.lastPracticedAt()).isEqualTo(T0.plus(Duration.ofDays(1)));
        assertThat(state.mastery()).isCloseTo(P.update(stored, true), within(1e-15));
    }

    @Test
    void predictionsUseCalibratedDifficultyAndCurrentMastery() {
        LearnerModel model = new LearnerModel(CONFIG);
        assertThat(model.predict("new", List.of("a"), 0, T0)).isEqualTo(P.pCorrect(0.3));
        assertThat(model.difficulty("unseen", 1.1)).isEqualTo(1.1);
        model.apply(answer("e1", "ann", "i1", List.of("a"), false, T0, 1.1));
        assertThat(model.difficulty("i1", 1.1)).isGreaterThan(1.1);
        assertThat(model.predict("ann", List.of("a"), 0, T0)).isLessThan(P.pCorrect(0.3));
    }

    /** Answers of {@code learners} learners on a small bank with multi-skill items; times collide on purpose. */
    static List<AnswerObservation> randomHistory(Random random, int learners, int count) {
        List<List<String>> items = List.of(List.of("a"), List.of("b"), List.of("c"), List.of("a", "b"),
                List.of("b", "c"), List.of("a"), List.of("c"));
        List<AnswerObservation> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int item = random.nextInt(items.size());
            events.add(new AnswerObservation("%016x".formatted(random.nextLong()), "learner-" + random.nextInt(learners),
                    "item-" + item, items.get(item), random.nextBoolean(),
                    T0.plus(Duration.ofHours(random.nextInt(24 * 30))), item * 0.4 - 1.2));
        }
        return events;
    }
}
