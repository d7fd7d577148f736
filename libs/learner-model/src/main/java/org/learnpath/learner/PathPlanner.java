package org.learnpath.learner;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a learner snapshot into a {@link LearningPath} for a goal and picks the next item. Pure: the same
 * catalog, snapshot and candidates always give the same answer, so it can run anywhere (request thread,
 * simulator, benchmark) without state.
 *
 * <p>Per skill, at planning time (T = mastery threshold): <b>mastered</b> if current mastery >= T;
 * <b>learnt</b> if mastered, or practised with mastery >= T right after its last practice, or (with a memory model)
 * its memory has started; <b>due for review</b> if learnt but no longer mastered (forgetting, or wrong answers), or,
 * with a memory model ({@link ModelConfig#memory()}), when its predicted recall has fallen to
 * {@link PlannerConfig#targetRecall()}, not sooner than {@link PlannerConfig#minimumReviewGap()} after its last answer
 * (mastery then no longer decays: it says what the answers showed was learnt, recall how likely it is still there, so
 * a skill certified this morning is not reviewed this evening). Per module: MASTERED if all its skills are
 * mastered; READY if not, and every module it requires (transitively) has all skills learnt; LOCKED otherwise.
 * Modules the learner already masters (also never studied here: tested out, or known from the prior) are simply
 * MASTERED and skipped.
 *
 * <p>Next step, first match wins:
 * <ol>
 *   <li>remediation: a skill due for review in a module the best study candidate (3) requires, directly or
 *       not: REVIEW it, naming the module that builds on it;</li>
 *   <li>any other skill of the path due for review, unless its module is LOCKED (it waits until the missing
 *       prerequisite is learnt again): REVIEW;</li>
 *   <li>diagnosis during study ({@link PlannerConfig#diagnosisThreshold()}; off in {@link PlannerConfig#DEFAULT}, on at
 *       0.5 in the recommender's configuration): if the answers on the
 *       study candidate of the next rule make a gap in one of its direct prerequisites likely enough, REVIEW the most doubtful
 *       prerequisite skill first (a mastered skill: its item is a mastery check), naming the module;</li>
 *   <li>the READY module (not merely decayed: some skill never learnt) that unlocks the most not-yet-mastered
 *       modules of the path (transitive dependents), ties to the earlier one in study order: STUDY, starting
 *       with its weakest skill;</li>
 *   <li>every module is mastered but the goal is not certified ({@link GoalCertification}: the evidence does not
 *       make it likely enough that every skill is known): CERTIFY the first of the skills to check (one never
 *       answered, else the least certain one, whose check moves the goal's probability most);</li>
 *   <li>GOAL_COMPLETE.</li>
 * </ol>
 * Reviews go foundations first: the module earliest in study order, then the lowest mastery. Because of (1) and
 * (2), a STUDY step's required modules are always all MASTERED, never just "learnt".
 *
 * <p>Next item ({@link #nextItem}): within the step's skill, an item practising several skills still being learnt
 * if one is near the target success rate for each of its skills; else, once the skill is more likely known than
 * not, the mastery check that best tells knowing from guessing; else the item nearest the target success rate.
 */
public final class PathPlanner {

    private final CatalogGraph graph;
    private final ModelConfig model;
    private final PlannerConfig config;
    private final Explanations explanations;

    public PathPlanner(CatalogGraph graph, ModelConfig model, PlannerConfig config) {
        this.graph = Objects.requireNonNull(graph, "graph");
        this.model = Objects.requireNonNull(model, "model");
        this.config = Objects.requireNonNull(config, "config");
        this.explanations = new Explanations(graph, config.masteryThreshold());
    }

    public PlannerConfig config() {
        return config;
    }

    public LearningPath plan(String goalSlug, LearnerSnapshot snapshot) {
        double threshold = config.masteryThreshold();
        List<CatalogGraph.Module> closure = graph.goalClosure(goalSlug);
        Map<String, Integer> order = new HashMap<>();
        for (CatalogGraph.Module module : closure) {
            order.put(module.slug(), order.size());
        }
        Map<String, SkillEstimate> skills = new LinkedHashMap<>();
        Map<String, String> moduleOfSkill = new HashMap<>();
        for (CatalogGraph.Module module : closure) {
            for (String code : module.skillCodes()) {
                skills.computeIfAbsent(code, c -> estimate(snapshot, c));
                moduleOfSkill.putIfAbsent(code, module.slug());
            }
        }

        Set<String> masteredModules = new HashSet<>();
        Set<String> learntModules = new HashSet<>();
        for (CatalogGraph.Module module : closure) {
            if (module.skillCodes().stream().allMatch(c -> mastered(skills.get(c)))) {
                masteredModules.add(module.slug());
            }
            if (module.skillCodes().stream().allMatch(c -> learnt(skills.get(c)))) {
                learntModules.add(module.slug());
            }
        }
        List<ModuleProgress> progress = new ArrayList<>();
        List<String> ready = new ArrayList<>();
        for (CatalogGraph.Module module : closure) {
            List<SkillEstimate> estimates = module.skillCodes().stream().map(skills::get).toList();
            if (masteredModules.contains(module.slug())) {
                progress.add(new ModuleProgress(module.slug(), ModuleStatus.MASTERED, estimates, List.of()));
                continue;
            }
            List<String> missing = graph.transitivePrerequisites(module.slug()).stream()
                    .filter(p -> !learntModules.contains(p))
                    .sorted(Comparator.comparing(order::get))
                    .toList();
            ModuleStatus status = missing.isEmpty() ? ModuleStatus.READY : ModuleStatus.LOCKED;
            if (status == ModuleStatus.READY && !learntModules.contains(module.slug())) {
                // A learnt module that only decayed needs a review, not study: it is no study candidate.
                ready.add(module.slug());
            }
            progress.add(new ModuleProgress(module.slug(), status, estimates, missing));
        }

        List<ScheduledReview> reviews = new ArrayList<>();
        List<SkillEstimate> due = new ArrayList<>();
        Instant now = snapshot.at();
        for (SkillEstimate skill : skills.values()) {
            if (dueForReview(skill, now)) {
                due.add(skill);
            }
            MemoryModel memory = model.memory();
            if (memory != null && skill.memory() != null) {
                reviews.add(new ScheduledReview(skill.skillCode(), moduleOfSkill.get(skill.skillCode()),
                        skill.mastery(), reviewDue(skill.memory()), dueForReview(skill, now),
                        memory.recall(skill.memory(), now)));
            } else if (memory == null && skill.practiceCount() > 0 && skill.lastMastery() >= threshold) {
                BktParameters parameters = model.parameters(skill.skillCode());
                Optional<Instant> dueAt = model.forgetting().fallsBelow(skill.lastMastery(), parameters.prior(),
                        threshold, skill.lastPracticedAt());
                String moduleSlug = moduleOfSkill.get(skill.skillCode());
                dueAt.ifPresent(at -> reviews.add(new ScheduledReview(skill.skillCode(), moduleSlug, skill.mastery(),
                        at, dueForReview(skill, now), Double.NaN)));
            }
        }
        reviews.sort(Comparator.comparing(ScheduledReview::dueAt)
                .thenComparing(r -> order.get(r.moduleSlug())));

        // A decayed skill of a LOCKED module (a prerequisite was unlearnt since, by wrong answers) waits until
        // the prerequisite is learnt again: reviewing it first would build on a gap.
        Set<String> locked = new HashSet<>();
        progress.stream().filter(m -> m.status() == ModuleStatus.LOCKED).forEach(m -> locked.add(m.moduleSlug()));
        due.removeIf(skill -> locked.contains(moduleOfSkill.get(skill.skillCode())));

        GoalCertification certification = GoalCertification.of(new ArrayList<>(skills.values()),
                config.certificationTarget());
        Step step = nextStep(goalSlug, closure, order, skills, moduleOfSkill, masteredModules, ready, due,
                certification, now);
        return new LearningPath(goalSlug, snapshot.learnerId(), snapshot.at(), progress, reviews, step,
                certification);
    }

    private Step nextStep(String goalSlug, List<CatalogGraph.Module> closure, Map<String, Integer> order,
            Map<String, SkillEstimate> skills, Map<String, String> moduleOfSkill, Set<String> masteredModules,
            List<String> ready, List<SkillEstimate> due, GoalCertification certification, Instant now) {
        Set<String> remaining = new HashSet<>();
        closure.stream().map(CatalogGraph.Module::slug).filter(s -> !masteredModules.contains(s)).forEach(remaining::add);

        String best = null;
        int bestUnlocks = -1;
        for (String slug : ready) { // in study order, so ">" keeps the earlier module on ties
            int unlocks = (int) graph.transitiveDependents(slug).stream().filter(remaining::contains).count();
            if (unlocks > bestUnlocks) {
                best = slug;
                bestUnlocks = unlocks;
            }
        }
        // Reviews go foundations first (study order of the module), then the weakest skill.
        Comparator<SkillEstimate> reviewOrder = Comparator
                .comparing((SkillEstimate s) -> order.get(moduleOfSkill.get(s.skillCode())))
                .thenComparingDouble(SkillEstimate::mastery);

        if (best != null) {
            Set<String> required = graph.transitivePrerequisites(best);
            Optional<SkillEstimate> blocking = due.stream()
                    .filter(s -> graph.modulesTeaching(s.skillCode()).stream().anyMatch(required::contains))
                    .min(reviewOrder);
            if (blocking.isPresent()) {
                SkillEstimate skill = blocking.get();
                return new Step(StepKind.REVIEW, moduleOfSkill.get(skill.skillCode()), skill.skillCode(),
                        recallDue(skill, now) && mastered(skill)
                                ? explanations.prerequisiteRecall(skill, recall(skill, now), config.targetRecall(), best)
                                : explanations.prerequisiteDecayed(skill, best));
            }
        }
        if (!due.isEmpty()) {
            SkillEstimate skill = due.stream().min(reviewOrder).orElseThrow();
            return new Step(StepKind.REVIEW, moduleOfSkill.get(skill.skillCode()), skill.skillCode(),
                    recallDue(skill, now) && mastered(skill)
                            ? explanations.reviewRecall(skill, recall(skill, now), config.targetRecall(), goalSlug)
                            : explanations.reviewDue(skill, goalSlug));
        }
        if (best != null && config.diagnoses()) {
            Optional<Step> check = diagnosis(best, skills, moduleOfSkill);
            if (check.isPresent()) {
                return check.get();
            }
        }
        if (best != null) {
            SkillEstimate weakest = graph.module(best).skillCodes().stream()
                    .map(skills::get)
                    .filter(s -> !mastered(s))
                    .min(Comparator.comparingDouble(SkillEstimate::mastery)) // stable: first in module order on ties
                    .orElseThrow();
            String firstUnlocked = graph.directDependents(best).stream()
                    .filter(remaining::contains)
                    .min(Comparator.comparing(order::get))
                    .orElse(null);
            return new Step(StepKind.STUDY, best, weakest.skillCode(), explanations.readyForGoal(best, weakest,
                    !graph.module(best).prerequisites().isEmpty(), bestUnlocks, remaining.size() == 1, firstUnlocked,
                    goalSlug));
        }
        if (remaining.isEmpty() && !certification.certified()) {
            SkillEstimate skill = skills.get(certification.skillsToCheck().get(0));
            return new Step(StepKind.CERTIFY, moduleOfSkill.get(skill.skillCode()), skill.skillCode(),
                    explanations.certificationCheck(skill, certification, goalSlug));
        }
        if (remaining.isEmpty()) {
            return new Step(StepKind.GOAL_COMPLETE, null, null,
                    explanations.goalComplete(goalSlug, certification));
        }
        // The earliest unmastered module in study order has all its requirements mastered, so it is READY, or
        // it is only "learnt" and then one of its skills is due for review: one of the branches above matched.
        throw new IllegalStateException("No step for goal " + goalSlug + " although modules remain: " + remaining);
    }

    /**
     * Diagnosis during study (rule 3a of {@link #plan}): whether the answers on the module about to be studied make a
     * gap in a prerequisite it builds on likely enough to check one first.
     *
     * <p>Prior: {@code P(gap) = 1 - product of the evidence of every skill of the module's direct prerequisite
     * modules} (the chance that at least one of them is not known, treating them as independent). Evidence, not
     * mastery: the question is whether the learner truly knows them, and evidence is what their answers showed,
     * without the learning transitions mastery credits on top (the same reason certification uses it). Direct
     * prerequisites only: a deeper gap shows first as doubt on the module that builds on it directly.
     *
     * <p>Posterior odds = prior odds x {@code exp(ratio)}, ratio the largest {@link SkillEstimate#blockedLogRatio} among
     * the module's skills not mastered yet (the skill whose answers most favour "blocked"; a mastered one refutes the
     * gap by its own learning). At or above {@link PlannerConfig#diagnosisThreshold} the step is a REVIEW of the
     * prerequisite skill with the lowest evidence (then mastery, then study order).
     *
     * <p>Why this does not loop: the check asks for the prerequisite skill's mastery check item. A right answer raises
     * its evidence, multiplying the prior odds by at most {@code guess'' / (1 - slip'')} < 1 of the item, while the
     * ratio only moves on answers to the studied skill; so after finitely many right answers the posterior falls below
     * the threshold and study resumes (at most about {@code (ratio + logit(prior) - logit(threshold)) / log((1 -
     * slip'') / guess'')} checks in a row). A wrong answer takes the prerequisite below mastery: it is then reviewed or
     * studied by the ordinary rules (the studied module is no longer READY). Further checks come only after further
     * failures on the studied skill raise the ratio again, which is the evidence asking for them.
     */
    private Optional<Step> diagnosis(String module, Map<String, SkillEstimate> skills,
            Map<String, String> moduleOfSkill) {
        List<String> prerequisites = graph.module(module).prerequisites();
        if (prerequisites.isEmpty()) {
            return Optional.empty();
        }
        SkillEstimate studied = null;
        for (String code : graph.module(module).skillCodes()) {
            SkillEstimate skill = skills.get(code);
            if (!mastered(skill) && (studied == null || skill.blockedLogRatio() > studied.blockedLogRatio())) {
                studied = skill;
            }
        }
        if (studied == null || studied.blockedLogRatio() <= 0) {
            return Optional.empty(); // the answers do not favour a gap: no prior makes the posterior grow
        }
        double known = 1;
        SkillEstimate doubtful = null;
        Set<String> counted = new HashSet<>();
        for (String prerequisite : prerequisites) {
            for (String code : graph.module(prerequisite).skillCodes()) {
                if (!counted.add(code)) {
                    continue;
                }
                SkillEstimate skill = skills.get(code);
                known *= skill.evidence();
                if (doubtful == null || skill.evidence() < doubtful.evidence()
                        || (skill.evidence() == doubtful.evidence() && skill.mastery() < doubtful.mastery())) {
                    doubtful = skill;
                }
            }
        }
        if (doubtful == null) {
            return Optional.empty();
        }
        double gap = BlockedEvidence.posterior(1 - known, studied.blockedLogRatio());
        if (gap < config.diagnosisThreshold()) {
            return Optional.empty();
        }
        return Optional.of(new Step(StepKind.REVIEW, moduleOfSkill.get(doubtful.skillCode()), doubtful.skillCode(),
                explanations.prerequisiteDoubted(doubtful, studied, gap, config.diagnosisThreshold(), module)));
    }

    /**
     * The item to practise next for the path's next step. Candidates are the items measuring the step's skill
     * (and only skills of modules that are not LOCKED) that are not in {@code recentlySeen}; among them, first match
     * wins:
     * <ol>
     *   <li><b>several skills at once</b>: an item measuring two or more skills that are not mastered yet, if its
     *       predicted success <em>per skill</em> is within {@link PlannerConfig#multiSkillTolerance()} of the
     *       target: the one measuring the most such skills, then the nearest the target. The model counts an answer
     *       as a learning opportunity for every skill the item measures (and a right answer as evidence for each, as
     *       if alone), so one such answer does the work of several. Per skill because the item is conjunctive: its
     *       P(correct) is the product of its skills' parts, so an item practising two skills each at the target
     *       (0.7) is answered right 0.49 of the time; held to 0.7 as a whole, it would only be offered when each
     *       part is at about 0.84, i.e. to learners nearly done with both skills. Per skill the success rate is the
     *       geometric mean {@code P(correct)^(1/k)}. The tolerance is what keeps this honest: without it a
     *       beginner would be handed two-skill items they almost surely fail, which only pays off if failing such
     *       items teaches both skills as well as practising them one at a time, an assumption of the model that
     *       nothing here can check (with the default tolerance 0.2, a two-skill item is answered right at least a
     *       quarter of the time);</li>
     *   <li><b>mastery check</b>, when the step's skill has a mastery of at least
     *       {@link PlannerConfig#masteryCheckFrom()} (by default 0.5, from where the model finds "knows it" the
     *       likelier case: a skill never practised whose population prior is that high, where this is the test-out
     *       question, or a skill whose answers went well): the item whose answer best tells a learner who knows the
     *       skill from one who does not, i.e. with the largest expected evidence for a learner who knows it,
     *       {@code KL(P(answer | known) || P(answer | not known))}. A right answer to an easy item is also what a
     *       guesser gives, so near-target items let a learner who knows the skill answer many of them before the
     *       model is convinced; the check item is typically a harder one, which a learner who knows the skill gets
     *       right 60-90% of the time. Once the learner knows the skill there is nothing left to teach, only to
     *       show, so this is where the target rule costs answers without helping;</li>
     *   <li><b>practice</b>: the item whose predicted P(correct) is nearest the target ({@link
     *       PlannerConfig#targetCorrect()}), ties to the smaller item id.</li>
     * </ol>
     * Ties in (1) and (2) go to the item nearest the target, then the smaller id. If every candidate was seen
     * recently, the one seen longest ago. Empty when the goal is complete or no candidate measures the skill.
     *
     * @param recentlySeen item ids the learner answered recently, oldest first; for a certification check also
     *                     the only items known to have been answered
     */
    public Optional<ItemRecommendation> nextItem(LearningPath path, LearnerSnapshot snapshot,
            Collection<ItemCandidate> candidates, List<String> recentlySeen) {
        return nextItem(path, snapshot, candidates, recentlySeen, Set.copyOf(recentlySeen));
    }

    /**
     * {@link #nextItem(LearningPath, LearnerSnapshot, Collection, List)} knowing every item the learner answered.
     *
     * <p>For a CERTIFY step the item is a certification check: among the skill's items the learner never answered
     * ({@code answeredBefore}; if none is left, those not seen recently, then the one seen longest ago), the one
     * whose answer best tells knowing the skill from guessing, as for the mastery check. An item answered before
     * would test memory of its key rather than the skill.
     *
     * @param recentlySeen   item ids the learner answered recently, oldest first
     * @param answeredBefore every item id the learner ever answered (for certification checks)
     */
    public Optional<ItemRecommendation> nextItem(LearningPath path, LearnerSnapshot snapshot,
            Collection<ItemCandidate> candidates, List<String> recentlySeen, Set<String> answeredBefore) {
        Step step = path.nextStep();
        if (step.kind() == StepKind.GOAL_COMPLETE) {
            return Optional.empty();
        }
        String skill = step.skillCode();
        Set<String> open = new HashSet<>();
        for (ModuleProgress module : path.modules()) {
            if (module.status() != ModuleStatus.LOCKED) {
                module.skills().forEach(s -> open.add(s.skillCode()));
            }
        }
        List<ItemCandidate> pool = candidates.stream()
                .filter(c -> c.skillCodes().contains(skill) && open.containsAll(c.skillCodes()))
                .toList();
        if (pool.isEmpty()) {
            return Optional.empty();
        }
        Set<String> recent = new HashSet<>(recentlySeen);
        List<ItemCandidate> fresh = pool.stream().filter(c -> !recent.contains(c.itemId())).toList();
        SkillEstimate estimate = estimate(snapshot, skill);
        if (step.kind() == StepKind.CERTIFY) {
            List<ItemCandidate> unseen = fresh.stream().filter(c -> !answeredBefore.contains(c.itemId())).toList();
            if (!unseen.isEmpty() || !fresh.isEmpty()) {
                ItemRecommendation check = masteryCheck(snapshot, skill, estimate, unseen.isEmpty() ? fresh : unseen);
                return Optional.of(new ItemRecommendation(check.item(), skill, check.predictedCorrect(),
                        explanations.itemCertificationCheck(estimate, ifKnown(snapshot, skill, check.item()),
                                check.predictedCorrect(), !unseen.isEmpty())));
            }
        }
        if (fresh.isEmpty()) {
            ItemCandidate oldest = pool.stream()
                    .min(Comparator.comparingInt((ItemCandidate c) -> recentlySeen.lastIndexOf(c.itemId()))
                            .thenComparing(ItemCandidate::itemId))
                    .orElseThrow();
            double predicted = predict(snapshot, oldest);
            return Optional.of(new ItemRecommendation(oldest, skill, predicted,
                    explanations.itemNearTarget(estimate, predicted, config.targetCorrect(), true)));
        }
        Optional<ItemRecommendation> several = severalSkills(snapshot, skill, estimate, fresh);
        if (several.isPresent()) {
            return several;
        }
        if (estimate.mastery() >= config.masteryCheckFrom()) {
            return Optional.of(masteryCheck(snapshot, skill, estimate, fresh));
        }
        ItemCandidate best = null;
        double bestPredicted = Double.NaN;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (ItemCandidate candidate : fresh) {
            double predicted = predict(snapshot, candidate);
            double distance = Math.abs(predicted - config.targetCorrect());
            if (distance < bestDistance
                    || (distance == bestDistance && candidate.itemId().compareTo(best.itemId()) < 0)) {
                best = candidate;
                bestPredicted = predicted;
                bestDistance = distance;
            }
        }
        return Optional.of(new ItemRecommendation(best, skill, bestPredicted,
                explanations.itemNearTarget(estimate, bestPredicted, config.targetCorrect(), false)));
    }

    /** Rule 1 of {@link #nextItem}: a fresh item practising several unmastered skills, near enough the target. */
    private Optional<ItemRecommendation> severalSkills(LearnerSnapshot snapshot, String skill, SkillEstimate estimate,
            List<ItemCandidate> fresh) {
        if (config.multiSkillTolerance() == 0) {
            return Optional.empty();
        }
        ItemCandidate best = null;
        List<SkillEstimate> bestLearning = List.of();
        double bestPredicted = Double.NaN;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (ItemCandidate candidate : fresh) {
            if (candidate.skillCodes().size() < 2) {
                continue;
            }
            List<SkillEstimate> learning = candidate.skillCodes().stream()
                    .map(code -> estimate(snapshot, code))
                    .filter(s -> !mastered(s))
                    .toList();
            double predicted = predict(snapshot, candidate);
            double distance = Math.abs(perSkill(predicted, candidate) - config.targetCorrect());
            if (learning.size() < 2 || distance > config.multiSkillTolerance()) {
                continue;
            }
            int more = best == null ? 1 : Integer.compare(learning.size(), bestLearning.size());
            if (more > 0 || (more == 0 && (distance < bestDistance
                    || (distance == bestDistance && candidate.itemId().compareTo(best.itemId()) < 0)))) {
                best = candidate;
                bestLearning = learning;
                bestPredicted = predicted;
                bestDistance = distance;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        // The step's skill first, then the others in the item's order.
        List<SkillEstimate> others = bestLearning.stream().filter(s -> !s.skillCode().equals(skill)).toList();
        return Optional.of(new ItemRecommendation(best, skill, bestPredicted, explanations.itemSeveralSkills(estimate,
                others, bestPredicted, perSkill(bestPredicted, best), config.targetCorrect())));
    }

    /**
     * The success rate per skill of a conjunctive item answered right with probability {@code predicted}: the
     * geometric mean {@code predicted^(1/k)} over its k skills, what each skill's part of the answer would succeed
     * at if all were alike. This is what the target is about: two skills each practised at 0.7 make an item
     * answered right 0.49 of the time.
     */
    private static double perSkill(double predicted, ItemCandidate item) {
        return Math.pow(predicted, 1.0 / item.skillCodes().size());
    }

    /** Rule 2 of {@link #nextItem}: the fresh item whose answer best tells knowing the skill from not knowing it. */
    private ItemRecommendation masteryCheck(LearnerSnapshot snapshot, String skill, SkillEstimate estimate,
            List<ItemCandidate> fresh) {
        ItemCandidate best = null;
        double bestEvidence = Double.NEGATIVE_INFINITY;
        double bestIfKnown = Double.NaN;
        double bestPredicted = Double.NaN;
        for (ItemCandidate candidate : fresh) {
            // P(correct) if the skill is known and if it is not, the item's other skills at their current mastery
            // (the same conjunctive model as predict()).
            double ifKnown = ifKnown(snapshot, skill, candidate);
            double evidence = expectedEvidence(ifKnown, ifNotKnown(snapshot, skill, candidate));
            double predicted = predict(snapshot, candidate);
            int order = best == null ? 1 : Double.compare(evidence, bestEvidence);
            if (order == 0) { // ties: nearer the target, then the smaller id
                order = Double.compare(Math.abs(bestPredicted - config.targetCorrect()),
                        Math.abs(predicted - config.targetCorrect()));
            }
            if (order > 0 || (order == 0 && candidate.itemId().compareTo(best.itemId()) < 0)) {
                best = candidate;
                bestEvidence = evidence;
                bestIfKnown = ifKnown;
                bestPredicted = predicted;
            }
        }
        return new ItemRecommendation(best, skill, bestPredicted,
                explanations.itemMasteryCheck(estimate, bestIfKnown, bestPredicted));
    }

    /** P(correct) on {@code item} if {@code skill} is known, its other skills at their current mastery. */
    private double ifKnown(LearnerSnapshot snapshot, String skill, ItemCandidate item) {
        return (1 - forItem(skill, item).slip()) * others(snapshot, skill, item);
    }

    /** P(correct) on {@code item} if {@code skill} is not known (a guess), its other skills as they are. */
    private double ifNotKnown(LearnerSnapshot snapshot, String skill, ItemCandidate item) {
        return forItem(skill, item).guess() * others(snapshot, skill, item);
    }

    /** P(the item's skills other than {@code skill} succeed), the same conjunctive model as predict(). */
    private double others(LearnerSnapshot snapshot, String skill, ItemCandidate item) {
        double others = 1;
        for (String code : item.skillCodes()) {
            if (!code.equals(skill)) {
                others *= forItem(code, item).pCorrect(estimate(snapshot, code).mastery());
            }
        }
        return others;
    }

    private BktParameters forItem(String skill, ItemCandidate item) {
        return model.parameters(skill).forItem(item.difficulty(), item.guessFloor());
    }

    /**
     * {@code KL(Bernoulli(ifKnown) || Bernoulli(ifNotKnown))} in nats: how much, on average, one answer of a learner
     * who knows the skill moves the log-odds of "knows it" up. Probabilities are kept off 0 and 1 so that a
     * degenerate item (guess 0) ranks first instead of producing an infinity or NaN.
     */
    static double expectedEvidence(double ifKnown, double ifNotKnown) {
        double a = Math.min(1 - 1e-12, Math.max(1e-12, ifKnown));
        double b = Math.min(1 - 1e-12, Math.max(1e-12, ifNotKnown));
        return a * Math.log(a / b) + (1 - a) * Math.log((1 - a) / (1 - b));
    }

    /** P(correct) of the snapshot's learner on {@code item}, with {@link ResponseModel}. */
    public double predict(LearnerSnapshot snapshot, ItemCandidate item) {
        int k = item.skillCodes().size();
        BktParameters[] parameters = new BktParameters[k];
        double[] masteries = new double[k];
        for (int i = 0; i < k; i++) {
            String code = item.skillCodes().get(i);
            parameters[i] = model.parameters(code);
            masteries[i] = estimate(snapshot, code).mastery();
        }
        return ResponseModel.pCorrect(parameters, masteries, item.difficulty(), item.guessFloor());
    }

    private SkillEstimate estimate(LearnerSnapshot snapshot, String code) {
        return snapshot.skill(code).orElseGet(() -> SkillEstimate.unpractised(code, model.parameters(code)));
    }

    private boolean mastered(SkillEstimate skill) {
        return skill.mastery() >= config.masteryThreshold();
    }

    private boolean learnt(SkillEstimate skill) {
        return mastered(skill) || (skill.practiceCount() > 0 && skill.lastMastery() >= config.masteryThreshold())
                || skill.memory() != null;
    }

    /**
     * A learnt skill no longer mastered (by decay without a memory model, by a wrong answer with one), or, with a memory
     * model, one whose predicted recall has fallen to the target (not sooner than the minimum gap after its last answer).
     */
    private boolean dueForReview(SkillEstimate skill, Instant at) {
        return learnt(skill) && (!mastered(skill) || recallDue(skill, at));
    }

    private boolean recallDue(SkillEstimate skill, Instant at) {
        return model.memory() != null && skill.memory() != null && !at.isBefore(reviewDue(skill.memory()));
    }

    private Instant reviewDue(SkillMemory memory) {
        return model.memory().reviewDue(memory, config.targetRecall(), config.minimumReviewGap());
    }

    private double recall(SkillEstimate skill, Instant at) {
        return model.memory().recall(skill.memory(), at);
    }

    /**
     * Whether a skill in this state is due for review at {@code at} by the rules of {@link #plan} (for callers that
     * decide whether a path may have changed without planning it).
     */
    public boolean dueForReview(SkillMastery state, Instant at) {
        return dueForReview(SkillEstimate.of(state, at, model.parameters(state.skillCode()), model.forgetting()), at);
    }

    /** Whether a skill in this state counts as learnt at {@code at} (see {@link #plan}). */
    public boolean learnt(SkillMastery state, Instant at) {
        return learnt(SkillEstimate.of(state, at, model.parameters(state.skillCode()), model.forgetting()));
    }
}
