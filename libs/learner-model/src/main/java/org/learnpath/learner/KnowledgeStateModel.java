package org.learnpath.learner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A probability distribution over a goal's feasible knowledge states ({@link KnowledgeSpace}), conditioned by Bayes'
 * rule on placement answers: what ALEKS-like placement reasons with. Immutable and thread-safe; {@link #belief} is a
 * pure function of the answers.
 *
 * <p><b>Prior.</b> A mixture over breadths b ({@link PlacementConfig#breadths()}): walking the goal's modules in study
 * order, each skill of a module whose required modules are all fully known is known with probability b, independently;
 * a module with a gap before it is not known at all. Given b, a state with down-set D of fully known modules and known
 * subsets S_M of its frontier modules has probability
 * <pre>
 *   P(state | b) = product over M in D of b^|M|  x  product over frontier M of b^|S_M| (1 - b)^(|M| - |S_M|)
 * </pre>
 * Every state outside the space (a skill known beyond a gap) has probability 0, so every per-skill probability read
 * from the distribution is consistent: a skill is never more likely known than a skill it builds on.
 *
 * <p><b>Likelihood.</b> The same response model as tracing ({@link ResponseModel} with masteries 0 or 1, the item's
 * difficulty and guessing floor): an answer to an item of module M depends on the state only through S_M, the known
 * subset of M. Only items whose skills lie in one module of the goal are weighed (placement asks no other). Knowledge
 * is taken as fixed during the placement: it teaches nothing.
 *
 * <p><b>Exact inference.</b> With L_M(S) the likelihood of the answers to M's items if exactly S of M is known,
 * <pre>
 *   P(D, b | answers)  proportional to  w_b  x  product over M in D of b^|M| L_M(M)
 *                                              x  product over frontier M of Z_M(b)
 *                                              x  product over other M of L_M(empty)
 *   Z_M(b) = sum over proper subsets S of M of b^|S| (1 - b)^(|M| - |S|) L_M(S)    (1 - b^|M| for an unanswered M)
 * </pre>
 * and within a frontier module the subset's posterior is proportional to b^|S| (1 - b)^(|M| - |S|) L_M(S). So one pass
 * over the down-sets and breadths gives, for every module, the exact posterior of its known subset, from which skill
 * probabilities, predictions and information gains follow. Cost: O(down-sets x (answered modules + breadths x frontier
 * size)) per belief, recomputed from all answers (see docs/placement.md for the measured cost). Over a sampled space
 * ({@link KnowledgeSpace#sampled()}) the prior terms of (D, b) are replaced by the share of the draws that gave them:
 * importance sampling, exact within each frontier module.
 */
public final class KnowledgeStateModel {

    private final KnowledgeSpace space;
    private final ModelConfig model;
    private final double[] breadths;
    private final double[] logBreadths;
    private final double[] logWeights;
    private final double[][] logUnansweredFrontier; // [module][breadth]: log(1 - b^|M|)

    public KnowledgeStateModel(KnowledgeSpace space, ModelConfig model, PlacementConfig config) {
        this.space = Objects.requireNonNull(space, "space");
        this.model = Objects.requireNonNull(model, "model");
        int count = config.breadths().size();
        this.breadths = new double[count];
        this.logBreadths = new double[count];
        this.logWeights = new double[count];
        double total = config.breadthWeights().stream().mapToDouble(Double::doubleValue).sum();
        for (int b = 0; b < count; b++) {
            breadths[b] = config.breadths().get(b);
            logBreadths[b] = Math.log(breadths[b]);
            logWeights[b] = Math.log(config.breadthWeights().get(b) / total);
        }
        if (space.sampled() && !space.drawBreadths().equals(config.breadths())) {
            throw new IllegalArgumentException("A sampled space must be weighed with the breadths it was drawn with");
        }
        int n = space.moduleCount();
        this.logUnansweredFrontier = new double[n][count];
        for (int m = 0; m < n; m++) {
            int k = space.skillsOf(m).size();
            for (int b = 0; b < count; b++) {
                // The prior mass of the proper subsets: all but "fully known".
                logUnansweredFrontier[m][b] = k == 0 ? Double.NEGATIVE_INFINITY : Math.log1p(-Math.pow(breadths[b], k));
            }
        }
    }

    /** The response model's parameters of a skill. */
    public BktParameters parameters(String skillCode) {
        return model.parameters(skillCode);
    }

    public KnowledgeSpace space() {
        return space;
    }

    /**
     * The module of the goal an item is weighed in, or -1 if it cannot be: a skill outside the goal, or skills of
     * several modules.
     */
    public int moduleOf(ItemCandidate item) {
        int module = -1;
        for (String skill : item.skillCodes()) {
            int m = space.moduleOf(skill);
            if (m < 0 || (module >= 0 && m != module)) {
                return -1;
            }
            module = m;
        }
        return module;
    }

    /**
     * P(correct) on {@code item} for each known subset of its module (bit i set: the module's i-th skill known): the
     * response model with masteries 0 or 1.
     */
    double[] pCorrectBySubset(ItemCandidate item, int module) {
        List<String> skills = space.skillsOf(module);
        int k = skills.size();
        double[] p = new double[1 << k];
        Arrays.fill(p, 1);
        for (String code : item.skillCodes()) {
            int bit = skills.indexOf(code);
            BktParameters parameters = model.parameters(code).forItem(item.difficulty(), item.guessFloor());
            for (int s = 0; s < p.length; s++) {
                p[s] *= (s & (1 << bit)) != 0 ? 1 - parameters.slip() : parameters.guess();
            }
        }
        return p;
    }

    /** The distribution over knowledge states given {@code answers} (the prior for none). */
    public KnowledgeBelief belief(List<PlacementAnswer> answers) {
        int n = space.moduleCount();
        int breadthCount = breadths.length;
        // Log-likelihood of each module's answers per known subset.
        double[][] logLikelihood = new double[n][];
        List<Integer> answered = new ArrayList<>();
        for (PlacementAnswer answer : answers) {
            int m = moduleOf(answer.item());
            if (m < 0) {
                throw new IllegalArgumentException("Item " + answer.item().itemId()
                        + " does not measure skills of one module of goal '" + space.goalSlug() + "'");
            }
            if (logLikelihood[m] == null) {
                logLikelihood[m] = new double[1 << space.skillsOf(m).size()];
                answered.add(m);
            }
            double[] p = pCorrectBySubset(answer.item(), m);
            for (int s = 0; s < p.length; s++) {
                logLikelihood[m][s] += Math.log(answer.correct() ? p[s] : 1 - p[s]);
            }
        }
        // Per answered module and breadth: log Z_M(b) over its proper subsets.
        double[][] logFrontier = new double[n][];
        for (int m : answered) {
            logFrontier[m] = new double[breadthCount];
            int k = space.skillsOf(m).size();
            int full = (1 << k) - 1;
            for (int b = 0; b < breadthCount; b++) {
                double max = Double.NEGATIVE_INFINITY;
                double[] terms = new double[full];
                for (int s = 0; s < full; s++) {
                    terms[s] = logSubsetPrior(s, k, b) + logLikelihood[m][s];
                    max = Math.max(max, terms[s]);
                }
                double sum = 0;
                for (double term : terms) {
                    sum += Math.exp(term - max);
                }
                logFrontier[m][b] = max + Math.log(sum);
            }
        }
        int[] answeredModules = answered.stream().mapToInt(Integer::intValue).toArray();

        // One pass over down-sets and breadths, accumulating with a running maximum (log-sum-exp without storing).
        double[] inDownSet = new double[n];
        double[][] inFrontier = new double[n][breadthCount];
        double total = 0;
        double max = Double.NEGATIVE_INFINITY;
        double[] logWeight = new double[breadthCount];
        boolean sampled = space.sampled();
        int words = space.words();
        for (int d = 0; d < space.downSetCount(); d++) {
            double base = 0;
            for (int m : answeredModules) {
                if (space.inDownSet(d, m)) {
                    base += logLikelihood[m][logLikelihood[m].length - 1];
                } else if (!isFrontier(d, m)) {
                    base += logLikelihood[m][0];
                }
            }
            int from = space.frontierStart(d);
            int to = space.frontierStart(d + 1);
            double dMax = Double.NEGATIVE_INFINITY;
            for (int b = 0; b < breadthCount; b++) {
                double value;
                if (sampled) {
                    // Importance sampling: the draws stand for the prior of (D, b); what is left is the likelihood,
                    // a frontier module's summed over its subsets relative to their prior mass.
                    double share = space.drawShare(d, b, breadthCount);
                    value = share == 0 ? Double.NEGATIVE_INFINITY : Math.log(share) + base;
                    for (int f = from; f < to && share > 0; f++) {
                        int m = space.frontierModule(f);
                        if (logFrontier[m] != null) {
                            value += logFrontier[m][b] - logUnansweredFrontier[m][b];
                        }
                    }
                } else {
                    value = logWeights[b] + base + space.knownSkills(d) * logBreadths[b];
                    for (int f = from; f < to; f++) {
                        int m = space.frontierModule(f);
                        value += logFrontier[m] != null ? logFrontier[m][b] : logUnansweredFrontier[m][b];
                    }
                }
                logWeight[b] = value;
                dMax = Math.max(dMax, value);
            }
            if (dMax == Double.NEGATIVE_INFINITY) {
                continue;
            }
            if (dMax > max) {
                double scale = max == Double.NEGATIVE_INFINITY ? 0 : Math.exp(max - dMax);
                total *= scale;
                for (int m = 0; m < n; m++) {
                    inDownSet[m] *= scale;
                    for (int b = 0; b < breadthCount; b++) {
                        inFrontier[m][b] *= scale;
                    }
                }
                max = dMax;
            }
            double weight = 0;
            for (int b = 0; b < breadthCount; b++) {
                logWeight[b] = Math.exp(logWeight[b] - max);
                weight += logWeight[b];
            }
            total += weight;
            for (int w = 0; w < words; w++) {
                long bits = space.word(d, w);
                while (bits != 0) {
                    int m = (w << 6) + Long.numberOfTrailingZeros(bits);
                    inDownSet[m] += weight;
                    bits &= bits - 1;
                }
            }
            for (int f = from; f < to; f++) {
                double[] row = inFrontier[space.frontierModule(f)];
                for (int b = 0; b < breadthCount; b++) {
                    row[b] += logWeight[b];
                }
            }
        }
        if (!(total > 0)) {
            throw new IllegalStateException("The answers have no probability under the model");
        }

        // Each module's posterior over its known subset.
        double[][] subsets = new double[n][];
        for (int m = 0; m < n; m++) {
            int k = space.skillsOf(m).size();
            int full = (1 << k) - 1;
            double[] distribution = new double[full + 1];
            double fully = inDownSet[m] / total;
            double frontierMass = 0;
            for (int b = 0; b < breadthCount; b++) {
                double mass = inFrontier[m][b] / total;
                if (mass <= 0) {
                    continue;
                }
                frontierMass += mass;
                double logZ = logFrontier[m] != null ? logFrontier[m][b] : logUnansweredFrontier[m][b];
                for (int s = 0; s < full; s++) {
                    double log = logSubsetPrior(s, k, b) + (logLikelihood[m] != null ? logLikelihood[m][s] : 0)
                            - logZ;
                    distribution[s] += mass * Math.exp(log);
                }
            }
            distribution[full] += fully;
            distribution[0] += Math.max(0, 1 - fully - frontierMass);
            subsets[m] = distribution;
        }
        return new KnowledgeBelief(this, subsets, max + Math.log(total), answers.size());
    }

    /** log P(exactly subset {@code s} of a ready module's {@code k} skills known | breadth b), each with probability b. */
    private double logSubsetPrior(int s, int k, int b) {
        int known = Integer.bitCount(s);
        return known * logBreadths[b] + (k - known) * Math.log1p(-breadths[b]);
    }

    /** Whether module {@code m} (not in down-set {@code d}) is on its frontier: everything it requires is in it. */
    private boolean isFrontier(int d, int m) {
        int from = space.frontierStart(d);
        int to = space.frontierStart(d + 1);
        for (int f = from; f < to; f++) {
            if (space.frontierModule(f) == m) {
                return true;
            }
        }
        return false;
    }
}
