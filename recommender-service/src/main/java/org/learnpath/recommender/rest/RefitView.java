package org.learnpath.recommender.rest;

import java.time.Instant;
import java.util.List;
import org.learnpath.recommender.model.FittedSkill;
import org.learnpath.recommender.service.RefitService.Refit;

public record RefitView(Instant at, long answers, long tookMillis, List<SkillParametersView> skills,
        List<String> skipped) {

    public record SkillParametersView(String skillCode, double prior, double learn, double guess, double slip,
            int sequences, int answers, double logLikelihood, Instant fittedAt) {

        static SkillParametersView of(FittedSkill skill) {
            return new SkillParametersView(skill.skillCode(), skill.parameters().prior(), skill.parameters().learn(),
                    skill.parameters().guess(), skill.parameters().slip(), skill.sequences(), skill.answers(),
                    skill.logLikelihood(), skill.fittedAt());
        }
    }

    static RefitView of(Refit refit) {
        return new RefitView(refit.at(), refit.answers(), refit.took().toMillis(),
                refit.skills().stream().map(SkillParametersView::of).toList(), refit.skipped());
    }
}
