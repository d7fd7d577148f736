package org.learnpath.recommender.rest;

import java.time.Instant;
import java.util.List;
import org.learnpath.recommender.model.FittedSkill;
import org.learnpath.recommender.service.RefitService.Refit;
import org.learnpath.recommender.service.RefitService.SetAside;

/**
 * @param version  the refit's run id: the version of the model now in force
 * @param skills   skills whose fitted parameters are used
 * @param skipped  the codes of the skills set aside (they use the default parameters)
 * @param setAside those skills, with why and what their fit gave
 * @param replay   the replay of every learner's state under the new version
 */
public record RefitView(Instant at, long version, long answers, long tookMillis, List<SkillParametersView> skills,
        List<String> skipped, List<SetAsideView> setAside, ReplayView replay) {

    /**
     * @param sequences learners who answered the skill
     */
    public record SkillParametersView(String skillCode, double prior, double learn, double guess, double slip,
            int sequences, int answers, double logLikelihood, Instant fittedAt) {

        static SkillParametersView of(FittedSkill skill) {
            return new SkillParametersView(skill.skillCode(), skill.parameters().prior(), skill.parameters().learn(),
                    skill.parameters().guess(), skill.parameters().slip(), skill.sequences(), skill.answers(),
                    skill.logLikelihood(), skill.fittedAt());
        }
    }

    /**
     * @param problems   why (FitProblem names, e.g. GUESS_OR_SLIP_AT_FLOOR, TOO_FEW_LEARNERS)
     * @param degenerate set aside for its estimate rather than for too little data
     * @param prior      the estimate's prior (the defaults' for a skill not fitted), and so on
     */
    public record SetAsideView(String skillCode, List<String> problems, boolean degenerate, double prior, double learn,
            double guess, double slip, int learners, int answers) {

        static SetAsideView of(SetAside skill) {
            return new SetAsideView(skill.skillCode(), skill.problems().stream().map(Enum::name).toList(),
                    skill.degenerate(), skill.estimate().prior(), skill.estimate().learn(), skill.estimate().guess(),
                    skill.estimate().slip(), skill.learners(), skill.answers());
        }
    }

    public record ReplayView(long learners, long answers, long tookMillis) {
    }

    static RefitView of(Refit refit) {
        return new RefitView(refit.at(), refit.version(), refit.answers(), refit.took().toMillis(),
                refit.skills().stream().map(SkillParametersView::of).toList(), refit.skipped(),
                refit.setAside().stream().map(SetAsideView::of).toList(),
                new ReplayView(refit.replay().learners(), refit.replay().answers(), refit.replay().took().toMillis()));
    }
}
