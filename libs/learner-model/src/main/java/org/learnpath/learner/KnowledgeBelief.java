package org.learnpath.learner;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The knowledge-state distribution of one learner after some placement answers ({@link KnowledgeStateModel#belief}),
 * kept as the exact posterior of each module's known subset: all that skill probabilities, predictions and the
 * information of a next answer need, since an item of one module depends on the state only through that module.
 */
public final class KnowledgeBelief {

    private final KnowledgeStateModel model;
    private final double[][] subsets;
    private final double logEvidence;
    private final int answers;

    KnowledgeBelief(KnowledgeStateModel model, double[][] subsets, double logEvidence, int answers) {
        this.model = model;
        this.subsets = subsets;
        this.logEvidence = logEvidence;
        this.answers = answers;
    }

    /** The number of answers this belief is conditioned on. */
    public int answers() {
        return answers;
    }

    /** log P(answers) under the model: how well the model expected them. */
    public double logEvidence() {
        return logEvidence;
    }

    /** P(the skill is known); 0 for a skill outside the goal. */
    public double known(String skillCode) {
        KnowledgeSpace space = model.space();
        int m = space.moduleOf(skillCode);
        if (m < 0) {
            return 0;
        }
        int bit = 1 << space.skillsOf(m).indexOf(skillCode);
        double p = 0;
        double[] distribution = subsets[m];
        for (int s = 0; s < distribution.length; s++) {
            if ((s & bit) != 0) {
                p += distribution[s];
            }
        }
        return clamp(p);
    }

    /** P(known) of every skill of the goal, in study order. */
    public Map<String, Double> marginals() {
        Map<String, Double> result = new LinkedHashMap<>();
        for (String skill : model.space().skills()) {
            result.put(skill, known(skill));
        }
        return result;
    }

    /** Whether the model can weigh an answer to {@code item} (its skills lie in one module of the goal). */
    public boolean weighs(ItemCandidate item) {
        return model.moduleOf(item) >= 0;
    }

    /** P(correct) on an item of one module of the goal. */
    public double pCorrect(ItemCandidate item) {
        int m = requireModule(item);
        double[] p = model.pCorrectBySubset(item, m);
        double[] distribution = subsets[m];
        double result = 0;
        for (int s = 0; s < p.length; s++) {
            result += distribution[s] * p[s];
        }
        return clamp(result);
    }

    /**
     * The expected information, in bits, that an answer to {@code item} gives about the learner's knowledge state: the
     * mutual information between answer and state, {@code H(P(correct)) - E_state[H(P(correct | state))]}. An item the
     * model is sure about (or whose answer is mostly guessing or slipping) tells little.
     */
    public double informationGain(ItemCandidate item) {
        int m = requireModule(item);
        double[] p = model.pCorrectBySubset(item, m);
        double[] distribution = subsets[m];
        double mean = 0;
        double conditional = 0;
        for (int s = 0; s < p.length; s++) {
            mean += distribution[s] * p[s];
            conditional += distribution[s] * entropy(p[s]);
        }
        return Math.max(0, entropy(mean) - conditional);
    }

    private int requireModule(ItemCandidate item) {
        int m = model.moduleOf(item);
        if (m < 0) {
            throw new IllegalArgumentException("Item " + item.itemId() + " does not measure skills of one module of goal '"
                    + model.space().goalSlug() + "'");
        }
        return m;
    }

    /** Binary entropy in bits. */
    static double entropy(double p) {
        if (p <= 0 || p >= 1) {
            return 0;
        }
        return -(p * Math.log(p) + (1 - p) * Math.log(1 - p)) / Math.log(2);
    }

    private static double clamp(double p) {
        return Math.max(0, Math.min(1, p));
    }
}
