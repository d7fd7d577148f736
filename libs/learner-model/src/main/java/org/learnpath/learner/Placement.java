package org.learnpath.learner;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The placement assessment of one goal: which item to ask next, and what the answers found. Pure and thread-safe.
 *
 * <p>Each item is the one whose answer is expected to tell most about the learner's knowledge state (the largest
 * {@link KnowledgeBelief#informationGain}), among the goal's items that measure skills of one module and that the
 * learner has not seen: an answer to an advanced item speaks for everything it builds on, a failure on a basic one
 * against everything built on it, so the placement probes wherever the model is least sure, locked modules included.
 * It ends after {@link PlacementConfig#maxItems()} answers, or sooner once no item is expected to tell more than
 * {@link PlacementConfig#minInformationBits()}. Placement answers are assessment only: they seed the learner's
 * estimates ({@link PlacementResult#seeds}), and the path still unlocks a module only once everything it requires is
 * mastered.
 */
public final class Placement {

    private final CatalogGraph graph;
    private final KnowledgeStateModel model;
    private final PlacementConfig config;
    private final double masteryThreshold;

    public Placement(CatalogGraph graph, KnowledgeStateModel model, PlacementConfig config, double masteryThreshold) {
        this.graph = Objects.requireNonNull(graph, "graph");
        this.model = Objects.requireNonNull(model, "model");
        this.config = Objects.requireNonNull(config, "config");
        this.masteryThreshold = masteryThreshold;
    }

    public KnowledgeStateModel model() {
        return model;
    }

    public PlacementConfig config() {
        return config;
    }

    /** The belief after {@code answers}. */
    public KnowledgeBelief belief(List<PlacementAnswer> answers) {
        return model.belief(answers);
    }

    /**
     * The next item to ask, or empty when the placement is over: the item budget is spent, no candidate is left, or
     * none would tell enough.
     *
     * @param candidates the item bank (items of other goals or spanning modules are ignored)
     * @param excluded   ids of items not to ask: those the learner has seen, in this placement or before
     */
    public Optional<PlacementItem> nextItem(KnowledgeBelief belief, Collection<ItemCandidate> candidates,
            Set<String> excluded) {
        if (belief.answers() >= config.maxItems()) {
            return Optional.empty();
        }
        PlacementItem best = null;
        for (ItemCandidate candidate : candidates) {
            if (excluded.contains(candidate.itemId()) || !belief.weighs(candidate)) {
                continue;
            }
            double gain = belief.informationGain(candidate);
            if (best == null || gain > best.informationGain()
                    || (gain == best.informationGain() && candidate.itemId().compareTo(best.item().itemId()) < 0)) {
                best = new PlacementItem(candidate, gain, belief.pCorrect(candidate));
            }
        }
        if (best == null || best.informationGain() < config.minInformationBits()) {
            return Optional.empty();
        }
        return Optional.of(best);
    }

    /**
     * The starting estimates {@code result} gives, as of {@code at}: {@link PlacementResult#seeds} capped at
     * {@link PlacementConfig#seedCap()}, except that a skill the placement never asked about and finds less likely
     * known than the population prior keeps no seed (the prior stands), unless that prior alone would count it as
     * mastered. Such a skill lies beyond a gap the learner will
     * study first; seeding it low would make the model ask for more right answers once the learner has learnt it (from
     * a lower start the learning transitions add up more slowly) without making its certification any safer, which
     * judges the evidence of answers anyway: in PlacementEvaluationTest it cost novices about 10 answers each.
     */
    public List<SkillMastery> seeds(PlacementResult result, Instant at) {
        List<SkillMastery> seeds = new ArrayList<>();
        for (SkillMastery seed : result.seeds(at, config.seedCap())) {
            double prior = model.parameters(seed.skillCode()).prior();
            if (seed.practiceCount() == 0 && seed.mastery() < prior && prior < masteryThreshold) {
                continue;
            }
            seeds.add(seed);
        }
        return seeds;
    }

    /** What the placement found after {@code answers} (their belief). */
    public PlacementResult result(KnowledgeBelief belief, List<PlacementAnswer> answers) {
        Map<String, int[]> counts = new HashMap<>();
        for (PlacementAnswer answer : answers) {
            for (String skill : answer.item().skillCodes()) {
                int[] count = counts.computeIfAbsent(skill, s -> new int[2]);
                count[0]++;
                count[1] += answer.correct() ? 1 : 0;
            }
        }
        List<PlacementResult.SkillPlacement> skills = new ArrayList<>();
        Map<String, Double> known = belief.marginals();
        known.forEach((skill, p) -> {
            int[] count = counts.getOrDefault(skill, new int[2]);
            skills.add(new PlacementResult.SkillPlacement(skill, p, count[0], count[1]));
        });
        List<PlacementResult.PlacedModule> placed = new ArrayList<>();
        KnowledgeSpace space = model.space();
        for (CatalogGraph.Module module : space.modules()) {
            List<String> own = space.skillsOf(space.indexOf(module.slug()));
            if (own.stream().allMatch(s -> Math.min(config.seedCap(), known.get(s)) >= masteryThreshold)) {
                placed.add(shown(module, own, counts, known));
            }
        }
        return new PlacementResult(space.goalSlug(), answers.size(), skills, placed);
    }

    /**
     * Why the learner starts past a placed module, in a sentence for the path: "You showed X in the placement
     * assessment, which builds on this module".
     */
    public String explain(PlacementResult.PlacedModule placed) {
        if (placed.shownSkill() == null) {
            return "The placement assessment placed you past this module.";
        }
        String skill = graph.skill(placed.shownSkill()).name();
        return placed.shownHere()
                ? "You showed " + skill + " in the placement assessment, so you start past this module."
                : "You showed " + skill + " in the placement assessment, which builds on this module, so you start past it.";
    }

    /** The right answer that put the learner past {@code module}: one of its own skills, else of a module building on it. */
    private PlacementResult.PlacedModule shown(CatalogGraph.Module module, List<String> own, Map<String, int[]> counts,
            Map<String, Double> known) {
        Comparator<String> surest = Comparator.comparingDouble(known::get);
        Optional<String> here = own.stream().filter(s -> counts.containsKey(s) && counts.get(s)[1] > 0).max(surest);
        if (here.isPresent()) {
            return new PlacementResult.PlacedModule(module.slug(), here.get(), true);
        }
        Set<String> dependents = graph.transitiveDependents(module.slug());
        Optional<String> above = model.space().modules().stream()
                .filter(m -> dependents.contains(m.slug()))
                .flatMap(m -> model.space().skillsOf(model.space().indexOf(m.slug())).stream())
                .filter(s -> counts.containsKey(s) && counts.get(s)[1] > 0)
                .max(surest);
        return new PlacementResult.PlacedModule(module.slug(), above.orElse(null), false);
    }
}
