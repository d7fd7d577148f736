package org.learnpath.learner;

import java.util.Objects;

/**
 * The next thing to do on a learning path.
 *
 * @param moduleSlug the module studied, or the module of the reviewed skill ({@code null} when complete)
 * @param skillCode  the skill to practise first: for STUDY the module's weakest skill, for REVIEW the decayed one
 */
public record Step(StepKind kind, String moduleSlug, String skillCode, Reason reason) {

    public Step {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
    }
}
