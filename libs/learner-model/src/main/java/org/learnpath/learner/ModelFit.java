package org.learnpath.learner;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * What {@link TracedModelFitter} fitted: per skill the parameters to trace with and why any were set aside, per item
 * its re-centred difficulty, and the log-likelihood of the answers under the result.
 *
 * <p>The parameters belong with the re-centred difficulties: tracing that uses them must shift guess and slip by
 * {@link #recentredDifficulty} (or by {@link #itemDifficulties()}), not by the author's difficulty. A caller that
 * still traces with the author's difficulty uses {@link SkillFit#atAuthorDifficulty()} instead, which is the same
 * emission for single-skill items.
 *
 * @param skills           per skill code, in code order
 * @param itemDifficulties per item id, in id order: the author's difficulty minus the offset of the item's skills
 *                         (the mean of their offsets for a several-skill item), averaged over the item's answers in
 *                         case the author changed it
 * @param logLikelihood    natural log-likelihood of the fitted answers under {@link #parameters()} and the
 *                         re-centred difficulties, each answer counted with its evidence weight (see
 *                         {@link TracedModelFitter})
 * @param evidence         the sum of the answers' evidence weights (the number of answers when none is a repeat)
 * @param answers          answers fitted (after dropping duplicate event ids)
 * @param learners         learners with at least one answer
 */
public record ModelFit(Map<String, SkillFit> skills, Map<String, Double> itemDifficulties, double logLikelihood,
        double evidence, int answers, int learners) {

    /**
     * One skill's result.
     *
     * @param parameters       what to trace with: the fitted parameters, or the defaults when {@code problems} is not
     *                         empty
     * @param estimate         the fitted (maximum a posteriori) parameters, kept for diagnosis even when set aside; the
     *                         defaults when the skill was not fitted (too few learners or answers)
     * @param problems         why the estimate was set aside; empty when it is used
     * @param difficultyOffset the offset taken out of the author's difficulties of the skill's items (see
     *                         {@link TracedFitOptions.Centring}); 0 without centring
     * @param learners         learners who answered an item measuring the skill
     * @param answers          answers to items measuring the skill
     * @param rounds           block-coordinate rounds of the group of skills it was fitted with
     */
    public record SkillFit(String skillCode, BktParameters parameters, BktParameters estimate, Set<FitProblem> problems,
            double difficultyOffset, int learners, int answers, int rounds) {

        public SkillFit {
            Objects.requireNonNull(skillCode, "skillCode");
            Objects.requireNonNull(parameters, "parameters");
            Objects.requireNonNull(estimate, "estimate");
            // An EnumSet iterates in declaration order; Set.copyOf would not iterate the same way on every run.
            problems = Collections.unmodifiableSet(problems.isEmpty() ? EnumSet.noneOf(FitProblem.class)
                    : EnumSet.copyOf(problems));
        }

        /** Whether the fitted parameters were set aside for the defaults. */
        public boolean degenerate() {
            return !problems.isEmpty();
        }

        /**
         * {@link #parameters()} for the author's (uncentred) difficulties: guess and slip shifted back by the offset,
         * so that {@code atAuthorDifficulty().forItem(d)} equals {@code parameters().forItem(d - offset)}. The same
         * emission for single-skill items; not bounded by the fitter's caps.
         */
        public BktParameters atAuthorDifficulty() {
            return parameters.forItem(-difficultyOffset);
        }
    }

    public ModelFit {
        skills = Collections.unmodifiableMap(new TreeMap<>(skills));
        itemDifficulties = Collections.unmodifiableMap(new TreeMap<>(itemDifficulties));
    }

    /** The parameters to trace with, per skill (the defaults for degenerate skills), in code order. */
    public Map<String, BktParameters> parameters() {
        Map<String, BktParameters> result = new TreeMap<>();
        skills.forEach((code, fit) -> result.put(code, fit.parameters()));
        return Collections.unmodifiableMap(result);
    }

    /** Skills whose fit was set aside (too little data or a degenerate estimate): what a warning metric counts. */
    public int degenerateCount() {
        return (int) skills.values().stream().filter(SkillFit::degenerate).count();
    }

    /** The log-likelihood per unit of evidence (per answer when none is a repeat). */
    public double logLikelihoodPerAnswer() {
        return evidence > 0 ? logLikelihood / evidence : 0;
    }

    /**
     * The difficulty to trace an answer with under this fit: its author's difficulty minus the mean offset of its
     * skills (0 for a skill this fit does not know). Exactly what the fit used for the answers it fitted; applies as
     * well to answers it did not see, on items old or new.
     */
    public double recentredDifficulty(AnswerObservation answer) {
        List<String> codes = answer.skillCodes();
        double[] offsets = new double[codes.size()];
        for (int i = 0; i < offsets.length; i++) {
            SkillFit fit = skills.get(codes.get(i));
            offsets[i] = fit == null ? 0 : fit.difficultyOffset();
        }
        return recentre(answer.itemPriorDifficulty(), offsets);
    }

    /** The one formula of re-centring, shared with the fitter so that both give the same bits. */
    static double recentre(double difficulty, double[] offsets) {
        double sum = 0;
        for (double offset : offsets) {
            sum += offset;
        }
        return difficulty - sum / offsets.length;
    }
}
