package org.learnpath.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PathPlannerTest {

    static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");
    static final CatalogGraph GRAPH = SeedCurriculum.dataAnalyst();
    static final ModelConfig MODEL = ModelConfig.defaults(); // prior 0.2, learn 0.15, guess 0.2, slip 0.1
    static final PathPlanner PLANNER = new PathPlanner(GRAPH, MODEL, PlannerConfig.DEFAULT);
    static final String GOAL = SeedCurriculum.GOAL;

    /** Snapshot builder: skills given as code, mastery now, mastery right after the last practice. */
    static final class Learner {
        final Map<String, SkillEstimate> skills = new HashMap<>();

        Learner mastered(String... codes) {
            for (String code : codes) {
                skills.put(code, new SkillEstimate(code, 0.99, 0.99, NOW.minus(Duration.ofHours(1)), 6, 0.99));
            }
            return this;
        }

        Learner masteredModules(String... modules) {
            for (String module : modules) {
                mastered(GRAPH.module(module).skillCodes().toArray(String[]::new));
            }
            return this;
        }

        Learner practising(String code, double mastery) {
            skills.put(code, new SkillEstimate(code, mastery, mastery, NOW.minus(Duration.ofHours(1)), 3, mastery));
            return this;
        }

        Learner decayed(String code, double mastery, double lastMastery) {
            skills.put(code, new SkillEstimate(code, mastery, lastMastery, NOW.minus(Duration.ofDays(20)), 6, mastery));
            return this;
        }

        LearnerSnapshot snapshot() {
            return new LearnerSnapshot("ann", NOW, skills);
        }
    }

    static ModuleStatus status(LearningPath path, String module) {
        return path.module(module).orElseThrow().status();
    }

    @Test
    void aNewLearnerStartsAtTheRootModuleWithEverythingElseLocked() {
        LearningPath path = PLANNER.plan(GOAL, new Learner().snapshot());

        assertThat(path.modules()).hasSize(16);
        assertThat(path.modules()).filteredOn(m -> m.status() == ModuleStatus.READY)
                .extracting(ModuleProgress::moduleSlug).containsExactly("python-for-data-analysis");
        assertThat(path.module("descriptive-statistics").orElseThrow().missingPrerequisites())
                .containsExactly("python-for-data-analysis", "numpy-fundamentals", "pandas-essentials");
        Step step = path.nextStep();
        assertThat(step.kind()).isEqualTo(StepKind.STUDY);
        assertThat(step.moduleSlug()).isEqualTo("python-for-data-analysis");
        assertThat(step.skillCode()).isEqualTo("python-essentials");
        assertThat(step.reason()).isEqualTo(new Reason(ReasonKind.READY_FOR_GOAL, "python-essentials", 0.2, 0.95,
                "numpy-fundamentals",
                "Study 'Python Essentials for Data Analysis': it has no prerequisites and 15 more modules of your goal "
                        + "'Data Analyst' build on it; start with 'Python essentials for data work' (mastery 0.20, "
                        + "target 0.95)."));
        assertThat(path.reviews()).isEmpty();
    }

    @Test
    void statusesFollowMasteryOfTheModuleAndEverythingItRequires() {
        LearningPath path = PLANNER.plan(GOAL, new Learner()
                .masteredModules("python-for-data-analysis", "numpy-fundamentals")
                .practising("pandas-data-structures", 0.97)
                .practising("pandas-indexing", 0.6)
                .snapshot());

        assertThat(status(path, "python-for-data-analysis")).isEqualTo(ModuleStatus.MASTERED);
        assertThat(status(path, "numpy-fundamentals")).isEqualTo(ModuleStatus.MASTERED);
        assertThat(status(path, "pandas-essentials")).isEqualTo(ModuleStatus.READY); // one skill of two mastered
        assertThat(status(path, "descriptive-statistics")).isEqualTo(ModuleStatus.LOCKED);
        assertThat(path.module("descriptive-statistics").orElseThrow().missingPrerequisites())
                .containsExactly("pandas-essentials");
        // Study the module on its weakest skill.
        assertThat(path.nextStep().moduleSlug()).isEqualTo("pandas-essentials");
        assertThat(path.nextStep().skillCode()).isEqualTo("pandas-indexing");
    }

    @Test
    void theNextStepIsTheReadyModuleThatUnlocksMostOfTheGoal() {
        LearningPath path = PLANNER.plan(GOAL, new Learner()
                .masteredModules("python-for-data-analysis", "numpy-fundamentals", "pandas-essentials").snapshot());
        // Ready: descriptive-statistics (7 goal modules build on it), groupby (4), visualization (4).
        assertThat(path.modules()).filteredOn(m -> m.status() == ModuleStatus.READY)
                .extracting(ModuleProgress::moduleSlug)
                .containsExactly("descriptive-statistics", "pandas-groupby-aggregation",
                        "visualization-matplotlib-pandas");
        assertThat(path.nextStep().moduleSlug()).isEqualTo("descriptive-statistics");
        assertThat(path.nextStep().reason().sentence()).isEqualTo(
                "Study 'Descriptive Statistics for Data Analysis': its prerequisites are mastered and 7 more modules "
                        + "of your goal 'Data Analyst' build on it; start with 'Descriptive statistics' (mastery 0.20, "
                        + "target 0.95).");
    }

    @Test
    void tiesGoToTheEarlierModuleInStudyOrder() {
        LearningPath path = PLANNER.plan(GOAL, new Learner().masteredModules("python-for-data-analysis",
                "numpy-fundamentals", "pandas-essentials", "descriptive-statistics").snapshot());
        // groupby and visualization both unlock 4 goal modules; groupby comes first in the study order.
        assertThat(path.nextStep().moduleSlug()).isEqualTo("pandas-groupby-aggregation");
    }

    @Test
    void modulesTheLearnerAlreadyMastersAreSkipped() {
        // Knows NumPy and pandas (say from answers imported by an integration) but never practised Python.
        Learner learner = new Learner().masteredModules("numpy-fundamentals", "pandas-essentials");
        LearningPath path = PLANNER.plan(GOAL, learner.snapshot());
        assertThat(status(path, "numpy-fundamentals")).isEqualTo(ModuleStatus.MASTERED);
        assertThat(status(path, "pandas-essentials")).isEqualTo(ModuleStatus.MASTERED);
        // Prerequisites still hold transitively: nothing after pandas opens before Python is mastered.
        assertThat(status(path, "descriptive-statistics")).isEqualTo(ModuleStatus.LOCKED);
        assertThat(path.nextStep().moduleSlug()).isEqualTo("python-for-data-analysis");

        LearningPath next = PLANNER.plan(GOAL, learner.masteredModules("python-for-data-analysis").snapshot());
        // Tested out of NumPy and pandas: straight on to descriptive statistics.
        assertThat(next.nextStep().moduleSlug()).isEqualTo("descriptive-statistics");
    }

    @Test
    void aDecayedSkillOfAMasteredPrerequisiteIsReviewedFirst() {
        CatalogGraph graph = CatalogGraph.builder()
                .skill("data-quality-checks", "Data quality checks and validation")
                .skill("missing-values", "Handling missing values")
                .skill("feature-engineering", "Feature engineering")
                .module("data-cleaning", "Data cleaning", List.of("data-quality-checks", "missing-values"), List.of())
                .module("feature-engineering", "Feature engineering", List.of("feature-engineering"),
                        List.of("data-cleaning"))
                .goal("ml", "ML Foundations", List.of("feature-engineering"))
                .build();
        PathPlanner planner = new PathPlanner(graph, MODEL, PlannerConfig.DEFAULT);
        LearningPath path = planner.plan("ml", new Learner()
                .mastered("data-quality-checks")
                .decayed("missing-values", 0.81, 0.97)
                .snapshot());

        // Learnt, then forgotten a little: the module is no longer MASTERED but still counts as learnt.
        assertThat(status(path, "data-cleaning")).isEqualTo(ModuleStatus.READY);
        assertThat(status(path, "feature-engineering")).isEqualTo(ModuleStatus.READY);
        Step step = path.nextStep();
        assertThat(step.kind()).isEqualTo(StepKind.REVIEW);
        assertThat(step.moduleSlug()).isEqualTo("data-cleaning");
        assertThat(step.skillCode()).isEqualTo("missing-values");
        assertThat(step.reason()).isEqualTo(new Reason(ReasonKind.PREREQUISITE_DECAYED, "missing-values", 0.81, 0.95,
                "feature-engineering",
                "Review 'Handling missing values': your mastery fell to 0.81, below 0.95, and 'Feature engineering' "
                        + "builds on it."));
        // Soonest first: the decayed skill (due since long ago), then the freshly mastered one (not due yet).
        assertThat(path.reviews()).extracting(ScheduledReview::skillCode)
                .containsExactly("missing-values", "data-quality-checks");
        assertThat(path.reviews()).extracting(ScheduledReview::due).containsExactly(true, false);
    }

    @Test
    void aDecayedSkillNothingWaitsOnIsStillReviewedBeforeTheGoalIsComplete() {
        Learner learner = new Learner();
        GRAPH.goalClosure(GOAL).forEach(m -> learner.masteredModules(m.slug()));
        learner.decayed("plotly-interactive-charts", 0.9, 0.99);
        LearningPath path = PLANNER.plan(GOAL, learner.snapshot());

        assertThat(path.complete()).isFalse();
        assertThat(path.nextStep().kind()).isEqualTo(StepKind.REVIEW);
        assertThat(path.nextStep().reason()).isEqualTo(new Reason(ReasonKind.REVIEW_DUE, "plotly-interactive-charts",
                0.9, 0.95, null,
                "Review 'Interactive charts with Plotly': your mastery fell to 0.90, below 0.95, and it is part of "
                        + "your goal 'Data Analyst'."));
    }

    @Test
    void reviewsAreScheduledWhenForgettingBringsMasteryBelowTheThreshold() {
        LearnerModel model = new LearnerModel(MODEL); // forgetting half-life 30 days
        Instant t0 = NOW;
        int event = 0;
        for (String skill : List.of("python-essentials", "numpy-arrays")) {
            Instant start = skill.equals("python-essentials") ? t0 : t0.plus(Duration.ofDays(1));
            for (int i = 0; i < 6; i++) {
                model.apply(new AnswerObservation("e" + event++, "ann", skill + "-item", List.of(skill), true,
                        start.plusSeconds(60L * i), 0));
            }
        }
        SkillMastery python = model.skillState("ann", "python-essentials").orElseThrow();
        Instant pythonDue = MODEL.forgetting().fallsBelow(python.mastery(), 0.2, 0.95, python.lastPracticedAt())
                .orElseThrow();
        assertThat(Duration.between(t0, pythonDue).toHours()).isBetween(48L, 96L);

        LearningPath early = PLANNER.plan(GOAL, model.snapshot("ann", t0.plus(Duration.ofDays(2))));
        assertThat(early.reviews()).extracting(ScheduledReview::skillCode)
                .containsExactly("python-essentials", "numpy-arrays");
        assertThat(early.reviews()).extracting(ScheduledReview::due).containsExactly(false, false);
        assertThat(early.reviews().get(0).dueAt()).isEqualTo(pythonDue);
        assertThat(early.nextStep().moduleSlug()).isEqualTo("pandas-essentials");

        LearningPath later = PLANNER.plan(GOAL, model.snapshot("ann", pythonDue.plusSeconds(1)));
        assertThat(later.reviews()).extracting(ScheduledReview::due).containsExactly(true, false);
        assertThat(later.nextStep().kind()).isEqualTo(StepKind.REVIEW);
        assertThat(later.nextStep().skillCode()).isEqualTo("python-essentials");
        assertThat(later.nextStep().reason().kind()).isEqualTo(ReasonKind.PREREQUISITE_DECAYED);
        assertThat(later.nextStep().reason().blockedModule()).isEqualTo("pandas-essentials");
        assertThat(later.nextStep().reason().mastery()).isCloseTo(0.95, within(1e-6));
        assertThat(later.nextStep().reason().sentence()).startsWith(
                "Review 'Python essentials for data work': your mastery fell to 0.94, below 0.95, and 'pandas "
                        + "Essentials: DataFrames, Selection and Filtering' builds on it.");
    }

    @Test
    void aGoalIsCompleteWhenEveryModuleIsMasteredAndTheEvidenceCertifiesIt() {
        Learner learner = new Learner();
        GRAPH.goalClosure(GOAL).forEach(m -> learner.masteredModules(m.slug()));
        learner.skills.replaceAll((code, s) -> new SkillEstimate(code, 0.999, 0.999, s.lastPracticedAt(), 8, 0.999));
        LearningPath path = PLANNER.plan(GOAL, learner.snapshot());
        assertThat(path.complete()).isTrue();
        assertThat(path.certification().certified()).isTrue();
        assertThat(path.certification().probability()).isCloseTo(Math.pow(0.999, 25), within(1e-12));
        assertThat(path.modules()).allMatch(m -> m.status() == ModuleStatus.MASTERED);
        assertThat(path.nextStep().reason().sentence()).isEqualTo("You have mastered every module of your goal "
                + "'Data Analyst', and your answers make it 97% likely that you know all 25 of its skills.");
        assertThat(PLANNER.nextItem(path, learner.snapshot(), List.of(
                new ItemCandidate("x", List.of("python-essentials"), 0)), List.of())).isEmpty();
    }

    @Test
    void everyModuleMasteredIsNotEnoughWhenTheGoalAsAWholeIsUncertain() {
        // 25 skills each known with probability 0.99 are all known with probability 0.78.
        Learner learner = new Learner();
        GRAPH.goalClosure(GOAL).forEach(m -> learner.masteredModules(m.slug()));
        learner.skills.replaceAll((code, s) -> new SkillEstimate(code, 0.999, 0.999, s.lastPracticedAt(), 8, 0.999));
        learner.skills.put("pandas-groupby", new SkillEstimate("pandas-groupby", 0.97, 0.97,
                NOW.minus(Duration.ofHours(1)), 4, 0.93));
        LearningPath path = PLANNER.plan(GOAL, learner.snapshot());

        assertThat(path.complete()).isFalse();
        assertThat(path.modules()).allMatch(m -> m.status() == ModuleStatus.MASTERED);
        assertThat(path.certification().probability()).isCloseTo(Math.pow(0.999, 24) * 0.93, within(1e-12));
        assertThat(path.certification().skillsToCheck()).containsExactly("pandas-groupby");
        Step step = path.nextStep();
        assertThat(step.kind()).isEqualTo(StepKind.CERTIFY);
        assertThat(step.skillCode()).isEqualTo("pandas-groupby");
        assertThat(step.reason().kind()).isEqualTo(ReasonKind.CERTIFICATION_CHECK);
        assertThat(step.reason().sentence()).isEqualTo("Certification check: every module of your goal 'Data "
                + "Analyst' is mastered, and the goal is complete when your answers make it at least 95% likely that "
                + "you know all 25 of its skills; they make it 90% now, and 'GroupBy aggregation (split-apply-combine)' is the least "
                + "certain (93%).");
    }

    @Test
    void aSkillMasteredOnThePriorAloneIsCheckedFirst() {
        // A population prior at the threshold masters a skill with no answer; certification never rests on it.
        ModelConfig model = MODEL.withSkillParameters(Map.of("missing-values", new BktParameters(0.97, 0.15, 0.2, 0.1)));
        PathPlanner planner = new PathPlanner(GRAPH, model, PlannerConfig.DEFAULT);
        Learner learner = new Learner();
        GRAPH.goalClosure(GOAL).forEach(m -> learner.masteredModules(m.slug()));
        learner.skills.replaceAll((code, s) -> new SkillEstimate(code, 0.999, 0.999, s.lastPracticedAt(), 8, 0.999));
        learner.skills.remove("missing-values");
        learner.skills.put("pandas-groupby", new SkillEstimate("pandas-groupby", 0.97, 0.97,
                NOW.minus(Duration.ofHours(1)), 4, 0.93));
        LearningPath path = planner.plan(GOAL, learner.snapshot());

        assertThat(path.modules()).allMatch(m -> m.status() == ModuleStatus.MASTERED);
        assertThat(path.certification().skillsToCheck()).containsExactly("missing-values", "pandas-groupby");
        assertThat(path.nextStep().kind()).isEqualTo(StepKind.CERTIFY);
        assertThat(path.nextStep().skillCode()).isEqualTo("missing-values");
        assertThat(path.nextStep().reason().sentence()).endsWith("and no answer of yours has shown 'Handling missing values' yet.");
    }

    @Test
    void theCertificationCheckAsksAnItemNeverAnsweredThatBestTellsKnowingFromGuessing() {
        Learner learner = new Learner();
        GRAPH.goalClosure(GOAL).forEach(m -> learner.masteredModules(m.slug()));
        learner.skills.replaceAll((code, s) -> new SkillEstimate(code, 0.999, 0.999, s.lastPracticedAt(), 8, 0.999));
        learner.skills.put("pandas-groupby", new SkillEstimate("pandas-groupby", 0.97, 0.97,
                NOW.minus(Duration.ofHours(1)), 4, 0.93));
        LearnerSnapshot snapshot = learner.snapshot();
        LearningPath path = PLANNER.plan(GOAL, snapshot);
        List<ItemCandidate> items = List.of(
                new ItemCandidate("answered-hard", List.of("pandas-groupby"), 1.5, 0),
                new ItemCandidate("easy-open", List.of("pandas-groupby"), -1.0, 0),
                new ItemCandidate("hard-open", List.of("pandas-groupby"), 1.0, 0),
                new ItemCandidate("hard-two-options", List.of("pandas-groupby"), 1.0, 0.5));

        ItemRecommendation check = PLANNER.nextItem(path, snapshot, items, List.of(), java.util.Set.of("answered-hard"))
                .orElseThrow();
        // A right answer to a hard open item can hardly be a guess; two options are guessed half the time however
        // hard the item, and the item answered before would test memory of its key.
        assertThat(check.item().itemId()).isEqualTo("hard-open");
        assertThat(check.reason().kind()).isEqualTo(ReasonKind.ITEM_CERTIFICATION_CHECK);
        assertThat(check.reason().sentence()).startsWith("Show that you know 'GroupBy aggregation (split-apply-combine)' (93% likely "
                + "on your answers so far): of the items for it that you have not answered before, this one best tells");

        ItemRecommendation allAnswered = PLANNER.nextItem(path, snapshot, items, List.of("hard-open"),
                java.util.Set.of("answered-hard", "easy-open", "hard-open", "hard-two-options")).orElseThrow();
        assertThat(allAnswered.item().itemId()).isEqualTo("answered-hard");
        assertThat(allAnswered.reason().sentence()).contains("(you have answered them all before)");
    }

    @Test
    void theNextItemIsTheOneNearestTheTargetAvoidingRecentItemsAndLockedSkills() {
        LearnerSnapshot snapshot = new Learner().snapshot(); // python-essentials at the prior 0.2
        LearningPath path = PLANNER.plan(GOAL, snapshot);
        List<ItemCandidate> candidates = List.of(
                new ItemCandidate("py-hard", List.of("python-essentials"), 1.0),
                new ItemCandidate("py-mid", List.of("python-essentials"), 0.0),
                new ItemCandidate("py-easy", List.of("python-essentials"), -1.0),
                new ItemCandidate("py-easiest", List.of("python-essentials"), -2.0),
                // Would be nearest the target (0.698) but also measures NumPy, which is LOCKED.
                new ItemCandidate("py-and-numpy", List.of("python-essentials", "numpy-arrays"), -2.75),
                new ItemCandidate("numpy", List.of("numpy-arrays"), -2.0));

        ItemRecommendation pick = PLANNER.nextItem(path, snapshot, candidates, List.of()).orElseThrow();
        // P = 0.2 * (1 - sigmoid(logit(0.1) - 2)) + 0.8 * sigmoid(logit(0.2) + 2) = 0.7161
        assertThat(pick.item().itemId()).isEqualTo("py-easiest");
        assertThat(pick.predictedCorrect()).isCloseTo(0.7161, within(1e-4));
        assertThat(pick.reason()).isEqualTo(new Reason(ReasonKind.ITEM_NEAR_TARGET, "python-essentials", 0.2, 0.95,
                null, "Practise 'Python essentials for data work' (mastery 0.20, target 0.95) with an item you "
                        + "should get right 72% of the time, the closest to the 70% aimed for."));

        ItemRecommendation notAgain = PLANNER.nextItem(path, snapshot, candidates, List.of("py-easiest"))
                .orElseThrow();
        assertThat(notAgain.item().itemId()).isEqualTo("py-easy"); // 0.5158

        ItemRecommendation allSeen = PLANNER.nextItem(path, snapshot, candidates,
                List.of("py-mid", "py-hard", "py-easiest", "py-easy")).orElseThrow();
        assertThat(allSeen.item().itemId()).isEqualTo("py-mid"); // seen longest ago
        assertThat(allSeen.reason().sentence()).contains("the item you saw longest ago");

        assertThat(PLANNER.nextItem(path, snapshot, List.of(candidates.get(5)), List.of())).isEmpty();
    }

    @Test
    void aSkillMoreLikelyKnownThanNotGetsTheItemThatBestTellsKnowingFromGuessing() {
        List<ItemCandidate> candidates = List.of(
                new ItemCandidate("py-hardest", List.of("python-essentials"), 2.0),
                new ItemCandidate("py-hard", List.of("python-essentials"), 1.0),
                new ItemCandidate("py-mid", List.of("python-essentials"), 0.0),
                new ItemCandidate("py-easy", List.of("python-essentials"), -1.0),
                new ItemCandidate("py-easiest", List.of("python-essentials"), -2.0));
        LearnerSnapshot likelyKnown = new Learner().practising("python-essentials", 0.6).snapshot();
        LearningPath path = PLANNER.plan(GOAL, likelyKnown);

        ItemRecommendation check = PLANNER.nextItem(path, likelyKnown, candidates, List.of()).orElseThrow();
        // Expected evidence KL(known || not known) with guess 0.2, slip 0.1: d = -2: 0.36, -1: 0.72, 0: 1.15,
        // 1: 1.38 (right if known 1 - sigmoid(logit(0.1) + 1) = 0.768, guessed sigmoid(logit(0.2) - 1) = 0.084),
        // 2: 1.21. The hardest item is the strongest proof when right, but is too often missed by a learner who knows.
        assertThat(check.item().itemId()).isEqualTo("py-hard");
        assertThat(check.predictedCorrect()).isCloseTo(0.6 * 0.768 + 0.4 * 0.0842, within(1e-3));
        assertThat(check.reason()).isEqualTo(new Reason(ReasonKind.ITEM_MASTERY_CHECK, "python-essentials", 0.6,
                0.95, null, "Show that you know 'Python essentials for data work' (mastery 0.60, target 0.95): of the "
                        + "items for it, this one best tells knowing it from guessing; if you know it you should get "
                        + "it right 77% of the time (49% by what we know of you now)."));
        assertThat(PLANNER.nextItem(path, likelyKnown, candidates, List.of("py-hard")).orElseThrow().item().itemId())
                .isEqualTo("py-hardest");

        // Below 0.5 the learner is more likely still learning: practice nearest the target, as before.
        LearnerSnapshot learning = new Learner().practising("python-essentials", 0.45).snapshot();
        ItemRecommendation practice = PLANNER.nextItem(PLANNER.plan(GOAL, learning), learning, candidates, List.of())
                .orElseThrow();
        assertThat(practice.reason().kind()).isEqualTo(ReasonKind.ITEM_NEAR_TARGET);
        assertThat(practice.item().itemId()).isEqualTo("py-easy"); // 0.45 * 0.961 + 0.55 * 0.405 = 0.655

        // The check can be turned off: then the target rule applies at every mastery.
        PathPlanner noChecks = new PathPlanner(GRAPH, MODEL, PlannerConfig.DEFAULT.withMasteryCheckFrom(1));
        assertThat(noChecks.nextItem(path, likelyKnown, candidates, List.of()).orElseThrow().reason().kind())
                .isEqualTo(ReasonKind.ITEM_NEAR_TARGET);
    }

    @Test
    void anItemPractisingSeveralSkillsStillBeingLearntIsPreferredOnlyNearTheTarget() {
        LearnerSnapshot snapshot = new Learner()
                .masteredModules("python-for-data-analysis", "numpy-fundamentals")
                .practising("pandas-data-structures", 0.45)
                .practising("pandas-indexing", 0.4)
                .snapshot();
        LearningPath path = PLANNER.plan(GOAL, snapshot);
        assertThat(path.nextStep().skillCode()).isEqualTo("pandas-indexing");
        List<ItemCandidate> candidates = List.of(
                // 0.708: the single item nearest the target
                new ItemCandidate("idx", List.of("pandas-indexing"), -1.5),
                // 0.800 * 0.783 = 0.627: both skills in one answer; per skill sqrt(0.627) = 0.792, 0.092 from the
                // target
                new ItemCandidate("pair", List.of("pandas-data-structures", "pandas-indexing"), -2.0),
                // 0.453 * 0.417 = 0.189, 0.435 per skill: too far from the target to be preferred
                new ItemCandidate("pair-hard", List.of("pandas-data-structures", "pandas-indexing"), 0.5));

        ItemRecommendation pick = PLANNER.nextItem(path, snapshot, candidates, List.of()).orElseThrow();
        assertThat(pick.item().itemId()).isEqualTo("pair");
        assertThat(pick.skillCode()).isEqualTo("pandas-indexing");
        assertThat(pick.reason()).isEqualTo(new Reason(ReasonKind.ITEM_SEVERAL_SKILLS, "pandas-indexing", 0.4, 0.95,
                null, "Practise 'Selecting and filtering data in pandas' (mastery 0.40, target 0.95) together with "
                        + "'pandas Series and DataFrames' (mastery 0.45): this item practises both in one answer, and "
                        + "you should get it right 63% of the time, 79% for each skill's part, near the 70% aimed "
                        + "for."));

        assertThat(PLANNER.nextItem(path, snapshot, candidates, List.of("pair")).orElseThrow().item().itemId())
                .isEqualTo("idx");
        // A skill already mastered does not count: the pair is then just an item, judged by the target alone.
        LearnerSnapshot oneMastered = new Learner()
                .masteredModules("python-for-data-analysis", "numpy-fundamentals")
                .mastered("pandas-data-structures")
                .practising("pandas-indexing", 0.4)
                .snapshot();
        assertThat(PLANNER.nextItem(PLANNER.plan(GOAL, oneMastered), oneMastered, candidates, List.of())
                .orElseThrow().item().itemId()).isEqualTo("idx");
        // Tolerance 0 turns the preference off.
        PathPlanner targetOnly = new PathPlanner(GRAPH, MODEL, PlannerConfig.DEFAULT.withMultiSkillTolerance(0));
        assertThat(targetOnly.nextItem(path, snapshot, candidates, List.of()).orElseThrow().item().itemId())
                .isEqualTo("idx");
    }

    @Test
    void plannerConfigDefaultsAndBounds() {
        assertThat(new PlannerConfig(0.95, 0.7)).isEqualTo(new PlannerConfig(0.95, 0.7, 0.5, 0.2))
                .isEqualTo(PlannerConfig.DEFAULT);
        assertThatThrownBy(() -> new PlannerConfig(0.95, 0.7, 0, 0.2)).hasMessageContaining("masteryCheckFrom");
        assertThatThrownBy(() -> new PlannerConfig(0.95, 0.7, 0.5, -0.1)).hasMessageContaining("multiSkillTolerance");
    }
}
