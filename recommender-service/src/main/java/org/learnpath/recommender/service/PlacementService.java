package org.learnpath.recommender.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.learnpath.learner.CatalogGraph;
import org.learnpath.learner.ItemCandidate;
import org.learnpath.learner.KnowledgeBelief;
import org.learnpath.learner.KnowledgeSpace;
import org.learnpath.learner.KnowledgeStateModel;
import org.learnpath.learner.LearnerSnapshot;
import org.learnpath.learner.LearningPath;
import org.learnpath.learner.ModelConfig;
import org.learnpath.learner.Placement;
import org.learnpath.learner.PlacementAnswer;
import org.learnpath.learner.PlacementConfig;
import org.learnpath.learner.PlacementItem;
import org.learnpath.learner.PlacementResult;
import org.learnpath.learner.SkillEstimate;
import org.learnpath.learner.SkillMastery;
import org.learnpath.recommender.config.PlacementSettings;
import org.learnpath.recommender.config.RecommenderConfig;
import org.learnpath.recommender.model.CatalogData;
import org.learnpath.recommender.model.Learner;
import org.learnpath.recommender.model.LearnerGoal;
import org.learnpath.recommender.model.PlacementFindings;
import org.learnpath.recommender.model.PlacementNote;
import org.learnpath.recommender.model.PlacementStatus;
import org.learnpath.recommender.model.StoredPlacement;
import org.learnpath.recommender.model.WeighedAnswer;
import org.learnpath.recommender.repository.AnswerRepository;
import org.learnpath.recommender.repository.GoalRepository;
import org.learnpath.recommender.repository.MasteryRepository;
import org.learnpath.recommender.repository.PlacementRepository;
import org.learnpath.rest.ProblemException;
import org.learnpath.rest.ProblemType;

/**
 * The placement assessment of a goal (issue 27): an adaptive initial test of at most
 * {@code learnpath.recommender.placement.max-items} items that lets a learner show what they already know and start
 * the goal's path past it.
 *
 * <p><b>Asking.</b> Each item is the one {@link Placement} expects to tell most about the learner's knowledge state,
 * among the catalog's published items whose skills all lie in one module of the goal, at their calibrated difficulty,
 * that the learner has never answered. The placement records the item it names (it keeps naming it, while the learner
 * may still answer it for the first time, until it is answered): only the learner's first answer to that very item,
 * given in an assessment session of kind PLACEMENT (answer events of purpose PLACEMENT) after the placement started,
 * is linked to it when consumed (see {@link AnswerIngest} and PlacementRepository.link), without being traced:
 * placement measures, it teaches nothing. Any other placement answer is stored and weighed by nothing, so that a key
 * looked up in another session never counts. The placement asks until its budget of linked answers is spent or no
 * item would tell enough ({@code done}). What it asks next is computed once per linked answer (and catalog revision,
 * model and answers of the learner) and kept in memory: the client polls while it waits for an answer to be linked.
 *
 * <p><b>Finishing.</b> The result of the linked answers seeds the learner's estimate of every skill of the goal they
 * have never practised ({@link Placement#seeds}), exactly as the learner model's simulator does. Seeds are written
 * like a replay page writes states: under the learner-states lock taken exclusively, so that no answer batch is in
 * flight (it would apply answers to states read before the seeds) and the seeds land after a definite answer, the
 * learner's last stored one, which the placement records. A replay of the learner's answers restores them at that
 * very place ({@link LearnerReplay}), so replayed states equal live ones. Answer lanes then read the learner's states
 * again rather than use what they cached ({@link ReplayGate}). The path the seeds open is announced like an answer's,
 * and an assignment whose goal the seeds complete is recorded as completed ({@link AssignmentCompletions}), as an
 * answer batch would. The modules the result names are those whose every skill the learner masters once the seeds
 * are in: a skill practised before keeps its own state, which may leave its module short. A placement with no
 * answer it can weigh writes no seeds and places the learner past nothing.
 */
@ApplicationScoped
public class PlacementService {

    private final PlanningFactory planning;
    private final KnowledgeSpaces spaces;
    private final PlacementRepository placements;
    private final AnswerRepository answers;
    private final MasteryRepository masteries;
    private final GoalRepository goals;
    private final PathEvents paths;
    private final AssignmentCompletions completions;
    private final PlacementSettings settings;
    private final double masteryThreshold;
    /** What each placement in progress asks next, by what it depends on (see {@link Asked}); least recently used out. */
    private final Map<Asked, Optional<NextItem>> asked = Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Asked, Optional<NextItem>> eldest) {
                    return size() > ASKED_ENTRIES;
                }
            });
    private final AtomicLong beliefs = new AtomicLong();

    /** A few hundred learners taking a placement at the same moment; an entry is a few hundred bytes. */
    private static final int ASKED_ENTRIES = 1_024;

    /**
     * What the next item of a placement in progress depends on: its linked answers (their count: they are only ever
     * added), the item it names now, the learner's stored answers (their count: an item answered elsewhere is no longer
     * asked), the catalog revision and the model.
     */
    private record Asked(UUID placementId, int answered, String named, long learnerAnswers, long revision,
            ModelConfig model) {
    }

    public PlacementService(PlanningFactory planning, KnowledgeSpaces spaces, PlacementRepository placements,
            AnswerRepository answers, MasteryRepository masteries, GoalRepository goals, PathEvents paths,
            AssignmentCompletions completions, PlacementSettings settings, RecommenderConfig config) {
        this.planning = planning;
        this.spaces = spaces;
        this.placements = placements;
        this.answers = answers;
        this.masteries = masteries;
        this.goals = goals;
        this.paths = paths;
        this.completions = completions;
        this.settings = settings;
        this.masteryThreshold = config.masteryThreshold();
    }

    /**
     * The item to ask next.
     *
     * @param moduleSlug the module of the goal whose skills the item measures
     */
    public record NextItem(PlacementItem item, String moduleSlug) {
    }

    /**
     * A placement as a response shows it.
     *
     * @param next     for a placement in progress, the item to ask next; empty when it is over (see {@link #done})
     * @param findings for a completed placement, what it found; null otherwise
     * @param created  whether the request started it
     */
    public record PlacementState(Catalog catalog, StoredPlacement placement, Optional<NextItem> next,
            PlacementFindings findings, boolean created) {

        /** In progress and nothing left to ask: the client should finish it. */
        public boolean done() {
            return placement.status() == PlacementStatus.IN_PROGRESS && next.isEmpty();
        }
    }

    /**
     * Starts a placement for {@code goalSlug} (null: the learner's chosen goal), or resumes the one in progress for it.
     * A placement in progress for another goal is skipped: a learner takes one at a time.
     */
    public PlacementState start(Learner learner, String goalSlug) {
        Planning plans = planning.current();
        String goal = goalOf(learner, goalSlug, plans);
        // A goal placement cannot weigh (a module of more than 16 skills) is refused before anything is stored.
        spaces.of(plans.catalog(), goal, spaceConfig());
        boolean[] created = new boolean[1];
        StoredPlacement placement = QuarkusTransaction.requiringNew().call(() -> {
            placements.lockLearner(learner.id());
            Optional<StoredPlacement> open = placements.inProgress(learner.id());
            if (open.isPresent() && open.get().goalSlug().equals(goal)) {
                return open.get();
            }
            Instant now = Instant.now();
            open.ifPresent(other -> placements.skip(other.id(), now));
            StoredPlacement fresh = new StoredPlacement(UUID.randomUUID(), learner.id(), goal,
                    PlacementStatus.IN_PROGRESS, now, null, settings.maxItems(), 0, null);
            placements.create(fresh);
            created[0] = true;
            return fresh;
        });
        return state(plans, placement, created[0]);
    }

    /** The latest placement of the goal (null: the chosen goal); 404 when there is none. */
    public PlacementState latest(Learner learner, String goalSlug) {
        Planning plans = planning.current();
        String goal = goalOf(learner, goalSlug, plans);
        return state(plans, latestOf(learner, goal), false);
    }

    /**
     * Gives up the placement in progress for the goal, which seeds nothing; with none, records that the learner
     * skipped placement for it. A skipped placement stays skipped (the same answer again); a completed one cannot be
     * skipped (409).
     */
    public PlacementState skip(Learner learner, String goalSlug) {
        Planning plans = planning.current();
        String goal = goalOf(learner, goalSlug, plans);
        StoredPlacement placement = QuarkusTransaction.requiringNew().call(() -> {
            placements.lockLearner(learner.id());
            Instant now = Instant.now();
            Optional<StoredPlacement> latest = placements.latest(learner.id(), goal);
            if (latest.isEmpty()) {
                StoredPlacement skipped = new StoredPlacement(UUID.randomUUID(), learner.id(), goal,
                        PlacementStatus.SKIPPED, now, now, settings.maxItems(), 0, null);
                placements.create(skipped);
                return skipped;
            }
            StoredPlacement current = latest.get();
            return switch (current.status()) {
                case COMPLETED -> throw ProblemException.conflict("The placement for goal '" + goal
                        + "' is completed already: its result stays");
                case SKIPPED -> current;
                case IN_PROGRESS -> {
                    placements.skip(current.id(), now);
                    yield placements.find(current.id()).orElseThrow();
                }
            };
        });
        return state(plans, placement, false);
    }

    /**
     * Completes the latest placement of the goal from the answers linked to it: stores what it found, seeds the
     * learner's estimate of every skill of the goal they never practised, records the assignments the seeds complete,
     * and announces the path if it changed. Without an answer it can weigh it completes with an empty result: no seeds,
     * placed past nothing (the prior alone is no evidence). Finishing a completed placement again changes nothing; a
     * skipped one cannot be finished (409).
     */
    public PlacementState finish(Learner learner, String goalSlug) {
        Planning plans = planning.current();
        String goal = goalOf(learner, goalSlug, plans);
        StoredPlacement latest = latestOf(learner, goal);
        if (latest.status() != PlacementStatus.IN_PROGRESS) {
            requireNotSkipped(latest);
            return state(plans, latest, false);
        }
        Placement placement = placementFor(plans, goal, latest.maxItems());
        // Weighed before the locks are taken: with a large goal it takes a while, and every answer lane waits on the
        // exclusive lock. Weighed again under it only if an answer was linked meanwhile.
        List<WeighedAnswer> linked = placements.answers(latest.id());
        PlacementResult computed = weighed(placement, linked).isEmpty() ? null : result(placement, linked);
        StoredPlacement completed = QuarkusTransaction.requiringNew().call(() -> {
            placements.lockLearner(learner.id());
            masteries.lockStatesForSeeding();
            StoredPlacement current = placements.find(latest.id()).orElseThrow();
            if (current.status() != PlacementStatus.IN_PROGRESS) {
                requireNotSkipped(current);
                return current;
            }
            List<WeighedAnswer> weighed = placements.answers(current.id());
            // Stored states keep microseconds: a seed is restored by a replay exactly as it is written here.
            Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
            if (weighed(placement, weighed).isEmpty()) {
                // Nothing answered: no evidence, so no seeds and no module placed past.
                placements.complete(current.id(), at, null, PlacementFindings.NONE);
                return placements.find(current.id()).orElseThrow();
            }
            PlacementResult result = weighed.equals(linked) ? computed : result(placement, weighed);
            Map<String, SkillMastery> seeds = new LinkedHashMap<>();
            placement.seeds(result, at).forEach(seed -> seeds.put(seed.skillCode(), seed));
            Map<String, SkillMastery> states = new HashMap<>();
            masteries.load(learner.id()).forEach(state -> states.put(state.skillCode(), state));
            List<SkillMastery> written = new ArrayList<>();
            for (SkillMastery seed : seeds.values()) {
                SkillMastery state = states.get(seed.skillCode());
                if (state == null || state.practiceCount() == 0) {
                    written.add(seed);
                    states.put(seed.skillCode(), seed);
                }
            }
            LearnerSnapshot merged = plans.snapshot(learner.id(), states.values(), at);
            placements.complete(current.id(), at, answers.lastPosition(learner.id()).orElse(null),
                    findings(placement, result, seeds, slug -> masters(plans.catalog().graph(), merged, slug)));
            if (!written.isEmpty()) {
                masteries.upsert(Map.of(learner.id(), written));
                placements.seeded();
                // As an answer batch that completes a goal would: an assignment the seeds complete, with its event.
                completions.completeMastered(plans, List.of(learner.id()), null, at);
                announce(learner.id(), states.values(), at);
            }
            return placements.find(current.id()).orElseThrow();
        });
        return state(plans, completed, false);
    }

    /** Per module, why the learner starts past it, from their completed placements (see PlacementRepository). */
    public Map<String, PlacementNote> notes(String learnerId) {
        return placements.notes(learnerId);
    }

    private StoredPlacement latestOf(Learner learner, String goal) {
        return placements.latest(learner.id(), goal).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                404, "Learner '" + learner.id() + "' has no placement for goal '" + goal + "': POST one first"));
    }

    private static void requireNotSkipped(StoredPlacement placement) {
        if (placement.status() == PlacementStatus.SKIPPED) {
            throw ProblemException.conflict("The placement for goal '" + placement.goalSlug()
                    + "' was skipped: start a new one to take it");
        }
    }

    /** The goal asked for (null: the learner's chosen one), if the learner's organization sees it. */
    private String goalOf(Learner learner, String goalSlug, Planning plans) {
        String goal = goalSlug != null ? goalSlug : goals.find(learner.id()).map(LearnerGoal::goalSlug)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, 404, "Learner '" + learner.id()
                        + "' has not chosen a goal yet: PUT one to .../goal first, or name the goal"));
        // Another organization's goal is answered as a goal that does not exist (see LearnerService.path).
        if (!plans.catalog().hasGoalFor(goal, learner.organization())) {
            throw ProblemException.notFound("Goal", goal);
        }
        return goal;
    }

    /** The settings that shape a goal's knowledge space: how many down-sets to enumerate, else how many draws. */
    private PlacementConfig spaceConfig() {
        return PlacementConfig.DEFAULT.withMaxStates(settings.maxStates()).withSamples(settings.samples());
    }

    private Placement placementFor(Planning plans, String goal, int maxItems) {
        KnowledgeSpace space = spaces.of(plans.catalog(), goal, spaceConfig());
        PlacementConfig config = spaceConfig().withMaxItems(maxItems)
                .withMinInformationBits(settings.minInformationBits())
                .withSeedCap(settings.seedCap());
        return new Placement(plans.catalog().graph(), new KnowledgeStateModel(space, plans.model(), config), config,
                masteryThreshold);
    }

    private PlacementState state(Planning plans, StoredPlacement placement, boolean created) {
        return switch (placement.status()) {
            case IN_PROGRESS -> new PlacementState(plans.catalog(), placement, asked(plans, placement, true), null,
                    created);
            case COMPLETED -> new PlacementState(plans.catalog(), placement, Optional.empty(),
                    placements.findings(placement.id()), created);
            case SKIPPED -> new PlacementState(plans.catalog(), placement, Optional.empty(), null, created);
        };
    }

    /** How many times a placement's belief was computed to find what it asks (for tests and benchmarks). */
    public long beliefsComputed() {
        return beliefs.get();
    }

    /**
     * What the placement in progress asks now, from memory when nothing it depends on changed since it was computed
     * (see {@link Asked}); otherwise computed and recorded as the item the placement names.
     *
     * @param retry whether to read the placement again and retry once when another request named an item meanwhile
     */
    private Optional<NextItem> asked(Planning plans, StoredPlacement placement, boolean retry) {
        long learnerAnswers = placements.answersOf(placement.learnerId());
        Asked key = new Asked(placement.id(), placement.answered(), placement.nextItemId(), learnerAnswers,
                plans.catalog().revision(), plans.model());
        Optional<NextItem> known = asked.get(key);
        if (known != null) {
            return known;
        }
        Optional<NextItem> next;
        if (placement.answered() >= placement.maxItems()) {
            // The budget of linked answers is spent, whatever the belief weighed of them.
            next = Optional.empty();
        } else {
            Placement model = placementFor(plans, placement.goalSlug(), placement.maxItems());
            List<WeighedAnswer> linked = placements.answers(placement.id());
            KnowledgeBelief belief = model.belief(weighed(model, linked));
            beliefs.incrementAndGet();
            next = next(plans, model, belief, placement, linked);
        }
        String named = next.map(n -> n.item().item().itemId()).orElse(null);
        if (!Objects.equals(named, placement.nextItemId())
                && !placements.name(placement.id(), placement.answered(), placement.nextItemId(), named)) {
            // An answer was linked, or another request named an item, since the placement was read.
            Optional<StoredPlacement> again = placements.find(placement.id());
            if (retry && again.isPresent() && again.get().status() == PlacementStatus.IN_PROGRESS) {
                return asked(plans, again.get(), false);
            }
            return next;
        }
        asked.put(new Asked(placement.id(), placement.answered(), named, learnerAnswers, plans.catalog().revision(),
                plans.model()), next);
        return next;
    }

    /** Whether every skill of the module is mastered in the snapshot. */
    private boolean masters(CatalogGraph graph, LearnerSnapshot snapshot, String moduleSlug) {
        for (String skill : graph.module(moduleSlug).skillCodes()) {
            if (snapshot.skill(skill).map(SkillEstimate::mastery).orElse(0.0) < masteryThreshold) {
                return false;
            }
        }
        return true;
    }

    /** The linked answers the placement weighs: those to items of one module of the goal (it can weigh no other). */
    private static List<PlacementAnswer> weighed(Placement placement, List<WeighedAnswer> linked) {
        List<PlacementAnswer> weighed = new ArrayList<>(linked.size());
        for (WeighedAnswer answer : linked) {
            ItemCandidate item = new ItemCandidate(answer.itemId(), answer.skillCodes(), answer.difficulty(),
                    answer.guessFloor());
            if (placement.model().moduleOf(item) >= 0) {
                weighed.add(new PlacementAnswer(item, answer.correct()));
            }
        }
        return weighed;
    }

    private static PlacementResult result(Placement placement, List<WeighedAnswer> linked) {
        List<PlacementAnswer> weighed = weighed(placement, linked);
        return placement.result(placement.belief(weighed), weighed);
    }

    /**
     * The next item among the goal's published items the learner never answered (placement answers included, linked
     * or not yet), at their calibrated difficulty as {@link LearnerService} uses it: the item the placement names
     * already while it may still be asked (so that a learner reading it never finds another named meanwhile, e.g. by
     * another instance whose calibrations moved), else the most informative.
     */
    private Optional<NextItem> next(Planning plans, Placement placement, KnowledgeBelief belief,
            StoredPlacement stored, List<WeighedAnswer> linked) {
        KnowledgeSpace space = placement.model().space();
        Map<String, CatalogData.Item> items = new LinkedHashMap<>();
        for (String skill : space.skills()) {
            plans.catalog().itemsFor(skill).forEach(item -> items.putIfAbsent(item.id(), item));
        }
        if (items.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Double> calibrated = masteries.difficulties(items.keySet());
        List<ItemCandidate> candidates = new ArrayList<>(items.size());
        for (CatalogData.Item item : items.values()) {
            ItemCandidate candidate = new ItemCandidate(item.id(), item.skillCodes(),
                    calibrated.getOrDefault(item.id(), item.priorDifficulty()), item.guessFloor());
            if (placement.model().moduleOf(candidate) >= 0) {
                candidates.add(candidate);
            }
        }
        Set<String> excluded = new HashSet<>(answers.answeredAmong(stored.learnerId(), items.keySet()));
        linked.forEach(answer -> excluded.add(answer.itemId()));
        Optional<PlacementItem> next = Optional.empty();
        if (stored.nextItemId() != null) {
            List<ItemCandidate> named = candidates.stream()
                    .filter(candidate -> candidate.itemId().equals(stored.nextItemId())).toList();
            next = placement.nextItem(belief, named, excluded);
        }
        if (next.isEmpty()) {
            next = placement.nextItem(belief, candidates, excluded);
        }
        return next.map(item -> new NextItem(item,
                space.modules().get(placement.model().moduleOf(item.item())).slug()));
    }

    /**
     * @param mastered whether the learner masters every skill of a module once the seeds are in: a module the result
     *                 places the learner past is named only then (so it is one the path shows MASTERED)
     */
    private static PlacementFindings findings(Placement placement, PlacementResult result,
            Map<String, SkillMastery> seeds, java.util.function.Predicate<String> mastered) {
        List<PlacementFindings.SkillFinding> skills = new ArrayList<>();
        for (PlacementResult.SkillPlacement skill : result.skills()) {
            skills.add(new PlacementFindings.SkillFinding(skill.skillCode(), skill.known(), skill.answered(),
                    skill.correct(), seeds.get(skill.skillCode())));
        }
        List<PlacementFindings.ModuleFinding> modules = new ArrayList<>();
        for (PlacementResult.PlacedModule module : result.placedModules()) {
            if (!mastered.test(module.moduleSlug())) {
                continue;
            }
            modules.add(new PlacementFindings.ModuleFinding(module.moduleSlug(), module.shownSkill(),
                    module.shownHere(), placement.explain(module)));
        }
        return new PlacementFindings(skills, modules);
    }

    /** Announces the learner's path to their chosen goal if the seeds changed it, as an answer batch would. */
    private void announce(String learnerId, Collection<SkillMastery> states, Instant at) {
        LearnerGoal goal = goals.lock(List.of(learnerId)).get(learnerId);
        Planning plans = planning.current();
        if (goal == null || !plans.catalog().hasGoalFor(goal.goalSlug(), goal.organization())) {
            return;
        }
        LearningPath path = plans.path(goal.goalSlug(), plans.snapshot(learnerId, states, at));
        String signature = Planning.signature(path);
        if (!signature.equals(goal.pathSignature())) {
            // Caused by no answer event: the placement's result.
            paths.pathUpdated(path, null, goal.organization(), at);
            goals.pathAnnounced(learnerId, signature, at);
        }
    }
}
