package org.learnpath.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.learnpath.learner.PathPlannerTest.Learner;

/** Diagnosis during study: the planner's rule, in the style of {@link PathPlannerTest}. */
class DiagnosisPlannerTest {

    static final PlannerConfig DIAGNOSING =
            PlannerConfig.DEFAULT.withDiagnosisThreshold(PlannerConfig.DEFAULT_DIAGNOSIS_THRESHOLD);
    static final PathPlanner PLANNER = new PathPlanner(PathPlannerTest.GRAPH, PathPlannerTest.MODEL, DIAGNOSING);
    static final String GOAL = PathPlannerTest.GOAL;

    /** pandas-essentials is ready (its one prerequisite module, numpy-fundamentals, mastered at evidence 0.99). */
    static Learner studyingPandas(double ratio) {
        Learner learner = new Learner().masteredModules("python-for-data-analysis", "numpy-fundamentals");
        learner.skills.put("pandas-data-structures", new SkillEstimate("pandas-data-structures", 0.3, 0.3,
                PathPlannerTest.NOW.minus(Duration.ofHours(1)), 8, 0.3, null, ratio));
        return learner;
    }

    @Test
    void failuresThatMakeAGapLikelySendTheLearnerBackToCheckThePrerequisite() {
        // Prior 1 - 0.99 = 0.01; a Bayes factor of e^5 makes it 0.60, past 0.5.
        LearningPath path = PLANNER.plan(GOAL, studyingPandas(5).snapshot());

        Step step = path.nextStep();
        assertThat(step.kind()).isEqualTo(StepKind.REVIEW);
        assertThat(step.moduleSlug()).isEqualTo("numpy-fundamentals");
        assertThat(step.skillCode()).isEqualTo("numpy-arrays");
        assertThat(step.reason().kind()).isEqualTo(ReasonKind.PREREQUISITE_DOUBTED);
        assertThat(step.reason().blockedModule()).isEqualTo("pandas-essentials");
        assertThat(step.reason().mastery()).isCloseTo(1 / (1 + 99 * Math.exp(-5)), within(1e-12));
        assertThat(step.reason().threshold()).isEqualTo(0.5);
        assertThat(step.reason().sentence()).isEqualTo("Your answers on 'pandas Series and DataFrames' suggest a gap"
                + " in 'NumPy arrays and vectorization', which it builds on (59% likely): a check of it comes first.");
        // The module stays READY: the check is a review, and the STUDY invariant is untouched.
        assertThat(PathPlannerTest.status(path, "pandas-essentials")).isEqualTo(ModuleStatus.READY);
    }

    @Test
    void weakerEvidenceOrDiagnosisOffKeepsTheStudyStep() {
        assertThat(PLANNER.plan(GOAL, studyingPandas(4).snapshot()).nextStep().kind()).isEqualTo(StepKind.STUDY);
        assertThat(PLANNER.plan(GOAL, studyingPandas(-3).snapshot()).nextStep().kind()).isEqualTo(StepKind.STUDY);
        PathPlanner off = new PathPlanner(PathPlannerTest.GRAPH, PathPlannerTest.MODEL, PlannerConfig.DEFAULT);
        assertThat(off.plan(GOAL, studyingPandas(50).snapshot()).nextStep().kind()).isEqualTo(StepKind.STUDY);
    }

    @Test
    void aRightAnswerOnTheCheckLowersThePriorAndStudyResumes() {
        Learner learner = studyingPandas(5);
        // The check's right answer took numpy-arrays' evidence from 0.99 to 0.999: prior odds / 10, posterior 0.13.
        learner.skills.put("numpy-arrays", new SkillEstimate("numpy-arrays", 0.999, 0.999,
                PathPlannerTest.NOW.minus(Duration.ofMinutes(1)), 7, 0.999));
        Step step = PLANNER.plan(GOAL, learner.snapshot()).nextStep();
        assertThat(step.kind()).isEqualTo(StepKind.STUDY);
        assertThat(step.moduleSlug()).isEqualTo("pandas-essentials");
    }

    @Test
    void aMasteredSkillsRatioIsIgnoredAndTheMostDoubtfulPrerequisiteIsChecked() {
        Learner learner = new Learner().masteredModules("python-for-data-analysis", "numpy-fundamentals",
                "pandas-essentials");
        // descriptive-statistics builds on pandas-essentials (two skills); pandas-indexing is the less certain one.
        learner.skills.put("pandas-indexing", new SkillEstimate("pandas-indexing", 0.97, 0.97,
                PathPlannerTest.NOW.minus(Duration.ofHours(1)), 5, 0.96));
        learner.skills.put("descriptive-statistics", new SkillEstimate("descriptive-statistics", 0.4, 0.4,
                PathPlannerTest.NOW.minus(Duration.ofHours(1)), 8, 0.4, null, 3));
        // Other READY modules would unlock fewer: make pandas-groupby etc. mastered so descriptive statistics is next.
        learner.masteredModules("pandas-groupby-aggregation", "visualization-matplotlib-pandas");
        LearningPath path = PLANNER.plan(GOAL, learner.snapshot());
        assertThat(path.nextStep().skillCode()).isEqualTo("pandas-indexing");
        assertThat(path.nextStep().reason().kind()).isEqualTo(ReasonKind.PREREQUISITE_DOUBTED);
        assertThat(path.nextStep().reason().blockedModule()).isEqualTo("descriptive-statistics");

        // The same doubt on a skill already mastered counts for nothing.
        learner.skills.put("descriptive-statistics", new SkillEstimate("descriptive-statistics", 0.96, 0.96,
                PathPlannerTest.NOW.minus(Duration.ofHours(1)), 8, 0.96, null, 3));
        assertThat(PLANNER.plan(GOAL, learner.snapshot()).nextStep().reason().kind())
                .isNotEqualTo(ReasonKind.PREREQUISITE_DOUBTED);
    }

    @Test
    void theOldConstructorsLeaveDiagnosisOff() {
        assertThat(PlannerConfig.DEFAULT.diagnosisThreshold()).isEqualTo(PlannerConfig.DIAGNOSIS_OFF);
        assertThat(PlannerConfig.DEFAULT.diagnoses()).isFalse();
        assertThat(DIAGNOSING.diagnoses()).isTrue();
        assertThat(DIAGNOSING.withCertificationTarget(0.9).diagnosisThreshold()).isEqualTo(0.5);
        assertThatThrownBy(() -> PlannerConfig.DEFAULT.withDiagnosisThreshold(0))
                .hasMessageContaining("diagnosisThreshold");
    }
}
