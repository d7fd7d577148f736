package org.learnpath.learner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * With a memory model ({@link ModelConfig#withMemory}) reviews follow predicted recall: a learnt skill is due when its
 * recall falls to the target (0.9), not sooner than a day after its last answer, and its mastery no longer decays.
 * Without one, reviews follow the constant decay of mastery, as before.
 */
class MemoryReviewsTest {

    static final CatalogGraph GRAPH = SeedCurriculum.dataAnalyst();
    static final String SKILL = "python-essentials";
    static final Instant T0 = Instant.parse("2026-05-04T09:00:00Z");

    /** Right answers to the goal's first skill until it is mastered; returns the time of the last one. */
    static Instant masterFirstSkill(LearnerModel model) {
        Instant at = T0;
        for (int i = 0; model.mastery("ann", SKILL, at) < 0.95; i++) {
            at = T0.plusSeconds(60L * i);
            model.apply(new AnswerObservation("e" + i, "ann", "item-" + (i % 4), List.of(SKILL), true, at, 0));
        }
        return at;
    }

    @Test
    void aSkillJustMasteredIsReviewedWhenItsRecallFallsToTheTargetNotHoursLater() {
        ModelConfig config = ModelConfig.defaults()
                .withMemory(new MemoryModel(MemoryParameters.DEFAULT, PlannerConfig.DEFAULT.masteryThreshold()));
        PathPlanner planner = new PathPlanner(GRAPH, config, PlannerConfig.DEFAULT);
        LearnerModel model = new LearnerModel(config);
        Instant mastered = masterFirstSkill(model);
        SkillMastery state = model.skillState("ann", SKILL).orElseThrow();
        assertThat(state.memory()).isNotNull();

        LearningPath evening = planner.plan(SeedCurriculum.GOAL, model.snapshot("ann", mastered.plus(Duration.ofHours(12))));
        ScheduledReview review = evening.reviews().get(0);
        assertThat(review.skillCode()).isEqualTo(SKILL);
        assertThat(review.due()).isFalse();
        assertThat(review.recall()).isBetween(0.9, 1.0);
        assertThat(review.dueAt()).isAfterOrEqualTo(mastered.plus(PlannerConfig.DEFAULT.minimumReviewGap()));
        assertThat(evening.nextStep().kind()).isEqualTo(StepKind.STUDY);
        // Mastery does not decay: what the answers showed stays shown.
        assertThat(evening.module("python-for-data-analysis").orElseThrow().skills().get(0).mastery())
                .isEqualTo(state.mastery());

        LearningPath due = planner.plan(SeedCurriculum.GOAL, model.snapshot("ann", review.dueAt()));
        assertThat(due.nextStep().kind()).isEqualTo(StepKind.REVIEW);
        assertThat(due.nextStep().skillCode()).isEqualTo(SKILL);
        assertThat(due.nextStep().reason().mastery()).isLessThanOrEqualTo(0.9 + 1e-9);
        assertThat(due.nextStep().reason().sentence()).contains("you are likely to recall it only",
                "below the 90% aimed for");
        assertThat(due.module("python-for-data-analysis").orElseThrow().status()).isEqualTo(ModuleStatus.MASTERED);

        // A right answer at the review pushes the next one further out than the first gap.
        Instant reviewed = review.dueAt();
        model.apply(new AnswerObservation("r1", "ann", "item-9", List.of(SKILL), true, reviewed, 0));
        SkillMemory after = model.skillState("ann", SKILL).orElseThrow().memory();
        assertThat(after.stabilityDays()).isGreaterThan(state.memory().stabilityDays());
        ScheduledReview next = planner.plan(SeedCurriculum.GOAL, model.snapshot("ann", reviewed)).reviews().get(0);
        assertThat(Duration.between(reviewed, next.dueAt()))
                .isGreaterThan(Duration.between(mastered, review.dueAt()));
    }

    @Test
    void withoutAMemoryModelReviewsFollowTheConstantDecayOfMastery() {
        ModelConfig config = ModelConfig.defaults();
        PathPlanner planner = new PathPlanner(GRAPH, config, PlannerConfig.DEFAULT);
        LearnerModel model = new LearnerModel(config);
        Instant mastered = masterFirstSkill(model);
        SkillMastery state = model.skillState("ann", SKILL).orElseThrow();
        ScheduledReview review = planner.plan(SeedCurriculum.GOAL, model.snapshot("ann", mastered)).reviews().get(0);
        assertThat(state.memory()).isNull();
        assertThat(review.recall()).isNaN();
        assertThat(review.dueAt()).isEqualTo(config.forgetting().fallsBelow(state.mastery(),
                config.parameters(SKILL).prior(), 0.95, state.lastPracticedAt()).orElseThrow());
    }
}
