package org.learnpath.recommender.rest;

import org.learnpath.learner.Step;
import org.learnpath.recommender.service.Catalog;

public record StepView(String kind, String moduleSlug, String moduleTitle, String skillCode, String skillName,
        ReasonView reason) {

    static StepView of(Step step, Catalog catalog) {
        return new StepView(step.kind().name(), step.moduleSlug(),
                step.moduleSlug() == null ? null : catalog.moduleTitle(step.moduleSlug()), step.skillCode(),
                step.skillCode() == null ? null : catalog.skillName(step.skillCode()), ReasonView.of(step.reason()));
    }
}
